import type { Dateline, Story } from '../types';
import type { Rule, RuleContext } from './rule';
import { meta } from './util';
import { storyBounds } from '../story';
import { AP_STATE_ABBREVIATIONS, FOREIGN_STANDALONE_COUNTRIES, OTHER_REGIONS, POSTAL_CODES, SPELLED_OUT_STATES, STANDALONE_PLACES, US_STANDALONE_CITIES, WRONG_ABBREVIATIONS } from '../data/datelines';

const AP_FORMS = new Set(Object.values(AP_STATE_ABBREVIATIONS));
const US_STANDALONE = new Set(US_STANDALONE_CITIES);
const REGIONS = new Set(OTHER_REGIONS);
const STANDALONE = new Set(STANDALONE_PLACES);
// Cities of the country of Georgia (`TBILISI, Georgia (AP) —`), not of the state.
const GEORGIA_COUNTRY_CITIES = new Set(`TBILISI BATUMI KUTAISI RUSTAVI GORI ZUGDIDI POTI TELAVI MTSKHETA`.split(/\s+/));

export const datelineFormat: Rule = {
  meta: meta('dateline-format', 'warning', 'A dateline that does not follow AP form: CITY, State (AP) —', true),
  check({ story, report, options }) {
    for (const d of story.datelines) checkDateline(story, d, report, options);
  },
};

function checkDateline(story: Story, d: Dateline, report: RuleContext['report'], options: RuleContext['options']): void {
  const { text } = story;
  // `TWIN FALLS Idaho (AP) —`, `PUNTARENAS Costa Rica (AP) —`: the state or country run into
  // the city, without its comma (the city in capitals, then words in capitals and lower case).
  const tail = d.region ? null : /\s((?:\p{Lu}\p{Ll}+\.?\s)*\p{Lu}\p{Ll}+\.?)$/u.exec(text.slice(d.city.start, d.city.end));
  const stateAt = tail ? d.city.end - tail[1].length - 1 : -1;
  const cityPart = text.slice(d.city.start, stateAt);
  if (stateAt > d.city.start && /\p{Lu}{2}/u.test(cityPart) && datelineCapitals(cityPart) === cityPart) {
    report({ ...d.city, message: `A comma goes between the dateline’s city and its state or country: “${text.slice(d.city.start, stateAt)}, ${text.slice(stateAt + 1, d.city.end)}”`, fix: { title: 'Insert the comma', edits: [{ start: stateAt, end: stateAt, text: ',' }] } });
    return;
  }
  checkSpacing(text, d, report);
  const city = text.slice(d.city.start, d.city.end);
  const capitals = datelineCapitals(city);
  if (city !== capitals) {
    report({ ...d.city, message: `Dateline city “${city}” should be in capital letters`, fix: { title: `Use “${capitals}”`, edits: [{ ...d.city, text: capitals }] } });
  }
  const cityKey = city.toUpperCase();
  if (!d.region) {
    // `ABOARD AIR FORCE ONE (AP) —`: a ship or plane has no state to add.
    if (!options.standaloneCities.has(cityKey) && !cityKey.startsWith('ABOARD ')) {
      report({ ...d.city, message: `“${city}” is not on AP's list of cities that stand alone in a dateline; add the state or country (or list it in standaloneCities)` });
    }
  } else {
    const region = text.slice(d.region.start, d.region.end).replace(/,$/, '').replace(/\s+/g, ' ');
    if (US_STANDALONE.has(cityKey) || STANDALONE.has(cityKey) || FOREIGN_STANDALONE_COUNTRIES[cityKey]?.includes(region)) {
      report({ ...d.region, message: `${city} stands alone in an AP dateline; drop “${region}”`, fix: { title: `Drop “, ${region}”`, edits: [{ start: d.city.end, end: d.region.end, text: '' }] } });
    } else if (/^[A-Z]{2}$/.test(region) && POSTAL_CODES[region]) {
      const state = POSTAL_CODES[region];
      const ap = AP_STATE_ABBREVIATIONS[state];
      report({ ...d.region, message: `Postal code “${region}” in a dateline; AP uses “${ap}”`, fix: { title: `Use “${ap}”`, edits: [{ ...d.region, text: ap }] } });
    } else if (WRONG_ABBREVIATIONS[region]) {
      const state = WRONG_ABBREVIATIONS[region];
      const ap = AP_STATE_ABBREVIATIONS[state];
      const why = SPELLED_OUT_STATES.has(state) ? `AP never abbreviates ${state}` : `AP's abbreviation is “${ap}”`;
      report({ ...d.region, message: `“${region}” in a dateline: ${why}`, fix: { title: `Use “${ap}”`, edits: [{ ...d.region, text: ap }] } });
    } else if (AP_STATE_ABBREVIATIONS[region] && AP_STATE_ABBREVIATIONS[region] !== region && !(region === 'Georgia' && GEORGIA_COUNTRY_CITIES.has(cityKey))) {
      const ap = AP_STATE_ABBREVIATIONS[region];
      const fix = { title: `Use “${ap}”`, edits: [{ ...d.region, text: ap }] };
      // Georgia is a country too, written out after a foreign city: for a city not known to be
      // the country's, the change is offered, never made by --fix or fix-all.
      if (region === 'Georgia') report({ ...d.region, message: `Datelines abbreviate the state of Georgia as “${ap}” (the country is written out)`, suggestions: [fix] });
      else report({ ...d.region, message: `Datelines abbreviate ${region} as “${ap}”`, fix });
    } else if (AP_FORMS.has(`${region}.`)) {
      // `Calif` without its period.
      report({ ...d.region, message: `“${region}” in a dateline lacks its period: “${region}.”`, fix: { title: `Use “${region}.”`, edits: [{ ...d.region, text: `${region}.` }] } });
    } else if (!AP_FORMS.has(region) && !REGIONS.has(region) && (!/^[A-Z][a-z]/.test(region) || region.endsWith('.'))) {
      // `Cal.`, `Cali.`: an abbreviation AP does not use; the state it shortens, if only one begins so.
      const stem = region.replace(/\.$/, '');
      const states = Object.keys(AP_STATE_ABBREVIATIONS).filter((st) => st.length > stem.length && st.startsWith(stem));
      const ap = states.length === 1 ? AP_STATE_ABBREVIATIONS[states[0]] : undefined;
      if (ap) report({ ...d.region, message: `“${region}” in a dateline: AP's abbreviation for ${states[0]} is “${ap}”`, fix: { title: `Use “${ap}”`, edits: [{ ...d.region, text: ap }] } });
      else report({ ...d.region, message: `“${region}” is not an AP state abbreviation or a spelled-out country` });
    }
  }
  if (d.agency === '') {
    report({ ...d.dash, message: 'The dateline has no credit: AP’s reads “CITY, State (AP) —”', fix: { title: 'Insert “(AP)”', edits: [{ start: d.credit.start, end: d.credit.start, text: '(AP) ' }] } });
    return;
  }
  if (!options.agencies.has(d.agency)) {
    report({ ...d.credit, message: `Unknown credit “(${d.agency})” in the dateline; add it to “agencies” in .wirelintrc.json if your desk uses it` });
  }
  const dash = text.slice(d.dash.start, d.dash.end);
  if (dash !== '' && d.dash.start === d.credit.end) {
    // `(AP)—`: AP sets the dash off with a space on each side.
    report({ start: d.credit.end, end: d.dash.end, message: 'Put a space between the dateline credit and the dash: (AP) —', fix: { title: 'Insert a space', edits: [{ start: d.credit.end, end: d.credit.end, text: ' ' }] } });
  }
  if (dash === '' ) {
    // (And a space after it, where the words follow the credit straight on: `(AP)“We …`.)
    const after = /\s/.test(text[d.credit.end] ?? ' ') ? '' : ' ';
    report({ start: d.credit.end, end: d.credit.end, message: 'The dateline needs a dash after the credit: (AP) —', fix: { title: 'Insert “ —”', edits: [{ start: d.credit.end, end: d.credit.end, text: ` —${after}` }] } });
  } else if (dash === '-' || dash === '–' || (dash === '--' && typographic(story, d.start))) {
    // (`--` is 7-bit copy's dash; in a story with curly quotes or em dashes, a typed stand-in.)
    report({ ...d.dash, message: `Use an em dash — after the dateline credit, not “${dash}”`, fix: { title: 'Use an em dash', edits: [{ ...d.dash, text: '—' }] } });
  }
}

/** Does the story holding `offset` (of a day file, its own story) use curly quotes or em dashes? */
function typographic(story: Story, offset: number): boolean {
  const { start, end } = storyBounds(story, offset);
  return /[“”‘’—]/.test(story.text.slice(start, end));
}

/** `SUSANVILLE,Calif.`, `Calif., (AP)`, `Calif.(AP)`, `(AP) —A`, `(AP) ——`: AP's spacing and punctuation between the parts. */
function checkSpacing(text: string, d: Dateline, report: RuleContext['report']): void {
  const fix = (start: number, end: number, message: string, title: string, by: string) => report({ start, end, message, fix: { title, edits: [{ start, end, text: by }] } });
  // (A dateline wrapped after its comma, `NAIROBI,` / `Kenya (AP) —`, is spaced by the line break.)
  if (d.region && !/^,(?: |\r?\n)$/.test(text.slice(d.city.end, d.region.start))) fix(d.city.end, d.region.start, 'Write a comma and one space between the dateline’s city and state', 'Use “, ”', ', ');
  const before = d.region ?? d.city;
  const comma = text[before.end - 1] === ',' ? before.end - 1 : -1;
  if (comma >= 0) fix(comma, before.end, 'No comma before the dateline’s credit', 'Delete the comma', '');
  else if (before.end === d.credit.start) fix(d.credit.start, d.credit.start, 'Put a space before the dateline’s credit', 'Insert a space', ' ');
  // (`(AP) — — More`: the second dash after a space, too, as a hurried retyping leaves it.)
  const dash = text[d.dash.start];
  const second = d.dash.end === d.dash.start ? 0 : text[d.dash.end] === dash ? 1 : (dash === '—' || dash === '–') && text[d.dash.end] === ' ' && text[d.dash.end + 1] === dash ? 2 : 0;
  if (second) fix(d.dash.end, d.dash.end + second, 'One dash after the dateline’s credit', 'Delete the second dash', '');
  else if (d.dash.end > d.dash.start && /\S/.test(text[d.dash.end] ?? ' ')) fix(d.dash.end, d.dash.end, 'Put a space after the dateline’s dash', 'Insert a space', ' ');
}

/**
 * A dateline city as AP capitalises it: all capitals, except the lower-case letters of a
 * prefix before a capital in the name itself (`McALLEN, Texas`, `DeKALB, Ill.`).
 */
function datelineCapitals(city: string): string {
  return city.replace(/\b(Mc|Mac|De|La|Le|Du)?(\S*)/g, (_, prefix: string | undefined, rest: string) => (prefix && /^[A-Z]/.test(rest) ? prefix : (prefix ?? '').toUpperCase()) + rest.toUpperCase());
}
