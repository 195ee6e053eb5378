// Dateline facts from the AP Stylebook as gathered in shared/reference/ap-style-facts.md.

/** U.S. cities that stand alone in a dateline, without a state. */
export const US_STANDALONE_CITIES = [
  'ATLANTA', 'BALTIMORE', 'BOSTON', 'CHICAGO', 'CINCINNATI', 'CLEVELAND', 'DALLAS', 'DENVER',
  'DETROIT', 'HONOLULU', 'HOUSTON', 'INDIANAPOLIS', 'LAS VEGAS', 'LOS ANGELES', 'MIAMI',
  'MILWAUKEE', 'MINNEAPOLIS', 'NEW ORLEANS', 'NEW YORK', 'OKLAHOMA CITY', 'PHILADELPHIA',
  'PHOENIX', 'PITTSBURGH', 'ST. LOUIS', 'SALT LAKE CITY', 'SAN ANTONIO', 'SAN DIEGO',
  'SAN FRANCISCO', 'SEATTLE', 'WASHINGTON',
];

/** Places that are no city but that AP datelines by themselves: the U.N. headquarters. */
export const STANDALONE_PLACES = ['UNITED NATIONS'];

/**
 * The foreign cities that stand alone in a dateline, each with the country (or province, or
 * U.K. nation) a dateline might add to it: `LONDON, England` is flagged, `LONDON, Ky.` is another London.
 */
export const FOREIGN_STANDALONE_COUNTRIES: Record<string, readonly string[]> = {
  AMSTERDAM: ['Netherlands'], BAGHDAD: ['Iraq'], BANGKOK: ['Thailand'], BEIJING: ['China'], BEIRUT: ['Lebanon'],
  BERLIN: ['Germany'], BRUSSELS: ['Belgium'], CAIRO: ['Egypt'], DUBLIN: ['Ireland'], GENEVA: ['Switzerland'],
  'GUATEMALA CITY': ['Guatemala'], HAVANA: ['Cuba'], HELSINKI: ['Finland'], 'HONG KONG': ['China'],
  ISLAMABAD: ['Pakistan'], ISTANBUL: ['Turkey', 'Türkiye'], JERUSALEM: ['Israel'], JOHANNESBURG: ['South Africa'],
  'KUWAIT CITY': ['Kuwait'], LONDON: ['England', 'Britain', 'United Kingdom', 'U.K.'], MACAU: ['China'],
  MADRID: ['Spain'], 'MEXICO CITY': ['Mexico'], MILAN: ['Italy'], MONTREAL: ['Quebec', 'Canada'], MOSCOW: ['Russia'],
  MUNICH: ['Germany'], 'NEW DELHI': ['India'], 'PANAMA CITY': ['Panama'], PARIS: ['France'],
  PRAGUE: ['Czech Republic', 'Czechia'], 'QUEBEC CITY': ['Quebec', 'Canada'], 'RIO DE JANEIRO': ['Brazil'],
  ROME: ['Italy'], 'SAO PAULO': ['Brazil'], SHANGHAI: ['China'], STOCKHOLM: ['Sweden'], SYDNEY: ['Australia'],
  TOKYO: ['Japan'], TORONTO: ['Ontario', 'Canada'], VIENNA: ['Austria'], ZURICH: ['Switzerland'],
  // City-states and the like, named for themselves.
  'VATICAN CITY': ['Italy', 'Vatican', 'Vatican City', 'Holy See'], SINGAPORE: ['Singapore'], MONACO: ['Monaco', 'France'],
  'SAN MARINO': ['San Marino', 'Italy'], LUXEMBOURG: ['Luxembourg'], GIBRALTAR: ['Gibraltar', 'Britain', 'U.K.'],
  DJIBOUTI: ['Djibouti'],
};

/** Foreign cities that stand alone without a country (the table's cities). AP revises this list; extend it in config. */
export const FOREIGN_STANDALONE_CITIES = Object.keys(FOREIGN_STANDALONE_COUNTRIES);

/** State name → AP dateline abbreviation (the name itself where AP never abbreviates). */
export const AP_STATE_ABBREVIATIONS: Record<string, string> = {
  Alabama: 'Ala.', Alaska: 'Alaska', Arizona: 'Ariz.', Arkansas: 'Ark.', California: 'Calif.',
  Colorado: 'Colo.', Connecticut: 'Conn.', Delaware: 'Del.', Florida: 'Fla.', Georgia: 'Ga.',
  Hawaii: 'Hawaii', Idaho: 'Idaho', Illinois: 'Ill.', Indiana: 'Ind.', Iowa: 'Iowa', Kansas: 'Kan.',
  Kentucky: 'Ky.', Louisiana: 'La.', Maine: 'Maine', Maryland: 'Md.', Massachusetts: 'Mass.',
  Michigan: 'Mich.', Minnesota: 'Minn.', Mississippi: 'Miss.', Missouri: 'Mo.', Montana: 'Mont.',
  Nebraska: 'Neb.', Nevada: 'Nev.', 'New Hampshire': 'N.H.', 'New Jersey': 'N.J.',
  'New Mexico': 'N.M.', 'New York': 'N.Y.', 'North Carolina': 'N.C.', 'North Dakota': 'N.D.',
  Ohio: 'Ohio', Oklahoma: 'Okla.', Oregon: 'Ore.', Pennsylvania: 'Pa.', 'Rhode Island': 'R.I.',
  'South Carolina': 'S.C.', 'South Dakota': 'S.D.', Tennessee: 'Tenn.', Texas: 'Texas', Utah: 'Utah',
  Vermont: 'Vt.', Virginia: 'Va.', Washington: 'Wash.', 'West Virginia': 'W.Va.', Wisconsin: 'Wis.',
  Wyoming: 'Wyo.', 'District of Columbia': 'D.C.',
};

/** The states AP spells out in full (Alaska, Texas, …), in datelines and after a name (`R-Texas`). */
export const SPELLED_OUT_STATES: ReadonlySet<string> = new Set(Object.keys(AP_STATE_ABBREVIATIONS).filter((s) => AP_STATE_ABBREVIATIONS[s] === s));

/**
 * USPS postal code → state name, to suggest the AP form for `MN`: the codes of the states above,
 * in the same order. (Split at single spaces: the build front codes only lists split at `\s+`,
 * which are sets, and this one's order is its meaning.)
 */
const STATES = Object.keys(AP_STATE_ABBREVIATIONS);
export const POSTAL_CODES: Record<string, string> = Object.fromEntries(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'
    .split(' ')
    .map((code, k) => [code, STATES[k]]),
);

/** Abbreviations seen for states AP never abbreviates (`Tex.`, `Ia.`), keyed to the state. */
export const WRONG_ABBREVIATIONS: Record<string, string> = {
  'Tex.': 'Texas', 'Ia.': 'Iowa', 'Ida.': 'Idaho', 'Me.': 'Maine', 'O.': 'Ohio', 'Ut.': 'Utah',
  'Alas.': 'Alaska', 'Haw.': 'Hawaii', 'Penn.': 'Pennsylvania', 'Ct.': 'Connecticut',
};

/** Canadian provinces and U.K. nations, which datelines spell out. */
export const OTHER_REGIONS = [
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Nova Scotia',
  'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'England', 'Scotland', 'Wales',
  'Northern Ireland', 'Sicily', 'Sardinia', 'Crimea',
];
