import { hardWrapped, indented, ruleTester, wire } from './harness';

const BODY = 'Crews worked through the night to clear ice from the river locks, officials said Tuesday.';

/** A one-paragraph story with the given dateline (marked or not). */
const lead = (dateline: string, body = BODY) => `${dateline} ${body}\n`;

ruleTester('dateline-format', {
  valid: [
    { name: 'U.S. city that stands alone', code: lead('MINNEAPOLIS (AP) —') },
    { name: 'the United Nations, which AP datelines alone', code: lead('UNITED NATIONS (AP) —') },
    { name: 'a ship or plane: ABOARD …', code: lead('ABOARD AIR FORCE ONE (AP) —') },
    { name: 'city with an AP state abbreviation', code: lead('ST. PAUL, Minn. (AP) —') },
    { name: 'state never abbreviated', code: lead('ANCHORAGE, Alaska (AP) —') },
    { name: 'foreign city with its country', code: lead('CARACAS, Venezuela (AP) —') },
    { name: 'a city of the country of Georgia, written out', code: lead('TBILISI, Georgia (AP) —') },
    { name: 'Kansas City with its state', code: lead('KANSAS CITY, Mo. (AP) —') },
    { name: 'Hawaii town other than Honolulu', code: lead('HILO, Hawaii (AP) —') },
    { name: 'foreign city that stands alone', code: lead('LONDON (AP) —') },
    { name: 'a U.S. town named for a foreign city that stands alone', code: lead('PARIS, Texas (AP) —') },
    { name: 'another London, with its state', code: lead('LONDON, Ky. (AP) —') },
    { name: 'a prefix AP keeps in lower case', code: lead('McALLEN, Texas (AP) —') },
    { name: 'a prefix AP keeps in lower case before a capital', code: lead('DeKALB, Ill. (AP) —') },
    { name: 'Canadian city with its province', code: lead('VANCOUVER, British Columbia (AP) —') },
    { name: 'a dateline wrapped inside its country, with no slug (`SANTO DOMINGO, Dominican` / `Republic (AP) —`)', code: lead('SANTO DOMINGO, Dominican\nRepublic (AP) —') },
    { name: 'a dateline wrapped after its comma (`NAIROBI,` / `Kenya (AP) —`)', code: lead('NAIROBI,\nKenya (AP) —') },
    { name: 'the dash wrapped to the next line (`NAIROBI, Kenya (AP)` / `— Engineers …`)', code: lead('NAIROBI, Kenya (AP)\n—') },
    { name: '7-bit underscore dash', code: lead('ST. PAUL, Minn. (AP) _') },
    { name: 'a sentence opening with a word in capitals and a dash is no dateline', code: lead('BREAKING — The council will meet again Monday.') },
    { name: '7-bit double hyphen', code: lead('WASHINGTON (AP) --') },
    { name: 'standaloneCities adds a city', code: lead('DULUTH (AP) —'), options: { standaloneCities: ['DULUTH'] } },
    { name: 'standaloneCities in any case', code: lead('DULUTH (AP) —'), options: { standaloneCities: ['Duluth'] } },
    { name: 'agencies accepts another credit', code: lead('ST. PAUL, Minn. (Reuters) —'), options: { agencies: ['Reuters'] } },
    {
      name: 'dateline after a slug, headline and byline',
      code: wire`
        BC-US--Ice-Locks,312

        Ice shuts Mississippi locks for second week

        By JOANNA PRICE
        Associated Press

        ST. PAUL, Minn. (AP) — ${BODY}
      `,
    },
  ],
  invalid: [
    {
      name: 'a no-break space between city and state; one before the dash is no missing dash (its fix doubled the dash)',
      code: 'ROCKFORD⟦,\u00a0⟧Ill. (AP)\u00a0— The Rockford City Council approved a $212 million budget Tuesday.\n',
      output: 'ROCKFORD, Ill. (AP)\u00a0— The Rockford City Council approved a $212 million budget Tuesday.\n',
    },
    {
      name: 'a comma before the credit (`Calif., (AP)`)',
      code: 'SUSANVILLE, Calif.⟦,⟧ (AP) — A wildfire forced 2,000 people from their homes Wednesday.\n',
      messages: ['No comma before the dateline’s credit'],
      output: 'SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes Wednesday.\n',
    },
    {
      name: 'no space before the credit or after the dash (`Calif.(AP) —A`)',
      code: 'SUSANVILLE, Calif.⟦⟧(AP) —⟦⟧A wildfire forced 2,000 people from their homes Wednesday.\n',
      output: 'SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes Wednesday.\n',
    },
    {
      name: 'no space, or a space before the comma, between city and state (`SUSANVILLE,Calif.`, `SUSANVILLE , Calif.`)',
      code: 'SUSANVILLE⟦,⟧Calif. (AP) — A wildfire forced 2,000 people from their homes Wednesday.\n',
      output: 'SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes Wednesday.\n',
    },
    {
      name: 'a space before the comma between city and state (`RENO , Nev.`)',
      code: 'RENO⟦ , ⟧Nev. (AP) — Smoke from the wildfire reached Reno on Thursday.\n',
      output: 'RENO, Nev. (AP) — Smoke from the wildfire reached Reno on Thursday.\n',
    },
    {
      name: 'no dash, and the words run on from the credit (`(AP)“We …`): the fix inserts the dash with a space after it',
      code: 'PORTLAND, Maine (AP)⟦⟧“We are ready,” Gov. Ellen Marsh said Tuesday.\n',
      output: 'PORTLAND, Maine (AP) — “We are ready,” Gov. Ellen Marsh said Tuesday.\n',
    },
    {
      name: 'a double hyphen for the dash in a story with curly quotes (7-bit copy’s dash, typed where the em dash belongs)',
      code: 'MILWAUKEE (AP) ⟦--⟧ A 24-year-old man was charged Friday, police said.\n\n“He ran,” said police Sgt. Ann Ruud.\n',
      output: 'MILWAUKEE (AP) — A 24-year-old man was charged Friday, police said.\n\n“He ran,” said police Sgt. Ann Ruud.\n',
    },
    {
      name: 'a doubled dash (`(AP) ——`)',
      code: 'SUSANVILLE, Calif. (AP) —⟦—⟧ A wildfire forced 2,000 people from their homes Wednesday.\n',
      output: 'SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes Wednesday.\n',
    },
    {
      name: 'a doubled dash with a space between (`(AP) — — More`)',
      code: 'BOISE, Idaho (AP) —⟦ —⟧ More than 300 people packed a City Council hearing Tuesday.\n',
      messages: ['One dash after the dateline’s credit'],
      output: 'BOISE, Idaho (AP) — More than 300 people packed a City Council hearing Tuesday.\n',
    },
    {
      name: 'a state run into the city without its comma (`TWIN FALLS Idaho`)',
      code: '⟦TWIN FALLS Idaho⟧ (AP) — A measles outbreak has grown to 31 cases.\n',
      messages: ['A comma goes between the dateline’s city and its state or country: “TWIN FALLS, Idaho”'],
      output: 'TWIN FALLS, Idaho (AP) — A measles outbreak has grown to 31 cases.\n',
    },
    {
      name: 'a country of two words run into the city without its comma (`PUNTARENAS Costa Rica`): not capitals for the country',
      code: '⟦PUNTARENAS Costa Rica⟧ (AP) — Fisheries officials from 14 countries ended three days of talks here Thursday.\n',
      messages: ['A comma goes between the dateline’s city and its state or country: “PUNTARENAS, Costa Rica”'],
      output: 'PUNTARENAS, Costa Rica (AP) — Fisheries officials from 14 countries ended three days of talks here Thursday.\n',
    },
    {
      name: 'an abbreviated state run into a city with a period of its own (`ST. PAUL Minn.`)',
      code: '⟦ST. PAUL Minn.⟧ (AP) — The Legislature adjourned early Monday.\n',
      output: 'ST. PAUL, Minn. (AP) — The Legislature adjourned early Monday.\n',
    },
    { name: 'city not on the standalone list', code: lead('⟦DULUTH⟧ (AP) —'), output: null },
    { name: 'postal code for the state', code: lead('DULUTH, ⟦MN⟧ (AP) —'), output: lead('DULUTH, Minn. (AP) —') },
    { name: 'a newspaper’s dateline with no credit', code: lead('PINEHURST, N.C. ⟦—⟧'), output: lead('PINEHURST, N.C. (AP) —') },
    { name: 'a city that stands alone, with no credit', code: lead('CHICAGO ⟦—⟧'), output: lead('CHICAGO (AP) —') },
    { name: 'postal code for the first state in the table', code: lead('MOBILE, ⟦AL⟧ (AP) —'), output: lead('MOBILE, Ala. (AP) —') },
    { name: 'postal code for a state of two words', code: lead('WHEELING, ⟦WV⟧ (AP) —'), output: lead('WHEELING, W.Va. (AP) —') },
    { name: 'postal code that stands for a state AP spells out', code: lead('EL PASO, ⟦TX⟧ (AP) —'), output: lead('EL PASO, Texas (AP) —') },
    { name: 'abbreviating a state AP never abbreviates', code: lead('AUSTIN, ⟦Tex.⟧ (AP) —'), output: lead('AUSTIN, Texas (AP) —') },
    { name: 'postal code for a state AP never abbreviates', code: lead('AUSTIN, ⟦TX⟧ (AP) —'), output: lead('AUSTIN, Texas (AP) —') },
    { name: 'state spelled out in a dateline', code: lead('ST. PAUL, ⟦Minnesota⟧ (AP) —'), output: lead('ST. PAUL, Minn. (AP) —') },
    // Georgia is a country too: `Ga.` is offered for another city, never applied by fix-all.
    { name: 'Georgia spelled out after a city not known to be the country’s', code: lead('SAVANNAH, ⟦Georgia⟧ (AP) —') },
    { name: 'standalone city with a state', code: lead('CHICAGO, ⟦Ill.⟧ (AP) —'), output: lead('CHICAGO (AP) —') },
    { name: 'Washington with D.C.', code: lead('WASHINGTON, ⟦D.C.⟧ (AP) —'), output: lead('WASHINGTON (AP) —') },
    { name: 'foreign standalone city with its own country', code: lead('LONDON, ⟦England⟧ (AP) —'), output: lead('LONDON (AP) —') },
    { name: 'Kansas City takes a state', code: lead('⟦KANSAS CITY⟧ (AP) —'), output: null },
    { name: 'unknown agency credit', code: lead('ST. PAUL, Minn. ⟦(Reuters)⟧ —') },
    { name: 'city not in capitals', code: lead('⟦Minneapolis⟧ (AP) —'), output: lead('MINNEAPOLIS (AP) —') },
    { name: 'hyphen instead of a dash', code: lead('ST. PAUL, Minn. (AP) ⟦-⟧'), output: lead('ST. PAUL, Minn. (AP) —') },
    { name: 'en dash instead of an em dash', code: lead('ST. PAUL, Minn. (AP) ⟦–⟧'), output: lead('ST. PAUL, Minn. (AP) —') },
    { name: 'no dash after the credit', code: lead('ST. PAUL, Minn. (AP)⟦⟧'), output: lead('ST. PAUL, Minn. (AP) —') },
    { name: 'no space between the credit and the dash', code: lead('OAKLAND, Calif. (AP)⟦—⟧'), output: lead('OAKLAND, Calif. (AP) —') },
    { name: 'an abbreviation AP does not use for a state', code: lead('OAKLAND, ⟦Cal.⟧ (AP) —'), output: lead('OAKLAND, Calif. (AP) —') },
    { name: 'a shortened state no one state begins with', code: lead('JACKSON, ⟦Mis.⟧ (AP) —'), output: null },
    { name: 'AP’s abbreviation without its period', code: lead('OAKLAND, ⟦Calif⟧ (AP) —'), output: lead('OAKLAND, Calif. (AP) —') },
    { name: 'the United Nations with a state', code: lead('UNITED NATIONS, ⟦N.Y.⟧ (AP) —'), output: lead('UNITED NATIONS (AP) —') },
    { name: 'a city-state with its own name', code: lead('SINGAPORE, ⟦Singapore⟧ (AP) —'), output: lead('SINGAPORE (AP) —') },
    { name: 'Vatican City with Italy', code: lead('VATICAN CITY, ⟦Italy⟧ (AP) —'), output: lead('VATICAN CITY (AP) —') },
    {
      name: 'postal code, indented paragraphs',
      code: indented(`DULUTH, ⟦MN⟧ (AP) — ${BODY}\n\n“The ice came early this year,” said lockmaster Greg Halvorsen.\n`),
      output: indented(`DULUTH, Minn. (AP) — ${BODY}\n\n“The ice came early this year,” said lockmaster Greg Halvorsen.\n`),
    },
    {
      name: 'postal code, hard-wrapped at 72 columns',
      code: hardWrapped(`DULUTH, ⟦MN⟧ (AP) — ${BODY}\n\n“The ice came early this year,” said lockmaster Greg Halvorsen.\n`),
      // The fix edits the line in place; it does not rewrap.
      output: hardWrapped(`DULUTH, MN (AP) — ${BODY}\n\n“The ice came early this year,” said lockmaster Greg Halvorsen.\n`).replace('MN', 'Minn.'),
    },
    {
      name: 'two problems in one dateline',
      code: lead('⟦Duluth⟧, ⟦MN⟧ (AP) —'),
      output: lead('DULUTH, Minn. (AP) —'),
    },
  ],
});
