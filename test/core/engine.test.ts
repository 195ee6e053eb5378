// Engine structure: blocks in each layout, several stories in one file,
// offsets through CRLF and a BOM, and the never-throw guarantee.
import { strict as assert } from 'node:assert';
import { analyzeStory, spanToRange1 } from '../../src/core';
import type { BlockKind, Story } from '../../src/core';
import { wire } from './rules/harness';

const HEADER = ['BC-US--Ferry-Strike,2nd Ld-Writethru,410', 'Ferry crews walk off the job in Casco Bay', 'By NORA PELLETIER', 'Associated Press'];

const BODY = [
  'PORTLAND, Maine (AP) — Ferry crews serving the islands of Casco Bay walked off the job Monday, stranding commuters and leaving island schools short of teachers.',
  '“We did not want it to come to this,” said union steward Carl Boudreau, who has worked the Peaks Island run for 19 years. “But the company left us no choice.',
  '“Nobody here is asking for the moon.”',
  'Transit director Helen Ashby said the company had offered a raise of 4% a year.',
  'Talks resume',
  'Ashby said talks would resume Wednesday. “We want the boats running by the weekend,” she said.',
];
const END = ['___', 'Associated Press writer Sam Ortega in Boston contributed to this report.'];

function blankLayout(): string {
  return [HEADER.join('\n'), ...BODY, END.join('\n\n')].join('\n\n') + '\n';
}

function indentedLayout(): string {
  return [...HEADER, ...BODY.map((p) => (p === 'Talks resume' ? p : '\t' + p)), ...END].join('\n') + '\n';
}

function wrap(p: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of p.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}

/**
 * Paragraphs hard-wrapped at 72 columns with no blank lines between them, as pasted from an
 * e-mail; `hidesBreakAfter(k)` says whether paragraph k's last line is too full for the next
 * paragraph's first word, so that nothing shows the break.
 */
function wrapAt72(paragraphs: string[]): { text: string; lines: string[][]; hidesBreakAfter(k: number): boolean } {
  const lines = paragraphs.map((p) => wrap(p, 72));
  return {
    text: lines.flat().join('\n') + '\n',
    lines,
    hidesBreakAfter: (k) => lines[k][lines[k].length - 1].length + 1 + paragraphs[k + 1].split(' ')[0].length > 72,
  };
}

function wrappedLayout(): string {
  return [...HEADER, ...BODY.flatMap((p) => wrap(p, 72)), ...END].join('\n') + '\n';
}

function kinds(story: Story): BlockKind[] {
  return story.blocks.map((b) => b.kind);
}

/** Each quotation's speaker (full name) and how it was attributed; with `subject`, the words naming them too. */
function speakers(story: Story, subject = false): (string | undefined)[][] {
  return story.quotations.map((q) => [story.people[q.speaker]?.name, q.attribution?.via, ...(subject ? [q.attribution?.subjectText] : [])]);
}

const EXPECTED_KINDS: BlockKind[] = ['slug', 'headline', 'byline', 'dateline', 'paragraph', 'paragraph', 'paragraph', 'subhead', 'paragraph', 'endMark', 'contributor'];

describe('engine: story structure', () => {
  for (const [name, make, layout] of [
    ['blank-line', blankLayout, 'blank'],
    ['indented', indentedLayout, 'indented'],
    ['hard-wrapped', wrappedLayout, 'wrapped'],
  ] as const) {
    it(`finds the same blocks, quotations and speakers in ${name} copy`, () => {
      const text = make();
      const { story } = analyzeStory(text);
      assert.equal(story.layout, layout);
      assert.deepEqual(kinds(story), EXPECTED_KINDS);
      const quotes = story.quotations.filter((q) => q.depth === 0 && !q.isTitle);
      assert.deepEqual(
        quotes.map((q) => [q.text.split(' ').slice(0, 3).join(' '), story.people[q.speaker]?.name ?? null, q.continues]),
        [
          ['We did not', 'Carl Boudreau', false],
          ['But the company', 'Carl Boudreau', false],
          ['Nobody here is', 'Carl Boudreau', true],
          ['We want the', 'Helen Ashby', false],
        ],
      );
      const speakers = story.people.filter((p) => p.speaks).map((p) => [p.name, p.title, p.quotations.length]);
      assert.deepEqual(speakers, [
        ['Carl Boudreau', 'union steward', 3],
        ['Helen Ashby', 'transit director', 1],
      ]);
      assert.equal(story.dateline && text.slice(story.dateline.city.start, story.dateline.city.end), 'PORTLAND');
    });
  }

  it('keeps the agency line in the byline when every header line is set apart by a blank line', () => {
    const text = [...HEADER, ...BODY, ...END].join('\n\n') + '\n';
    const { story } = analyzeStory(text);
    assert.deepEqual(kinds(story), EXPECTED_KINDS);
    const byline = story.blocks[2];
    assert.equal(text.slice(byline.start, byline.end), 'By NORA PELLETIER\n\nAssociated Press');
    assert.equal(story.sections.filter((s) => s.kind === 'subhead').length, 1);
  });

  it('reads an explainer: a note above the headline, and questions in capitals as subheads, in every layout', () => {
    const header = [
      'BC-US--Daylight Saving-Explainer,560',
      'EDITOR’S NOTE — This story is part of a series explaining how state laws change daily life.',
      'What to know about the push to end clock changes',
      'By The Associated Press',
    ];
    const body = [
      'WASHINGTON (AP) — Twice a year, Americans grumble about changing their clocks. Lawmakers in at least 19 states have passed measures to stop, but almost nothing has changed.',
      'WHAT DID THE STATES PASS?',
      'Most of the measures say the state will adopt permanent daylight saving time, but only if Congress allows it.',
      'WHY HASN’T CONGRESS ACTED?',
      '“States have done about all they can do on their own,” said Nadia Kurtz, a policy analyst at the National Conference of State Legislatures.',
    ];
    const layouts = {
      blank: [...header, ...body].join('\n\n'),
      indented: [...header, ...body.map((p) => (/^[A-Z’ ]+\?$/.test(p) ? p : `\t${p}`))].join('\n'),
      wrapped: [...header, ...body.flatMap((p) => wrap(p, 72))].join('\n'),
    };
    for (const [name, text] of Object.entries(layouts)) {
      const { story } = analyzeStory(text + '\n');
      assert.deepEqual(kinds(story), ['slug', 'editorsNote', 'headline', 'byline', 'dateline', 'subhead', 'paragraph', 'subhead', 'paragraph'], name);
      assert.deepEqual(story.people.map((p) => p.name), ['Nadia Kurtz', 'National Conference of State Legislatures'], name);
    }
  });

  it('reads an urgent wire take: the priority line with the slug, the speaker after an organisation and a role', () => {
    const text = [
      'BC-US--Storm-Maine,1st Ld-Writethru,250',
      'URGENT',
      'Storm knocks out power to 40,000 in Maine',
      'By MARIA DELGADO',
      'Associated Press',
      '\tPORTLAND, Maine (AP) _ A late-season storm knocked out power to more than 40,000 homes along the Maine coast on Tuesday.',
      "\t``We have crews coming from three states,'' said Central Maine Power spokeswoman Jo Ellis.",
    ].join('\n');
    const { story } = analyzeStory(text);
    assert.deepEqual(story.sections.slice(0, 2).map((s) => `${s.kind}: ${s.title}`), ['slug: BC-US--Storm-Maine,1st Ld-Writethru,250', 'headline: Storm knocks out power to 40,000 in Maine']);
    const q = story.quotations.find((x) => x.depth === 0)!;
    assert.equal(story.people[q.speaker]?.name, 'Jo Ellis');
    assert.equal(story.people[q.speaker]?.title, 'Central Maine Power spokeswoman');
  });

  it('keeps a photo caption sent after the end mark a caption', () => {
    const text = [...HEADER, ...BODY, '___', 'FILE - A ferry leaves Portland for Peaks Island on Aug. 3, 2025. (AP Photo/Jenny Kwan, File)'].join('\n\n') + '\n';
    const { story } = analyzeStory(text);
    assert.deepEqual(kinds(story).slice(-2), ['endMark', 'caption']);
  });

  it('reads an organisation’s name past “of” and gives its quotes to it', () => {
    const { story } = analyzeStory(
      wire`
        BOSTON (AP) — State health officials reported 14 new cases of measles Tuesday in two western counties.

        “We are reviewing the records of every clinic,” the Department of Public Health said in a statement.

        The Bank of America said it would waive fees for affected families. “We want to help,” the bank said.
      `,
    );
    const orgs = story.people.filter((p) => p.kind === 'organization').map((p) => p.name);
    assert.deepEqual(orgs, ['Department of Public Health', 'Bank of America']);
    const speakers = story.quotations.map((q) => story.people[q.speaker]?.name);
    assert.deepEqual(speakers, ['Department of Public Health', 'Bank of America']);
  });

  it('reads a company whose name starts with a title word as a company, and a place made into a modifier as nobody', () => {
    const { story } = analyzeStory(
      wire`
        NEW YORK (AP) — Shares of Halvorsen Foods Inc. fell 9% Tuesday after the company cut its forecast.

        The Minneapolis-based maker of Crispwell crackers said it now expects sales to fall 2% to 3% this year.

        “The consumer is tired,” Chief Executive Mark Dubois said.

        Shares of rivals Kettleworth Brands and General Pantry Co. also fell.
      `,
    );
    assert.deepEqual(
      story.people.map((p) => `${p.kind}: ${p.name}`),
      ['organization: Halvorsen Foods Inc.', 'person: Mark Dubois', 'organization: Kettleworth Brands', 'organization: General Pantry Co.'],
    );
  });

  it('reads institutions named with “and”, with “which”, and after a county as organisations that speak', () => {
    const { story, findings } = analyzeStory(
      wire`
        BECKLEY, W.Va. (AP) — Federal investigators arrived at the Piney Ridge mine Monday.

        The Mine Safety and Health Administration said in a statement that it had ordered the section closed.

        Coldiretti, which represents small farmers, said in a statement that harvests could not simply be moved.

        The cafe served about 3,000 meals that week, according to the Webb County Historical Society.
      `,
    );
    assert.deepEqual(
      story.people.map((p) => `${p.kind}: ${p.name}`).sort(),
      ['organization: Coldiretti', 'organization: Mine Safety and Health Administration', 'organization: Piney Ridge', 'organization: Webb County Historical Society'],
    );
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('reads “the CEO said” as the chief executive named before, not an organisation called CEO', () => {
    const { story } = analyzeStory(
      wire`
        MINNEAPOLIS (AP) — Pilots at Northstar Air voted to authorize a strike, their union said Wednesday.

        Northstar CEO Janet Okonjo said the company would keep negotiating. “We value our pilots,” the CEO said in a statement.
      `,
    );
    const q = story.quotations.find((x) => x.depth === 0)!;
    assert.equal(story.people[q.speaker]?.name, 'Janet Okonjo');
    assert.equal(q.attribution?.via, 'role');
    assert.ok(!story.people.some((p) => p.name === 'CEO'));
  });

  it('reads “the agency” as the organisation whose name says it is one, not the last place named', () => {
    const { story } = analyzeStory(
      wire`
        TOKYO (AP) — A magnitude 6.4 earthquake shook northern Japan on Friday, but no tsunami warning was issued, the Japan Meteorological Agency said.

        “It was long, maybe 30 seconds,” said Haruki Sato, who runs a noodle shop near Sendai Station.

        The quake was centered about 40 kilometers (25 miles) off the coast, the agency said.
      `,
    );
    const speakers = story.people.filter((p) => p.speaks).map((p) => p.name);
    assert.deepEqual(speakers, ['Japan Meteorological Agency', 'Haruki Sato']);
  });

  it('reads “De la Cruz” opening a sentence as the surname of Luis de la Cruz Jr.', () => {
    const { story } = analyzeStory(
      wire`
        RIO VISTA, Calif. (AP) — Pear grower Luis de la Cruz Jr. has walked the levee crown every weekend since March.

        De la Cruz, who leads the campaign for the levee tax, keeps photos of the 1986 flood in his truck.

        “People forget,” de la Cruz said. “The river doesn’t.”
      `,
    );
    const persons = story.people.filter((p) => p.kind === 'person');
    assert.deepEqual(persons.map((p) => p.name), ['Luis de la Cruz Jr.']);
    assert.equal(persons[0].mentions.length, 3);
    assert.ok(story.quotations.every((q) => q.speaker === persons[0].index));
  });

  it('reads a surname with particles after the verb (`said van der Merwe`, `said bin Omran`) as the person', () => {
    const { story, findings } = analyzeStory(
      wire`
        NAIROBI, Kenya (AP) — Aid worker Hendrik van der Merwe said Monday that the camps in Turkana need clean water.

        Government spokesman Isaac Mwaura said trucks were on the way, and the health ministry’s Faisal bin Omran said clinics were ready.

        “Cholera is the real danger now,” said van der Merwe, a South African who has worked in the camps since 2019.

        “We have the vaccine,” said bin Omran.
      `,
    );
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Hendrik van der Merwe', 'Faisal bin Omran']);
    assert.deepEqual(findings, []);
  });

  it('reads the second half of a quotation split by its attribution as full, and a colon lead as the speaker', () => {
    const { story } = analyzeStory(
      wire`
        GRASS VALLEY, Calif. (AP) — Evacuee Vikram Raman spent the night in a church parking lot with his wife.

        “We’re not going anywhere,” Raman said, “until somebody tells us what’s left.”

        Battalion Chief Owen McCready said crews had been pulled back twice. Pike Hollow resident Dana Ortiz put it simply: “This fire is making its own weather.”
      `,
    );
    const [first, second, third] = story.quotations;
    assert.equal(second.text.startsWith('until somebody'), true);
    assert.equal(second.partial, false);
    assert.equal(story.people[second.speaker]?.name, 'Vikram Raman');
    assert.equal(first.partial, false);
    assert.equal(story.people[third.speaker]?.name, 'Dana Ortiz');
    assert.equal(third.attribution?.via, 'colon');
  });

  it('reads a given name alone as the one person who has it, so a pronoun after it finds her', () => {
    const { story } = analyzeStory(
      wire`
        GRAND MARAIS, Minn. (AP) — For 31 years, Walter Koskinen has climbed the 84 steps of the Split Point Light every night at dusk.

        His wife, Irene, laughs at that.

        “He’s lonely the minute I go to the grocery store,” she says.

        The couple met in 1988, when Irene Koskinen was a reporter for the weekly Cook County Herald.
      `,
    );
    const irene = story.people.find((p) => p.name === 'Irene Koskinen');
    assert.ok(irene);
    assert.deepEqual(irene.mentions.map((m) => m.form), ['given', 'full']);
    assert.equal(story.quotations[0].speaker, irene.index);
  });

  it('takes no gender from a given name that men and women share or that changes with the language (Andrea, Jean)', () => {
    const { story, findings } = analyzeStory(
      wire`
        ROME (AP) — Fishing crews on Lampedusa kept their boats in port Monday to protest the price of diesel.

        “We cannot pay for diesel anymore,” said Andrea Colombo, who fishes for red mullet off the island.

        “My father fished these waters for 40 years,” he said. “He never saw a winter like this.”

        Jean Dufresne, a French buyer at the Lampedusa market, said prices had doubled. “I pay what they ask,” he said.
      `,
    );
    assert.deepEqual(story.quotations.filter((q) => q.depth === 0).map((q) => story.people[q.speaker]?.name), ['Andrea Colombo', 'Andrea Colombo', 'Andrea Colombo', 'Jean Dufresne']);
    assert.deepEqual(findings, []);
  });

  it('takes a relative’s gender from the relation when the name does not tell it (`her husband, Arvid,`)', () => {
    const { story, findings } = analyzeStory(
      wire`
        OSKALOOSA, Iowa (AP) — Loretta Vancura has run the Sky-Vue Drive-In since 1974, when she and her husband, Arvid, bought it at auction.

        Arvid Vancura died in 2009. She thought about selling.

        “I couldn’t do it,” she said. “He built the screen tower himself.”
      `,
    );
    const arvid = story.people.find((p) => p.name === 'Arvid Vancura');
    assert.equal(arvid?.gender, 'male');
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Loretta Vancura', 'Loretta Vancura']);
    assert.deepEqual(findings, []);
  });

  it('does not read “said the group had raised” as the group speaking, and reads “as he puts it” as attribution', () => {
    const { story } = analyzeStory(
      wire`
        GRAND MARAIS, Minn. (AP) — The Split Point Light Preservation Society will run the station with volunteers.

        A person familiar with its finances said the group had raised about $180,000 this year.

        Keeper Walter Koskinen stays on as guide and, as he puts it, “the fellow who fixes whatever breaks.”
      `,
    );
    const society = story.people.find((p) => p.name === 'Split Point Light Preservation Society');
    assert.equal(society?.speaks, false);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Walter Koskinen');
  });

  it('reads companies by the words that end their names (Markets, Capital) as organisations, not people', () => {
    const { story } = analyzeStory('MINNEAPOLIS (AP) — Northfield Foods Inc. will buy Kessler Markets of Des Moines, Iowa, with money from Harmattan Capital, the companies said.\n');
    const kinds = Object.fromEntries(story.people.map((p) => [p.name, p.kind]));
    assert.equal(kinds['Kessler Markets'], 'organization');
    assert.equal(kinds['Harmattan Capital'], 'organization');
  });

  it('reads Spanish names whole: particles, a double surname on second reference, an agency known by its initials', () => {
    const { story, findings } = analyzeStory(
      wire`
        MEXICO CITY (AP) — The reservoirs were at 27% of capacity, according to the National Water Commission, known by its Spanish initials, Conagua.

        Mayor Clara Brugada Molina said the cuts would last until June. “Nobody will be left without water,” Brugada Molina said.

        “The truck comes once a week,” said María de los Ángeles Ortega, 63. Ortega said she had stopped washing clothes at home.

        Conagua said in a post on X that it would release more water.
      `,
    );
    assert.deepEqual(findings.map((f) => f.rule), []);
    const persons = story.people.filter((p) => p.kind === 'person').map((p) => p.name);
    assert.deepEqual(persons, ['Clara Brugada Molina', 'María de los Ángeles Ortega']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Clara Brugada Molina', 'María de los Ángeles Ortega']);
    const conagua = story.people.find((p) => p.name === 'National Water Commission');
    assert.equal(conagua?.speaks, true);
  });

  it('takes a source named after “according to” as an organisation that “the utility” can name later, and no city as a utility', () => {
    const { story } = analyzeStory(
      wire`
        ST. LOUIS (AP) — An ice storm closed schools from Kansas City to St. Louis on Tuesday and cut power in the No. 2 priority zone.

        About 300,000 homes were without power at 8 a.m., according to Ameren Missouri. The utility said crews from six states were on the way.
      `,
    );
    const speakers = story.people.filter((p) => p.speaks).map((p) => p.name);
    assert.deepEqual(speakers, ['Ameren Missouri']);
    assert.ok(!story.people.some((p) => p.name === 'No.'));
  });

  it('does not give a quotation to someone who “asked whether” after it: the question is reported, not quoted', () => {
    const { story, findings } = analyzeStory(wire`
      DULUTH, Minn. (AP) — A judge on Tuesday set bail at $250,000 for a man charged with setting a fire at the city’s dockyard.

      “This court does not decide guilt today,” District Judge Helen Varga said.

      Curtis Bream did not speak during the hearing except to answer “yes, your honor” when Varga asked whether he understood the conditions.

      Prosecutor Rafael Dominguez asked if the court would order a location monitor, and Varga agreed. “He has a truck in his driveway,” Dominguez said.
    `);
    const answer = story.quotations.find((q) => q.text === 'yes, your honor')!;
    assert.equal(answer.speaker, -1);
    const truck = story.quotations.find((q) => q.text.startsWith('He has a truck'))!;
    assert.equal(story.people[truck.speaker]?.name, 'Rafael Dominguez');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('reads a sports story’s UP NEXT box as schedule lines, naming nobody', () => {
    const { story } = analyzeStory(wire`
      ST. PAUL, Minn. (AP) — Kirill Kaprizov scored 1:42 into overtime and the Minnesota Wild beat the Winnipeg Jets 3-2 on Thursday night.

      “It’s nice to finish it like that in front of our fans,” Kaprizov said.

      UP NEXT

      Jets: Visit Chicago on Saturday.

      Wild: Host Dallas on Sunday.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Kirill Kaprizov']);
  });

  it('reads an organisation’s first word as its short name on later reference', () => {
    const { story, findings } = analyzeStory(wire`
      BOSTON (AP) — Nurses at Harborview General Hospital walked off the job Tuesday, beginning a three-day strike over staffing.

      “Our doors are open and our patients are safe,” Harborview said in a statement.
    `);
    const hospital = story.people.find((p) => p.name === 'Harborview General Hospital');
    assert.equal(hospital?.kind, 'organization');
    assert.equal(story.quotations[0].speaker, hospital?.index);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('reads a player’s position in a sports story’s notes as a title, and “Any” as no name', () => {
    const { story } = analyzeStory(wire`
      MINNEAPOLIS (AP) — Royce Lewis homered twice and the Minnesota Twins held off the Cleveland Guardians 5-4 on Friday night.

      TRAINER’S ROOM

      Guardians: RHP Shane Bieber (elbow) threw a bullpen session, manager Stephen Vogt said. Any setback would end his season.

      Twins: OF Byron Buxton (hip) sat out again. “We’re being careful with him,” manager Rocco Baldelli said.
    `);
    const people = story.people.filter((p) => p.kind === 'person');
    assert.deepEqual(people.map((p) => [p.name, p.title ?? '']), [
      ['Royce Lewis', ''],
      ['Shane Bieber', 'RHP'],
      ['Stephen Vogt', 'manager'],
      ['Byron Buxton', 'OF'],
      ['Rocco Baldelli', 'manager'],
    ]);
  });

  it('gives a quotation to the person another source quoted as saying it', () => {
    const { story } = analyzeStory(wire`
      PORTLAND, Maine (AP) — Gov. Ellen Marsh toured the flooded harbor Tuesday with harbor master Tom Levesque.

      “We will rebuild every pier,” Levesque quoted Marsh as saying.

      “We will rebuild,” Levesque quoted the governor as saying again later.
    `);
    assert.deepEqual(speakers(story), [
      ['Ellen Marsh', 'name'],
      ['Ellen Marsh', 'role'],
    ]);
  });

  it('gives a quotation to the one a reply came from', () => {
    const { story, findings } = analyzeStory(wire`
      GRANVILLE, Vt. (AP) — Education Secretary Daniel Whitford had urged small towns to consolidate their schools.

      Town Clerk Ruth Ann Colby asked whether the state would help pay for the one-room school.

      “No,” came the answer by email from Whitford.

      “We question whether love alone pays for a science teacher,” came the reply from Whitford’s office.
    `);
    assert.deepEqual(speakers(story), [
      ['Daniel Whitford', 'name'],
      [undefined, 'description'],
    ]);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('finds the speaker set off before a hometown and a role (`Marta Olsen, 67, of Paradise, a retired schoolteacher, said`), not the town', () => {
    const { story, findings } = analyzeStory(wire`
      OROVILLE, Calif. (AP) — A wind-driven wildfire forced more than 6,000 people from foothill communities east of Oroville on Wednesday, officials said.

      “I grabbed the dogs and the photo albums,” Marta Olsen, 67, of Paradise, a retired schoolteacher, said Wednesday.

      “We drove out through smoke so thick I could not see the hood,” Dale Ruud, 70, of Chico, Calif., a retired logger, said.

      Ana Ruiz, from Gridley, a nurse at the county hospital, said she left with only her purse.
    `);
    assert.deepEqual(story.people.map((p) => p.name), ['Marta Olsen', 'Dale Ruud', 'Ana Ruiz']);
    assert.deepEqual(speakers(story), [['Marta Olsen', 'name'], ['Dale Ruud', 'name']]);
    assert.deepEqual(findings, []);
  });

  it('takes a role set off after an age and a hometown as the person’s (`Lorraine Whitby, 58, a retired schoolteacher,` … `the schoolteacher said`)', () => {
    const { story, findings } = analyzeStory(wire`
      OROVILLE, Calif. (AP) — A wind-driven wildfire forced more than 6,000 people from foothill communities east of Oroville on Wednesday, officials said.

      Lorraine Whitby, 58, a retired schoolteacher from Kelso, said the road out was jammed for more than an hour. Marta Olsen, 67, of Paradise, Calif., a hospice nurse, left at noon.

      Gabriel Fonseca, 34, of Palermo, drove his wife and children to Chico.

      “You sit there and you watch the glow getting bigger in your mirror,” the schoolteacher said.

      “I had my patients’ files in a laundry basket,” the nurse said.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.title]), [
      ['Lorraine Whitby', 'retired schoolteacher'],
      ['Marta Olsen', 'hospice nurse'],
      ['Gabriel Fonseca', undefined],
    ]);
    assert.deepEqual(speakers(story), [['Lorraine Whitby', 'role'], ['Marta Olsen', 'role']]);
    assert.deepEqual(findings, []);
  });

  it('reads `Dr.` as a doctor (`the doctor said`) and a CEO as a chief executive, so two of them are ambiguous', () => {
    const doctor = analyzeStory(wire`
      LUBBOCK, Texas (AP) — A measles outbreak in the South Plains grew to 38 confirmed cases Thursday, state health officials said.

      At Covenant Children’s Hospital in Lubbock, Dr. Marcus Ellery, a pediatric infectious disease specialist, said the hospital had cared for seven children with measles in the past two weeks.

      “The worst thing a family can do is walk into an emergency room full of newborns without calling first,” the doctor said.
    `);
    assert.deepEqual(speakers(doctor.story), [['Marcus Ellery', 'role']]);
    assert.deepEqual(doctor.findings, []);
    const ceos = analyzeStory(wire`
      NEW YORK (AP) — Brightline Logistics will buy a regional freight railroad for about $4.2 billion, the companies said Monday.

      “This deal lets us say yes,” Brightline CEO Valerie Okonkwo said on a call with analysts.

      The railroad’s board voted unanimously for the deal. Its chief executive, Raymond Tull, will join Brightline’s board.

      “We looked hard at staying independent,” the CEO said.
    `);
    assert.deepEqual(ceos.findings.map((f) => [f.rule, f.message]), [['attribution-ambiguous', '“the CEO” in the attribution of “We looked hard at…” could refer to Valerie Okonkwo or Raymond Tull; name the speaker']]);
  });

  it('reads schools and towns named with a given name (`Georgia Tech`, `Sandy Springs`, `Jackson Hole`, `Holy Cross`) as no person a later `she` could mean', () => {
    for (const school of ['Georgia Tech', 'Florida Atlantic', 'Georgia Southern', 'Carolina Coastal', 'Holy Cross', 'Sandy Springs', 'Jackson Hole']) {
      const { story, findings } = analyzeStory(wire`
        ATLANTA (AP) — Coach Valerie Dunmore said she had called the same play four times in a row.

        ${school} has won 11 straight games at home.

        “We expect to be here in March,” she said.
      `);
      assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Valerie Dunmore'], school);
      assert.deepEqual(speakers(story), [['Valerie Dunmore', 'pronoun']], school);
      assert.deepEqual(findings, [], school);
    }
  });

  it('reads a country that asks or speaks as a place, so `he said` after it is the delegate named before', () => {
    const { story, findings } = analyzeStory(wire`
      PUNTARENAS, Costa Rica (AP) — Fisheries officials from 14 countries ended three days of talks here Thursday without a deal on closing tuna grounds.

      “A closure that no one obeys protects nothing,” said Zhou Minghua, who led the Chinese delegation.

      Taiwan asked for a two-month closure instead.

      “We are flexible,” he said.
    `);
    assert.deepEqual(story.people.map((p) => p.name), ['Zhou Minghua']);
    assert.deepEqual(speakers(story), [['Zhou Minghua', 'name'], ['Zhou Minghua', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('takes a role set off before a titled name (`The Senate committee’s chairman, state Sen. Lyle Pettibone, R-Idaho Falls,`) as theirs too, and a bill’s sponsor', () => {
    const { story, findings } = analyzeStory(wire`
      BOISE, Idaho (AP) — The Idaho House voted 41-29 on Wednesday to require meters on large irrigation wells. The bill’s sponsor, Rep. Lucinda Harcourt, R-Rexburg, called the vote a start.

      The Senate committee’s chairman, state Sen. Lyle Pettibone, R-Idaho Falls, said he expected to hold a hearing on the bill next week.

      “I’ve got farmers on both sides of this in my district,” the chairman said.

      “We counted every well in the basin,” the sponsor said.
    `);
    assert.deepEqual(speakers(story), [['Lyle Pettibone', 'role'], ['Lucinda Harcourt', 'role']]);
    assert.deepEqual(findings, []);
  });

  it('reads a player something came from as a person whatever her given name (`18 from Hallie Brandt`, `a call from Kiki Holloway`)', () => {
    const { story, findings } = analyzeStory(wire`
      SPRINGFIELD, Mo. (AP) — Jada Kessler scored 31 points, and Ozark State rallied to beat No. 19 Tri-Valley 78-74 on Sunday.

      Tri-Valley got 22 points from Maya Oduya and 18 from Hallie Brandt. Ozark State coach Dana Whitlock got a call from Kiki Holloway before the game.

      Brandt fouled out with 2:10 left.

      “I was set,” she said. “But I’ve been on the other side of that call too.”
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Jada Kessler', 'Maya Oduya', 'Hallie Brandt', 'Dana Whitlock', 'Kiki Holloway']);
    assert.deepEqual(speakers(story), [['Hallie Brandt', 'pronoun'], ['Hallie Brandt', 'paragraph']]);
    assert.deepEqual(findings, []);
  });

  it('reads a surname that also ends places’ names as the person the story gave it (`Park Ji-won …` then `Park, asked …, paused`), so `he said` is his', () => {
    const { story, findings } = analyzeStory(wire`
      PUNTARENAS, Costa Rica (AP) — Fisheries officials from 14 countries ended three days of talks here Thursday without agreeing to close a stretch of the eastern Pacific to tuna boats.

      “A closure that no one obeys protects nothing,” said Zhou Minghua, who led the Chinese delegation.

      Park Ji-won, a vessel owner from Busan, also attended the talks.

      Park, asked whether he would support a compromise of three months, paused before answering.

      “Three months, maybe,” he said.
    `);
    assert.deepEqual(speakers(story), [['Zhou Minghua', 'name'], ['Park Ji-won', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('gives `he said` after `The elder Ruiz waved that off.` to the father, not the son named first', () => {
    const { story, findings } = analyzeStory(wire`
      ALPINE, Texas (AP) — Joaquín Ruiz builds about 20 saddles a year in a shop on Holland Avenue.

      “My father used to leave a piece of leather and a swivel knife on my bed,” Ruiz said.

      He learned the trade from his father, Ernesto Ruiz, who opened the shop after coming home from the Army.

      The elder Ruiz waved that off.

      “I was not patient,” he said. “I was stubborn.”
    `);
    assert.deepEqual(speakers(story), [['Joaquín Ruiz', 'name'], ['Ernesto Ruiz', 'pronoun'], ['Ernesto Ruiz', 'paragraph']]);
    assert.deepEqual(findings, []);
  });

  it('gives `Ruiz said` to the son once the story calls the father `the elder Ruiz`, without an ambiguity warning', () => {
    const { story, findings } = analyzeStory(wire`
      ALPINE, Texas (AP) — Joaquín Ruiz builds about 20 saddles a year in a shop on Holland Avenue.

      He learned the trade from his father, Ernesto Ruiz, who opened the shop after coming home from the Army. The elder Ruiz, now 81, still comes in most mornings.

      “He cuts too fast,” the elder Ruiz said.

      “I listen,” Ruiz said. “I just do it my way afterward.”
    `);
    assert.deepEqual(speakers(story), [['Ernesto Ruiz', 'name'], ['Joaquín Ruiz', 'name'], ['Joaquín Ruiz', 'paragraph']]);
    assert.deepEqual(findings, []);
  });

  it('still warns on `Ruiz said` where the story calls neither father nor son `the elder`', () => {
    const { findings } = analyzeStory(wire`
      ALPINE, Texas (AP) — Joaquín Ruiz builds about 20 saddles a year in a shop on Holland Avenue.

      He learned the trade from his father, Ernesto Ruiz, who opened the shop after coming home from the Army.

      “I listen,” Ruiz said. “I just do it my way afterward.”
    `);
    assert.deepEqual(findings.map((f) => f.rule), ['attribution-ambiguous']);
  });

  it('reads a name before a kind of place (`in Ben Tre province`) as the place, so `he said` stays with the official', () => {
    const { story, findings } = analyzeStory(wire`
      HANOI, Vietnam (AP) — Officials from four Mekong countries pressed China on Friday to share data on water released from its dams.

      Deputy Minister Tran Quang Minh opened the meeting by holding up a jar of cracked mud. It came from a rice paddy in Ben Tre province.

      “This is what our farmers sent me,” he said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Tran Quang Minh']);
    assert.deepEqual(speakers(story), [['Tran Quang Minh', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('gives `the minister said` to the minister set off by name (`Ukraine’s agriculture minister, Vitaliy Koval,`)', () => {
    const { story, findings } = analyzeStory(wire`
      ODESA, Ukraine (AP) — A Russian missile hit a grain terminal in the port of Izmail overnight, Ukrainian officials said Tuesday.

      Ukraine’s agriculture minister, Vitaliy Koval, said the attack was meant to frighten shipping companies away from the Danube ports.

      “We will keep shipping,” the minister said.
    `);
    assert.deepEqual(speakers(story), [['Vitaliy Koval', 'role']]);
    assert.deepEqual(findings, []);
  });

  it('gives a quotation to a relative set off by first name after it (`“…,” his wife, Marisol, said`, `her husband, Pete,`, `his daughter, Claire, 16,`)', () => {
    const { story, findings } = analyzeStory(wire`
      LAKE CHARLES, La. (AP) — Residents of south Lake Charles began hauling ruined furniture to the curb Friday, three days after Hurricane Odette.

      Luis Herrera-Ortiz, 52, said his insurance company had told him an adjuster could not come for six weeks.

      “Six weeks in a house with no walls,” his wife, Marisol, said.

      Across the street, Renee Dufrene was pulling up carpet with her family.

      “We lost everything on the first floor,” her husband, Pete, said. “Again.”

      “I slept in the truck,” his daughter, Claire, 16, said.
    `);
    assert.deepEqual(speakers(story), [
      ['Marisol', 'name'],
      ['Pete', 'name'],
      ['Pete', 'paragraph'],
      ['Claire', 'name'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('keeps a second quotation ending inside an inner one (`… ‘bring the shop vac.’”`) with its paragraph’s speaker, not the next sentence’s `McCullough said the city …`', () => {
    const { story, findings } = analyzeStory(wire`
      MONTPELIER, Vt. (AP) — The Winooski River crested about 2 feet below its 2023 record Thursday.

      Alice Brandt, who lives above the bookstore on Main Street, said she watched the water climb past the bottom step.

      “I called my sister in Barre and told her, ‘Don’t come,’” she said. “Then I called her back and said, ‘Actually, bring the shop vac.’” Mayor Jack McCullough said the city would open a shelter at the high school.
    `);
    assert.deepEqual(speakers(story).filter((_, i) => story.quotations[i].depth === 0), [['Alice Brandt', 'pronoun'], ['Alice Brandt', 'paragraph']]);
    assert.deepEqual(findings, []);
  });

  it('gives `she said` after `She hugged Kessler at midcourt.` to whom that `She` means, not to Kessler', () => {
    const { story, findings } = analyzeStory(wire`
      SPRINGFIELD, Mo. (AP) — Jada Kessler scored 31 points, and Ozark State beat Tri-Valley 78-74 on Sunday, giving coach Denise Whitlock her 200th win at the school.

      Whitlock has coached at Ozark State for nine seasons.

      She hugged Kessler at midcourt.

      “Two hundred is a lot of bus rides,” she said.
    `);
    assert.deepEqual(speakers(story), [['Denise Whitlock', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('gives `the union said` to the local named as the union, not the company whose workers it represents', () => {
    const { story } = analyzeStory(wire`
      LOUISVILLE, Ky. (AP) — Inspectors found a crack in a steel support beam on the Sherman Minton Bridge on Tuesday, forcing officials to close the span indefinitely.

      Teamsters Local 89, which represents about 9,000 UPS workers in Louisville, warned that detours would push drivers past federal limits on hours behind the wheel.

      “Our members cannot be punished for sitting in traffic they did not create,” the union said.
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name.split(' ')[0], q.attribution?.via]), [['Teamsters', 'role']]);
  });

  it('takes a role set off after a titled name (`Dr. Samuel Oduya, a microbiologist and co-author,`) as theirs too, so `the microbiologist said` finds them', () => {
    const { story, findings } = analyzeStory(wire`
      ALBUQUERQUE, N.M. (AP) — Little brown bats in three New Mexico caves appear to be surviving a fungal disease, researchers reported Wednesday.

      Dr. Samuel Oduya, a microbiologist and co-author of the study, grew the bacterium in the lab. Sen. Lorena Baca, a Democrat who chairs the state’s conservation committee, asked for the findings.

      The fungus reached New Mexico in 2021.

      “The Eastern strains were no match for it,” the microbiologist said.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.title]), [
      ['Samuel Oduya', 'Dr.'],
      ['Lorena Baca', 'Sen.'],
    ]);
    assert.deepEqual(speakers(story), [['Samuel Oduya', 'role']]);
    assert.deepEqual(findings, []);
  });

  it('takes a role set off before a name as that person’s role, so `the lawyer said` finds them', () => {
    const { story, findings } = analyzeStory(wire`
      TOPEKA, Kan. (AP) — Gerald Pruitt’s lawyer, Marcus Delahunt, argued that sloppy accounting hid where the money went. The state’s education secretary, Daniel Whitford, testified for the prosecution.

      “They’ve given you a hole,” the lawyer said.

      “The books were kept by the treasurer alone,” the secretary said.

      The county has one auditor, Ruth Ann Bell, who found the gap.

      “I kept asking where it went,” the auditor said.
    `);
    const people = story.people.filter((p) => p.kind === 'person');
    assert.deepEqual(people.map((p) => [p.name, p.title]), [
      ['Gerald Pruitt', undefined],
      ['Marcus Delahunt', 'lawyer'],
      ['Daniel Whitford', 'education secretary'],
      ['Ruth Ann Bell', undefined],
    ]);
    assert.deepEqual(speakers(story), [
      ['Marcus Delahunt', 'role'],
      ['Daniel Whitford', 'role'],
      [undefined, 'description'],
    ]);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('reads a state lawmaker’s party and hometown as no name, and `the Republican` as the lawmaker of that party', () => {
    const { story, findings } = analyzeStory(wire`
      SANTA FE, N.M. (AP) — Sen. Ana Ruiz-Hartman, D-Las Cruces, and Sen. Carl Beaumont Jr., R-Roswell, spent the night arguing over a water bill.

      “Nobody is forced to sell anything,” said Beaumont, the bill’s sponsor.

      “It kept us on the land,” the Republican said.

      “It turns water into a commodity,” the Democrat said.

      Rep. Dolores Vigil, a Republican, voted for the House version.

      “We’ll see,” the Republican said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.party]), [
      ['Ana Ruiz-Hartman', 'Democrat'],
      ['Carl Beaumont Jr.', 'Republican'],
      ['Dolores Vigil', 'Republican'],
    ]);
    assert.deepEqual(speakers(story), [
      ['Carl Beaumont Jr.', 'name'],
      ['Carl Beaumont Jr.', 'role'],
      ['Ana Ruiz-Hartman', 'role'],
      ['Dolores Vigil', 'role'],
    ]);
    // Two Republicans by then: the last quotation could be either's.
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.end)]), [['attribution-ambiguous', 'the Republican']]);
  });

  it('reads a company or body whose name opens with a title word as an organisation, not a titled surname', () => {
    const { story, findings } = analyzeStory(wire`
      DETROIT (AP) — Automakers and insurers braced Tuesday for the new tariffs.

      “We will appeal,” General Motors said in a statement.

      “Rates reflect claims,” State Farm said.

      “We are reviewing the decision,” Major League Baseball said.

      “It is surplus,” the General Services Administration said.

      “The tariffs will be reviewed,” Prime Minister Mark Carney said, and Attorney General Keith Ellison said he would sue.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.kind, p.title]), [
      ['General Motors', 'organization', undefined],
      ['State Farm', 'organization', undefined],
      ['Major League Baseball', 'organization', undefined],
      ['General Services Administration', 'organization', undefined],
      ['Mark Carney', 'person', 'Prime Minister'],
      ['Keith Ellison', 'person', 'Attorney General'],
    ]);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('reads a one-word company that speaks as an organisation, and an unknown surname as a person never introduced', () => {
    const { story, findings } = analyzeStory(wire`
      SEATTLE (AP) — Lindqvold will cut 1,400 corporate jobs, the company said Tuesday. Pemberly CEO Ann Hart called the cuts painful, and Harrowgate’s shares fell 4%.

      “We are removing layers,” Lindqvold said in a statement.

      “It was painful,” Pemberly said.

      “We regret it,” Harrowgate said.

      “Our workforce is stable,” Boeing said.

      “We will be back,” Tomlinson said.
    `);
    assert.deepEqual(story.quotations.map((q) => { const p = story.people[q.speaker]; return [p?.name, p?.kind]; }), [
      ['Lindqvold', 'organization'],
      ['Pemberly', 'organization'],
      ['Harrowgate', 'organization'],
      ['Boeing', 'organization'],
      ['Tomlinson', 'person'],
    ]);
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.end)]), [['attribution-unknown', 'Tomlinson']]);
  });

  it('reads a business with a possessive name that speaks (`Macy’s said`) as an organisation', () => {
    const { story, findings } = analyzeStory(wire`
      NEW YORK (AP) — Retailers reported weak holiday sales Thursday, and Kohl’s said it would close 27 stores.

      “Shoppers were cautious,” Macy’s said in a statement.

      “These decisions are never easy,” said Kohl’s.

      “We saw strong demand for value,” said Trader Joe’s spokeswoman Nakia Rohde.
    `);
    assert.deepEqual(story.quotations.map((q) => { const p = story.people[q.speaker]; return [p?.name, p?.kind]; }), [
      ['Macy’s', 'organization'],
      ['Kohl’s', 'organization'],
      ['Nakia Rohde', 'person'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads raw ANPA-1312 transmissions: header codes, `^…<` header lines and the time stamp, one story each', () => {
    const transmission = (no: string, keyword: string, headline: string) =>
      [
        `\x16\x16\x01a${no} \x1fAP-WF`,
        `r a \x13\x11BC-US--${keyword} 10-14 0412`,
        `\x02^BC-US--${keyword},0412<`,
        `^${headline}<`,
        '^By MAYA ELLSWORTH<',
        '^Associated Press<',
        '\tDODGE CITY, Kan. (AP) _ Hail the size of golf balls shredded wheat fields across three western Kansas counties Monday, farmers said.',
        '\t"It looked like somebody took a weed whacker to the whole field," said Ford County farmer Dale Unruh.',
        '\x03AP-WF-10-14-25 2231GMT\x04',
      ].join('\r\n');
    const text = transmission('0213', 'Hail-Damage', 'Hail shreds crops in western Kansas') + '\r\n' + transmission('0214', 'Hail-Insurance', 'Insurers brace for hail claims') + '\r\n';
    const { story, findings } = analyzeStory(text);
    assert.equal(story.storyCount, 2);
    assert.deepEqual(kinds(story).slice(0, 6), ['slug', 'headline', 'byline', 'dateline', 'paragraph', 'endMatter']);
    assert.deepEqual(story.sections.filter((s) => s.kind === 'slug' || s.kind === 'headline').map((s) => s.title), [
      'BC-US--Hail-Damage,0412',
      'Hail shreds crops in western Kansas',
      'BC-US--Hail-Insurance,0412',
      'Insurers brace for hail claims',
    ]);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Dale Unruh', 'Dale Unruh']);
    assert.deepEqual(findings, []);
  });

  it('reads an editor’s note at the foot of a story as a note, and Minnesota’s DFL tag as a party', () => {
    const { story, findings } = analyzeStory(wire`
      ST. PAUL, Minn. (AP) — Minnesota lawmakers reached a two-year budget deal early Saturday.

      Senate Majority Leader Erin Murphy, DFL-St. Paul, called it “a budget that keeps its promises.”

      “It keeps them for two years,” the Democrat said.

      EDITOR’S NOTE — Elliot Vang has covered the Minnesota Legislature since 2019.
    `);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph', 'editorsNote']);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.party]), [['Erin Murphy', 'Democrat']]);
    assert.equal(story.people[story.quotations[1].speaker]?.name, 'Erin Murphy');
    assert.deepEqual(findings, []);
  });

  it('reads speaker labels in capitals with an apostrophe or a Mc prefix (`O’ROURKE:`, `McCARTHY:`) as the person, not a misspelling, and a role’s label (`MODERATOR:`) as a description', () => {
    const { story, findings } = analyzeStory(wire`
      COLUMBUS, Ohio (AP) — Democrat Naomi Fairweather, Republican Sean O’Rourke and independent Dale McCarthy met Tuesday night in their only televised debate for governor.

      O’ROURKE: “I have never taken a dime from the utilities.”

      McCARTHY: “I am the only one on this stage who has balanced a budget.”

      MODERATOR: “Mr. McCarthy, you have said that before. Did you?”
    `);
    assert.deepEqual(speakers(story), [
      ['Sean O’Rourke', 'colon'],
      ['Dale McCarthy', 'colon'],
      [undefined, 'colon'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a fact check’s speaker labels in capitals (`OSEI: “…”`) as the person, and `Democrat Rachel Osei` as a party before a name', () => {
    const { story, findings } = analyzeStory(wire`
      DES MOINES, Iowa (AP) — The two candidates for Iowa governor traded claims in their only debate Thursday night. Democrat Rachel Osei and Republican Mark Ellertson disagreed on almost everything.

      SCHOOLS

      OSEI: “Iowa ranks last in the nation in teacher pay growth.”

      THE FACTS: Close, but not quite. Iowa ranked 47th, according to the National Education Association.

      ELLERTSON: “We have cut property taxes three years running.”
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.party]), [
      ['Rachel Osei', 'Democrat'],
      ['Mark Ellertson', 'Republican'],
    ]);
    assert.deepEqual(speakers(story), [
      ['Rachel Osei', 'colon'],
      ['Mark Ellertson', 'colon'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives a quotation beside an action beat (before it or right after it) to the person the beat is about, unless a desk turns that off', () => {
    const text = wire`
      EVERLY, Iowa (AP) — Gloria Haugland has run the Starlite Drive-In with her husband, Arne Haugland, since 1983.

      Arne Haugland laughs when he hears that. “Then we’ve got about two more years.”

      The crowd cheered. “Encore!”

      “If the projector goes, we go …” Gloria Haugland did not finish the sentence.

      “Encore!” The crowd would not stop.
    `;
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(speakers(story), [
      ['Arne Haugland', 'beat'],
      [undefined, undefined],
      ['Gloria Haugland', 'beat'],
      [undefined, undefined],
    ]);
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.end)]), [
      ['attribution-missing', '“Encore!”'],
      ['attribution-missing', '“Encore!”'],
    ]);
    const strict = analyzeStory(text, { inheritFromParaphrase: false });
    assert.deepEqual(strict.findings.map((f) => f.rule), ['attribution-missing', 'attribution-missing', 'attribution-missing', 'attribution-missing']);
  });

  it('reads a player’s position opening a sentence (`Kicker Brandon McManus`) as a role, not part of the name', () => {
    const { story, findings } = analyzeStory(wire`
      GREEN BAY, Wis. (AP) — Jordan Love threw three touchdown passes and the Green Bay Packers beat the Chicago Bears 27-17 on Sunday.

      Kicker Brandon McManus made both of his field goal attempts. Rookie Javon Bullard had an interception.

      “I just tried to stay calm,” McManus said. “The kicker’s job is to be boring.”

      “I saw the ball the whole way,” Bullard said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.title]), [
      ['Jordan Love', undefined],
      ['Brandon McManus', 'kicker'],
      ['Javon Bullard', 'rookie'],
    ]);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Brandon McManus', 'Brandon McManus', 'Javon Bullard']);
    assert.deepEqual(findings, []);
  });

  it('gives a quotation to the one described (`a spokeswoman for Marsh`, `Marsh’s family`, `the governor of Maine`), not the one named in the description', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh, a Democrat, said Tuesday the state would rebuild the Kittering ferry pier. She was in Boston for a conference.

      “The governor is disappointed by the delay,” a spokeswoman for Marsh said.

      “We are grateful to everyone who helped,” Marsh’s family said in a statement.

      “We have been waiting since the storm,” the family said.

      “The pier will open Friday,” the governor of Maine said. “Boats will run by the weekend.”

      “Our trucks are ready,” a spokesman for the Maine Department of Transportation said.

      “Nobody wants another winter like the last one,” an aide to Marsh said.
    `);
    assert.deepEqual(
      speakers(story, true),
      [
        [undefined, 'description', 'a spokeswoman'],
        [undefined, 'description', 'Marsh’s family'],
        [undefined, 'description', 'the family'],
        ['Ellen Marsh', 'role', 'the governor'],
        ['Ellen Marsh', 'paragraph', undefined],
        ['Maine Department of Transportation', 'name', 'Maine Department of Transportation'],
        [undefined, 'description', 'an aide'],
      ],
    );
    assert.deepEqual(findings, []);
  });

  it('finds the speaker after a long description (`Rita Gomez, 71, a retired teacher who …, said`) or a clause with a comma of its own (`the woman, who gave only her first name, Rita, said`)', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier by spring.

      “We have waited three winters for this,” Rita Gomez, 71, a retired teacher who has lived on the island since 1962, said.

      “I will believe it when I drive on it,” a woman at the landing, who gave only her first name, Carol, said.
    `);
    assert.deepEqual(speakers(story, true), [
      ['Rita Gomez', 'name', 'Rita Gomez'],
      [undefined, 'description', 'a woman'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a show’s name after a possessive or after `told` as a title, not a second quotation', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Sunday the state would rebuild the Kittering ferry pier by spring.

      “The pier will open in May,” Marsh said on WCSH’s “Maine Week in Review.”

      “Nobody will pay a toll,” she told “Good Morning Maine.”
    `);
    assert.deepEqual(story.quotations.map((q) => [q.text, q.isTitle, story.people[q.speaker]?.name]), [
      ['The pier will open in May,', false, 'Ellen Marsh'],
      ['Maine Week in Review.', true, undefined],
      ['Nobody will pay a toll,', false, 'Ellen Marsh'],
      ['Good Morning Maine.', true, undefined],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a name inside a long full name as the person on later reference (`Lula` of Luiz Inácio Lula da Silva)', () => {
    const { story, findings } = analyzeStory(wire`
      BRASILIA, Brazil (AP) — Brazilian President Luiz Inácio Lula da Silva met Gov. Ellen Marsh of Maine on Tuesday to talk about lobster exports.

      “We have a great deal to sell each other,” Lula said.

      “We will start with lobster,” Marsh said.
    `);
    assert.deepEqual(speakers(story), [
      ['Luiz Inácio Lula da Silva', 'name'],
      ['Ellen Marsh', 'name'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives speech someone remembers (`Levesque recalled Marsh saying, “…”`) to the one remembered speaking', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh toured the Kittering ferry pier Tuesday with harbor master Tom Levesque, a year after the storm.

      Levesque recalled Marsh saying, “We will rebuild every pier,” the morning after it hit.

      “Nobody gets left behind,” Levesque remembered her telling him.

      “I believed her,” he said.
    `);
    assert.deepEqual(speakers(story), [
      ['Ellen Marsh', 'name'],
      ['Ellen Marsh', 'pronoun'],
      ['Tom Levesque', 'pronoun'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives the answers of a question-and-answer interview to the person its introduction names when it quotes no one', () => {
    const { story, findings } = analyzeStory(wire`
      TWO HARBORS, Minn. (AP) — Harriet Lindqvist-Moe, 88, kept the beacon at Gull Point Light on Lake Superior for 31 years.

      She spoke with The Associated Press about storms and rescues. The interview has been edited for length and clarity.

      Q: Why do you still give tours?

      A: Because the kids ask good questions. Last month a girl asked me if I was ever scared. I told her, “The lake doesn’t care if you’re scared.”
    `);
    assert.deepEqual(speakers(story), [['Harriet Lindqvist-Moe', 'interview']]);
    assert.deepEqual(findings, []);
  });

  it('gives the answers of a question-and-answer interview (`A: “…”`) to the person quoted before them, and its questions to nobody', () => {
    const { story, findings } = analyzeStory(wire`
      DULUTH, Minn. (AP) — Duluth Mayor Renata Okonkwo-Hale said Tuesday that a deal to reopen the city’s grain terminal is close.

      “It’s trust,” she said. “Everybody at that table has been burned before.”

      Q: Why now?

      A: “Because the lake doesn’t wait.”

      Port authority President Gilbert Tanaka said the board had not seen a proposal.

      Q: You told the council, “We will have a deal by fall.” Will you?

      A: “Ask me in March.”
    `);
    assert.deepEqual(story.quotations.filter((q) => q.depth === 0).map((q) => [q.text, story.people[q.speaker]?.name, q.attribution?.via]), [
      ['It’s trust,', 'Renata Okonkwo-Hale', 'pronoun'],
      ['Everybody at that table has been burned before.', 'Renata Okonkwo-Hale', 'paragraph'],
      ['Because the lake doesn’t wait.', 'Renata Okonkwo-Hale', 'interview'],
      ['We will have a deal by fall.', undefined, 'interview'],
      ['Ask me in March.', 'Renata Okonkwo-Hale', 'interview'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads `Kremlin spokesman Dmitry Peskov … and called it “…”` as Peskov’s, and a long description quoted as saying', () => {
    const { story, findings } = analyzeStory(wire`
      HELSINKI (AP) — Finnish authorities seized an oil tanker suspected of cutting a Baltic Sea power cable.

      Kremlin spokesman Dmitry Peskov said Moscow had “nothing to do with” the incident and called the seizure “piracy.”

      “It was an accident of weather,” the Kremlin said.

      Tass quoted an unnamed official at the Foreign Ministry as saying the accusations were “a provocation.”
    `);
    assert.deepEqual(story.quotations.map((q) => { const p = story.people[q.speaker]; return [p?.name, p?.kind, q.attribution?.via]; }), [
      ['Dmitry Peskov', 'person', 'name'],
      ['Dmitry Peskov', 'person', 'name'],
      ['Kremlin', 'organization', 'name'],
      [undefined, undefined, 'description'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives `she said` to an unnamed source described by a role, and reads `quotes one teller as telling`', () => {
    const { story, findings } = analyzeStory(wire`
      FARGO, N.D. (AP) — U.S. Attorney Mac Schneider said the bank robbery case showed what happens when the public pays attention.

      “He was polite every time,” the affidavit quotes one teller as telling investigators.

      “The motel clerk is the hero of this story,” Schneider said in a news release.

      The clerk, who asked that her name not be used because she feared for her safety, told The Associated Press she nearly didn’t call.

      “I thought, what if I’m wrong?” she said.
    `);
    assert.deepEqual(speakers(story), [
      [undefined, 'description'],
      ['Mac Schneider', 'name'],
      [undefined, 'description'],
    ]);
    assert.equal(story.people.find((p) => p.name === 'Mac Schneider')?.gender, 'unknown');
    assert.deepEqual(findings, []);
  });

  it('reads `the Vikings` after `the Minnesota Vikings` as the same organisation', () => {
    const { story, findings } = analyzeStory(wire`
      EAGAN, Minn. (AP) — Garrett Bradbury, the Minnesota Vikings’ starting center for seven seasons, retired Wednesday.

      The Vikings said in a statement that Bradbury had been “the heartbeat of our offensive line.”
    `);
    const orgs = story.people.filter((p) => p.kind === 'organization');
    assert.deepEqual(orgs.map((p) => p.name), ['Minnesota Vikings']);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Minnesota Vikings');
    assert.deepEqual(orgs[0].mentions.map((m) => story.text.slice(m.start, m.end)), ['Minnesota Vikings', 'Vikings']);
    assert.deepEqual(findings, []);
  });

  it('gives a quotation said jointly (`Pike and Castellanos said`) to both, carried through the paragraph and a running quote', () => {
    const { story, findings } = analyzeStory(wire`
      GRANVILLE, Vt. (AP) — Farmer Warren Pike and teacher Miriam Castellanos started a fund for the one-room school.

      “We’ve raised money for worse things,” Pike and Castellanos said. “We’ll raise it again.

      “Nobody here gives up.”

      “It will work,” said Pike and Castellanos.

      “It had better,” Pike said.
    `);
    const name = (i: number) => story.people[i]?.name;
    assert.deepEqual(story.quotations.map((q) => [name(q.speaker), (q.coSpeakers ?? []).map(name), q.attribution?.via]), [
      ['Warren Pike', ['Miriam Castellanos'], 'name'],
      ['Warren Pike', ['Miriam Castellanos'], 'paragraph'],
      ['Warren Pike', ['Miriam Castellanos'], 'running'],
      ['Warren Pike', ['Miriam Castellanos'], 'name'],
      ['Warren Pike', [], 'name'],
    ]);
    assert.deepEqual(story.people.map((p) => [p.name, p.quotations.length]), [['Warren Pike', 5], ['Miriam Castellanos', 4]]);
    assert.deepEqual(findings, []);
  });

  it('reads `That’s how Marsh put it`, an age and a description set off before the verb, and `the first-term governor`', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh toured the storm-damaged harbor in Portland on Tuesday with harbor master Tom Levesque.

      “We will rebuild.” That’s how Marsh put it.

      “The pier is gone,” Levesque, 54, a former harbor pilot, said.

      “Every pier,” the first-term governor said.

      “Not me,” the former governor said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Ellen Marsh', 'Tom Levesque', 'Ellen Marsh', undefined]);
    assert.deepEqual(findings, []);
  });

  it('reads `the Democratic governor` as the governor and `Republicans in the Senate` as a group, not as organisations', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh, a Democrat, signed the pier bill Tuesday.

      “It is a good bill,” the Democratic governor said.

      “We will fight it next session,” Republicans in the Senate said in a statement.
    `);
    assert.deepEqual(speakers(story), [
      ['Ellen Marsh', 'role'],
      [undefined, 'description'],
    ]);
    assert.deepEqual(story.people.map((p) => p.name), ['Ellen Marsh', 'Senate']);
    assert.deepEqual(findings, []);
  });

  it('reads `the Great Hall of the People` as one name, and `the ministry said` as the ministry the story named', () => {
    const { story, findings } = analyzeStory(wire`
      BEIJING (AP) — Chinese leader Xi Jinping met U.S. Treasury Secretary Janet Yellen at the Great Hall of the People on Friday.

      The Ministry of Foreign Affairs said the two sides would meet again in the spring. “The door is open,” the ministry said.

      “The Fed will wait,” said Joyce Hall of the Brookings Institution.
    `);
    // `Joyce Hall of the Brookings Institution`: a person before `of the`, not one long name.
    assert.deepEqual(story.people.map((p) => p.name).filter((n) => n.includes(' of ') || n === 'People'), ['Great Hall of the People', 'Ministry of Foreign Affairs']);
    assert.equal(story.people.find((p) => p.name === 'Joyce Hall')?.kind, 'person');
    assert.deepEqual(speakers(story), [
      ['Ministry of Foreign Affairs', 'role'],
      ['Joyce Hall', 'name'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a storm’s name as nobody, and `the center said` as the hurricane center the story named', () => {
    const { story, findings } = analyzeStory(wire`
      SAN JUAN, Puerto Rico (AP) — Hurricane Rafael strengthened into a Category 3 storm on Wednesday, the National Hurricane Center said.

      “Rafael is forecast to be a major hurricane when it reaches Cuba,” the center said in its advisory.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.kind]), [['National Hurricane Center', 'organization']]);
    assert.deepEqual(speakers(story), [['National Hurricane Center', 'role']]);
    assert.deepEqual(findings, []);
  });

  it('reads `the Racine Democrat` as the Democrat whose tag names Racine, with a Democratic governor in the story too', () => {
    const { story, findings } = analyzeStory(wire`
      MADISON, Wis. (AP) — The Legislature adjourned Thursday without passing a child care plan that Democratic Gov. Tony Evers had called his top priority.

      Rep. Greta Neubauer, D-Racine, the Assembly minority leader, called the session “a waste of everyone’s time.”

      “We could have done this in an afternoon,” the Racine Democrat said.

      “Families are going to feel this,” the Democrat said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.party]), [['Tony Evers', 'Democrat'], ['Greta Neubauer', 'Democrat']]);
    assert.deepEqual(speakers(story), [
      ['Greta Neubauer', 'name'],
      ['Greta Neubauer', 'role'],
      ['Greta Neubauer', 'role'],
    ]);
    // `the Democrat` alone could be either of two.
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.end)]), [['attribution-ambiguous', 'the Democrat']]);
  });

  it('takes a performer introduced by one name with what they do (`country newcomer Shaboozey`) as introduced, but not a band’s `lead singer Ramsey`', () => {
    const { story, findings } = analyzeStory(wire`
      NASHVILLE, Tenn. (AP) — Country newcomer Shaboozey won three awards Wednesday night, and harbor master Levesque watched from the back.

      “I used to sleep in my car outside these venues,” Shaboozey said.

      “So did I,” Levesque said.

      “We never did,” said lead singer Ramsey of Old Dominion, which won group of the year.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.introduced]), [['Shaboozey', true], ['Levesque', false], ['Ramsey', false]]);
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.end)]), [
      ['attribution-unknown', 'Levesque'],
      ['attribution-unknown', 'Ramsey'],
    ]);
  });

  it('names nobody in a place after a sentence’s opening preposition (`In Des Moines,`) or a work or vessel after its noun (`the journal Ecology Letters`)', () => {
    const { story, findings } = analyzeStory(wire`
      ITHACA, N.Y. (AP) — Songbirds are leaving later each fall, according to a study published Wednesday in the journal Ecology Letters.

      In Des Moines, birdwatchers logged the latest departures. The freight ferry Island Trader carried the radar team.

      “The birds are responding to what they feel,” said lead author Priya Natarajan.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Priya Natarajan']);
    assert.deepEqual(findings, []);
  });

  it('reads each item of a digest under its subhead with its own dateline, checked like the lead’s', () => {
    const { story, findings } = analyzeStory(wire`
      BC-US--Midwest-Briefs
      Midwest news in brief
      By The Associated Press

      Man charged in Des Moines warehouse fire

      DES MOINES, Iowa (AP) — A 29-year-old man was charged Friday with arson in a fire that destroyed a vacant warehouse, police said.

      Wisconsin town votes to keep its library open

      Mineral Point, Wisconsin (AP) — Voters in this southwestern Wisconsin town voted 412-209 on Tuesday to keep the library open.

      “People showed up for the library,” said librarian Dana Koehler.
    `);
    assert.deepEqual(kinds(story), ['slug', 'headline', 'byline', 'subhead', 'dateline', 'subhead', 'dateline', 'paragraph']);
    assert.deepEqual(story.datelines.map((d) => story.text.slice(d.start, d.end).split(' (')[0]), ['DES MOINES, Iowa', 'Mineral Point, Wisconsin']);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Dana Koehler']);
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.end)]), [
      ['dateline-format', 'Mineral Point'],
      ['dateline-format', 'Wisconsin'],
    ]);
  });

  it('reads a digest item’s subhead set right above its dateline, with no blank line between, in blank-line copy', () => {
    const { story, findings } = analyzeStory(wire`
      BC-US--Midwest Digest,560
      Midwest news in brief
      By The Associated Press

      Library fines
      MADISON, Wis. (AP) — The Madison Public Library will stop charging late fines on children’s books next month, the library board decided Wednesday.

      “A kid who owes $12 stops coming,” said board President Chiamaka Eze.

      Tractor museum
      MOUNT PLEASANT, Iowa (AP) — A museum of antique tractors in southeast Iowa will reopen this spring after a flood closed it for two years, curator Dale Ruud said.

      “Some of them were under water up to the steering wheel,” he said.
    `);
    assert.deepEqual(kinds(story), ['slug', 'headline', 'byline', 'subhead', 'dateline', 'paragraph', 'subhead', 'dateline', 'paragraph']);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Chiamaka Eze', 'Dale Ruud']);
    assert.deepEqual(speakers(story), [['Chiamaka Eze', 'name'], ['Dale Ruud', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('names no one in words shouted in capitals (`THIS IS A BREAKING NEWS UPDATE.`)', () => {
    const { story, findings } = analyzeStory(wire`
      DULUTH, Minn. (AP) — THIS IS A BREAKING NEWS UPDATE. AP’s earlier story follows below.

      A pedestrian bridge over a rail yard in Duluth collapsed Saturday afternoon, injuring at least two people, police said.

      “We are still searching the debris,” Police Chief Mike Ceynowa said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Mike Ceynowa']);
    assert.deepEqual(findings, []);
  });

  it('reads a correction note at a story’s foot as an editor’s note, whose quotations are nobody’s words', () => {
    const { story, findings } = analyzeStory(wire`
      PORTLAND, Maine (AP) — Gov. Ellen Marsh reopened the Kittering ferry pier Tuesday, a year after a storm tore it apart.

      “We said we would rebuild every pier,” Marsh said. “This is the first.”

      This story has been corrected to show that Marsh said “every pier,” not “every dock.”
    `);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'editorsNote']);
    assert.deepEqual(story.people[0].quotations.length, 2);
    assert.deepEqual(findings, []);
  });

  it('reads `he said` after a paragraph whose subject spoke through a verb joined by `and`, or through a partial quotation, as that subject', () => {
    const { story, findings } = analyzeStory(wire`
      PORTLAND, Ore. (AP) — Transit drivers in Portland walked off the job Monday, stranding riders across the city.

      TriMet General Manager Sam Desjardins called the walkout illegal and said the agency would ask a judge to order drivers back to work.

      “We respect our operators,” he said.

      Assistant County Attorney Rafael Dominguez argued for holding the union in contempt, telling the judge that union President Kevin O’Rourke had “every reason and every means” to end the strike.

      “He could do it tonight,” he said.
    `);
    assert.deepEqual(story.quotations.filter((q) => !q.partial).map((q) => [story.people[q.speaker]?.name, q.attribution?.via]), [
      ['Sam Desjardins', 'pronoun'],
      ['Rafael Dominguez', 'pronoun'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('finds the subject of `… and said` past an opening phrase (`Asked about a veto, Marchetti smiled and said`)', () => {
    const { story, findings } = analyzeStory(wire`
      MADISON, Wis. (AP) — Gov. Ellen Marchetti said Thursday she had not decided whether to sign the income tax bill.

      Asked about a veto, Marchetti smiled and said she would “look at all the tools.”

      Pressed again, she paused and said, “Ask me after I read it.”

      In Milwaukee, Assembly Speaker Carl Odegaard laughed and said, “She will sign it.”
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Ellen Marchetti', 'Ellen Marchetti', 'Carl Odegaard']);
    assert.deepEqual(findings, []);
  });

  it('gives `X’s lawyer … and said` to the lawyer, named or not, and never makes the owner a speaker', () => {
    const { story, findings } = analyzeStory(wire`
      DULUTH, Minn. (AP) — Dwight Kasperek went on trial Tuesday in the 2023 fire that destroyed a bait shop on the St. Louis River.

      Kasperek’s wife testified for the defense and said, “He was home with me all night.”

      Italy’s consul in Chicago, Giulia Ferraresi, attended the hearing and said the victim’s family had been told.
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, q.attribution?.subjectText]), [[undefined, 'Kasperek’s wife']]);
    assert.equal(story.people.find((p) => p.name === 'Dwight Kasperek')?.speaks, false);
    assert.equal(story.people.find((p) => p.name === 'Giulia Ferraresi')?.speaks, true);
    assert.deepEqual(findings, []);
  });

  it('reads where someone works, named like a person, as a firm (`a strategist with Raymond James`), so `he said` is the strategist', () => {
    const { story, findings } = analyzeStory(wire`
      NEW YORK (AP) — Shares of Halvorsen Foods fell 14% Thursday after the company cut its forecast for the year.

      “This company priced itself for perfection,” said Mark Whitcomb, a strategist with Raymond James.

      “Investors are punishing the guidance,” he said.

      Ellen Ruiz, an economist at Stifel Nicolaus, said the selloff was overdone. “The brands are fine,” she said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Mark Whitcomb', 'Mark Whitcomb', 'Ellen Ruiz']);
    assert.deepEqual(story.people.filter((p) => p.kind === 'organization').map((p) => p.name), ['Halvorsen Foods', 'Raymond James', 'Stifel Nicolaus']);
    assert.deepEqual(findings, []);
  });

  it('gives the answer to a question to the one asked, not the asker: a reporter at a news conference, a prosecutor at a trial', () => {
    const conference = analyzeStory(wire`
      MADISON, Wis. (AP) — Gov. Ellen Marchetti on Thursday refused to say whether she would sign a $2 billion income tax cut.

      “I want people in this state to keep more of their money,” Marchetti said.

      “Will you sign it?” a reporter asked.

      “I’m going to read every page of it first,” she said.
    `);
    assert.deepEqual(conference.story.quotations.map((q) => conference.story.people[q.speaker]?.name ?? q.attribution?.subjectText), ['Ellen Marchetti', 'a reporter', 'Ellen Marchetti']);
    assert.deepEqual(conference.findings, []);

    const trial = analyzeStory(wire`
      DULUTH, Minn. (AP) — Renata Solberg, who lives across the street from the bait shop, testified Tuesday that she saw a man carry a gas can to its back door.

      Prosecutor Rachel Iverson-Park asked Solberg how far away she had been.

      “Maybe 40 feet. I could see his face.”
    `);
    assert.deepEqual(trial.story.quotations.map((q) => [trial.story.people[q.speaker]?.name, q.attribution?.via]), [['Renata Solberg', 'paraphrase']]);
    assert.deepEqual(trial.findings, []);

    // Asked about someone the story has not introduced: nobody to give the answer to.
    const unknown = analyzeStory(wire`
      DULUTH, Minn. (AP) — A neighbor testified Tuesday that she saw a man carry a gas can to the bait shop’s back door.

      Prosecutor Rachel Iverson-Park asked the neighbor how far away she had been.

      “Maybe 40 feet. I could see his face.”
    `);
    assert.deepEqual(unknown.findings.map((f) => f.rule), ['attribution-missing']);
  });

  it('gives a quote paragraph to the speaker the paragraph before paraphrases, a partial quotation in the paraphrase or not', () => {
    const { story, findings } = analyzeStory(wire`
      FRANKFORT, Ky. (AP) — Republican Graham Haldane conceded the Kentucky governor’s race to Democrat Irene Whitford early Wednesday.

      Haldane, speaking to supporters in Lexington, said the party had “lost its way on the basics.”

      “We talked about everything except what people wake up worried about. That is on me, and nobody else.

      “We will be back.”
    `);
    assert.deepEqual(speakers(story), [
      ['Graham Haldane', 'name'],
      ['Graham Haldane', 'paraphrase'],
      ['Graham Haldane', 'running'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a number with thousands commas as one word, so a clause holding it does not cut the subject from its verb', () => {
    const { story, findings } = analyzeStory(wire`
      TUCSON, Ariz. (AP) — Lucinda Paz, a businesswoman who spent $400,000 of her own money on the race, conceded Wednesday.

      Paz, who won 12,870 votes, about 1,200 fewer than the mayor, said, “I am not done with City Hall.”
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Lucinda Paz']);
    assert.deepEqual(findings, []);
  });

  it('reads the name set off after a role, before where the person works (`An analyst, Sunita Varghese of Jefferies, said`)', () => {
    const { story, findings } = analyzeStory(wire`
      PITTSBURGH (AP) — Corvale Steel reported a third-quarter loss Tuesday as orders from automakers fell.

      An analyst, Sunita Varghese of Jefferies, said, “They are late to every turn in this market.”

      “The mills run half empty,” she said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Sunita Varghese', 'Sunita Varghese']);
    assert.deepEqual(findings, []);
  });

  it('reads the bodies and things a wildfire story quotes: `Bend Fire and Rescue`, `Cascade Power & Light` as `the utility`, an alert, a band', () => {
    const { story, findings } = analyzeStory(wire`
      BEND, Ore. (AP) — A wildfire west of Bend forced about 3,000 people from their homes Sunday, and Gov. Patricia Lindahl sent National Guard crews to help.

      Chief Ana Roybal of Bend Fire and Rescue said, “The wind turned on us twice in an hour.”

      The county’s emergency alert read: “GO NOW. Leave immediately.”

      Cascade Power & Light shut off power to 9,000 customers. In a statement, the utility said it “is cooperating fully with investigators.”

      A spokesman for Oregon Fish and Wildlife said elk had been seen fleeing east.

      The Lonesome Pines canceled a show at the Tower Theatre. “We will play it for free when this is over,” the band said.
    `);
    const speaker = (q: (typeof story.quotations)[number]) => story.people[q.speaker]?.name ?? q.attribution?.subjectText;
    assert.deepEqual(story.quotations.map(speaker), ['Ana Roybal', 'alert', 'Cascade Power & Light', 'Lonesome Pines']);
    assert.deepEqual(story.people.filter((p) => p.kind === 'organization').map((p) => p.name), ['National Guard', 'Bend Fire and Rescue', 'Cascade Power & Light', 'Oregon Fish and Wildlife', 'Lonesome Pines', 'Tower Theatre']);
    assert.deepEqual(findings, []);
  });

  it('reads congregations named like people as organisations (`Temple Beth Shalom`, `Masjid Al-Noor`, `Shiloh Baptist`), never as a `she`', () => {
    const { story, findings } = analyzeStory(wire`
      DAYTON, Ohio (AP) — Three congregations have shared one Friday meal for the hungry since a fire closed the kitchen at Shiloh Baptist in January.

      The Rev. Denise Warrington, Shiloh Baptist’s pastor, said the meal never missed a week. Rabbi Aaron Kessler has led Temple Beth Shalom since 2012.

      The meal moved to Temple Beth Shalom in March, then to Masjid Al-Noor in June.

      “It was the right thing to do,” she said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'organization').map((p) => p.name), ['Shiloh Baptist', 'Temple Beth Shalom', 'Masjid Al-Noor']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Denise Warrington']);
    assert.deepEqual(findings, []);
  });

  it('reads military ranks as titles (`Army Pfc.`, `Air Force Brig. Gen.`, `Army Spc.`, `Navy Seaman`), never as people', () => {
    const { story } = analyzeStory(wire`
      FORT CAMPBELL, Ky. (AP) — Army Pfc. Dana Ruiz, Army Spc. Tom Okafor and Navy Seaman Luis Brandt stood at the back as Air Force Brig. Gen. Marcia Hollis read the names Tuesday.

      Chief Petty Officer Tom Seaman, who retired in 1991, said the ceremony had not changed in 50 years.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.title ?? '']), [
      ['Dana Ruiz', 'Army Pfc.'],
      ['Tom Okafor', 'Army Spc.'],
      ['Luis Brandt', 'Navy Seaman'],
      ['Marcia Hollis', 'Air Force Brig. Gen.'],
      ['Tom Seaman', 'Chief Petty Officer'],
    ]);
  });

  it('reads a Spanish name’s first surname alone as that person (`García` for Rosa Elena García Márquez, not her son Mateo Pineda García)', () => {
    const { story, findings } = analyzeStory(wire`
      EL PASO, Texas (AP) — A federal judge on Thursday blocked the deportation of Rosa Elena García Márquez, a Honduran mother of three who has lived in El Paso since 2015.

      Her eldest son, Mateo Pineda García, 19, waited outside the courthouse with his two younger sisters.

      “Now I can breathe,” García said in Spanish.

      “We packed a suitcase anyway,” Pineda said. Margaret Pelkey Doyle, a neighbor who drove the family, said she had cried. “So did the judge, almost,” Doyle said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Rosa Elena García Márquez', 'Mateo Pineda García', 'Margaret Pelkey Doyle']);
    assert.deepEqual(findings, []);
  });

  it('reads a launch story’s radio calls (`radioed`, `Mission Control radioed`) as attribution', () => {
    const { story, findings } = analyzeStory(wire`
      CAPE CANAVERAL, Fla. (AP) — Retired Navy Capt. Marcus Ellery commanded the flight. Astronaut Renee Bachman served as capsule communicator in Houston.

      “Meridian, Houston. Welcome to space,” Bachman radioed.

      “Good to be here, Houston,” Ellery radioed back. Mission Control relayed the news to the families a minute later.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Renee Bachman', 'Marcus Ellery']);
    assert.deepEqual(findings, []);
  });

  it('gives `he said` after `A Foreign Ministry spokesman said` to the spokesman, not to the minister named before', () => {
    const { story, findings } = analyzeStory(wire`
      SEOUL, South Korea (AP) — Foreign Minister Lee Jae-sung said Wednesday that Seoul would wait for China’s reply before deciding its next step.

      A Foreign Ministry spokesman said the Chinese envoy was called in before noon.

      “We conveyed our strong regret,” he said.

      A spokeswoman for Samsung said the company’s plants in China were running normally. “We see no disruption,” she said.
    `);
    assert.deepEqual(speakers(story), [
      [undefined, 'description'],
      [undefined, 'description'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads more ways of saying (`read aloud`, `read from a statement`, `sang`, `commented`, `posted online` in hard-wrapped copy)', () => {
    const { story, findings } = analyzeStory(wire`
      DULUTH, Minn. (AP) — A judge sentenced Dwight Kasperek to 12 years in prison Tuesday for the fire that killed a night clerk, Ruth Meeks.

      Judge Evelyn Stroud called the fire “an act of rage.”

      “My mother sang in the choir for 40 years,” Andre Meeks read aloud. “She forgave everybody,” his sister, Janelle Albright, read from a handwritten statement.

      “Dad worked the mill six days and drank the seventh,” Meeks’ favorite singer, Hollis Crane, sang on a 1976 record she played every morning.

      “Justice,” Stroud’s clerk commented under the court’s post.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name ?? q.attribution?.subjectText), ['Evelyn Stroud', 'Andre Meeks', 'Janelle Albright', 'Hollis Crane', 'Stroud’s clerk']);
    assert.deepEqual(findings, []);
    const wrapped = analyzeStory(
      [
        'ATLANTA (AP) — The Atlanta Falcons acquired edge rusher Tobias',
        'Okafor from the Buffalo Bills on Tuesday for a second-round pick.',
        '“Buffalo, you gave a kid from Tulsa a home,” Okafor posted online.',
        '“Every snowy Sunday was worth it. Atlanta, let’s get to work.”',
        '',
      ].join('\n'),
    );
    assert.deepEqual(wrapped.story.quotations.map((q) => [wrapped.story.people[q.speaker]?.name, q.attribution?.via]), [
      ['Tobias Okafor', 'name'],
      ['Tobias Okafor', 'paragraph'],
    ]);
    assert.deepEqual(wrapped.findings, []);
  });

  it('reads a title opening a paragraph as the subject of the writer’s sentence, not a quotation without a speaker', () => {
    const { story, findings } = analyzeStory(wire`
      NASHVILLE, Tenn. (AP) — Hollis Crane, singer of the Tin Lanterns, died Saturday at his home in Franklin. He was 79.

      “Gravel Road Lullaby” was recorded in one take in a barn outside Knoxville in 1973.

      “Mill Town Saturday,” the band’s biggest hit, reached No. 9 on the country chart in 1977.

      “No Comment” was all Crane would say about the band’s breakup.
    `);
    assert.deepEqual(story.quotations.map((q) => [q.text, q.isTitle, story.people[q.speaker]?.name]), [
      ['Gravel Road Lullaby', true, undefined],
      ['Mill Town Saturday,', true, undefined],
      ['No Comment', false, 'Hollis Crane'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a song’s name set off after a noun, or opening a paragraph with its description, as a title; a one-word answer before its speaker as speech', () => {
    const { story, findings } = analyzeStory(wire`
      NASHVILLE, Tenn. (AP) — Nell Harlan’s fourth album, “Low Water,” is out Friday on the independent label Cedar Lane.

      The opener, “Sandbags,” kicks in with a fiddle and a snare drum.

      “Deductible,” a stomping complaint about an insurance adjuster, is funny the first time.

      Harlan was asked whether she would tour again. “Absolutely,” the singer, a Knoxville native, said.

      Her manager, Dale Ruckert, said, “Soon,” and left it there.
    `);
    assert.deepEqual(story.quotations.map((q) => [q.text, q.isTitle, q.attribution?.subjectText]), [
      ['Low Water,', true, undefined],
      ['Sandbags,', true, undefined],
      ['Deductible,', true, undefined],
      ['Absolutely,', false, 'the singer'],
      ['Soon,', false, 'Dale Ruckert'],
    ]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });

  it('reads a play’s line held up between dashes, or its last words set off by commas, as the writer’s, and `In her words, “…,” she said` as speech', () => {
    const { story, findings } = analyzeStory(wire`
      MINNEAPOLIS (AP) — Three sisters share a lighthouse in “The Keeper’s Daughters,” the new play by Tobias Wendt that opened Thursday.

      Agnes’ best line — “You keep a light so other people can leave” — lands like a slammed door.

      The play’s last words, “Turn it off,” are spoken in the dark.

      Wendt wrote the play in a month. In his words, “It was already there,” he said.
    `);
    assert.deepEqual(story.quotations.map((q) => [q.text, q.isTitle, story.people[q.speaker]?.name]), [
      ['The Keeper’s Daughters,', true, undefined],
      ['You keep a light so other people can leave', true, undefined],
      ['Turn it off,', true, undefined],
      ['It was already there,', false, 'Tobias Wendt'],
    ]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });

  it('reads a word used as a word, a scare quote or a nickname opening a paragraph as the writer’s, and speech that opens one as speech', () => {
    const { story, findings } = analyzeStory(wire`
      SALEM, Ore. (AP) — The Salem City Council passed an immigration resolution Monday after four months of debate.

      Councilor Ines Barraza-Holt, who wrote the first draft, voted for it.

      “Sanctuary” appears 14 times in the first draft and not once in the final version.

      “Listening sessions” at the courthouse drew more than 300 people over the summer.

      “Bucket” Caudill, who ran the feed store for 40 years, spoke last.

      “Big Bob” McAllister died in 2009.

      “We are done arguing” was how Barraza-Holt put it.
    `);
    assert.deepEqual(story.quotations.map((q) => [q.text, q.isTitle, story.people[q.speaker]?.name]), [
      ['Sanctuary', true, undefined],
      ['Listening sessions', true, undefined],
      ['Bucket', true, undefined],
      ['Big Bob', true, undefined],
      ['We are done arguing', false, 'Ines Barraza-Holt'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a song sung or played as its title, words a crowd or children sing or chant as theirs, and `chants of “…”` as the writer’s', () => {
    const { story, findings } = analyzeStory(wire`
      HARLAN SPRINGS, Ky. (AP) — Hundreds of people gathered Saturday at the memorial garden to mark 50 years since the Harlan Creek flood.

      At the end of the service, the Harlan Springs Baptist Church choir sang “Amazing Grace.” The crowd sang along to “Shall We Gather at the River,” and a fiddler played “Why Me, Lord?” as the names were read.

      Then the children sang, “We will remember, we will rebuild.”

      “Never again,” the crowd chanted.

      Chants of “Harlan strong! Harlan strong!” filled the garden as the bell rang, and cries of “Amen!” answered the pastor.
    `);
    assert.deepEqual(story.quotations.map((q) => [q.text, q.isTitle, q.attribution?.via, q.attribution?.subjectText]), [
      ['Amazing Grace.', true, undefined, undefined],
      ['Shall We Gather at the River,', true, undefined, undefined],
      ['Why Me, Lord?', true, undefined, undefined],
      ['We will remember, we will rebuild.', false, 'description', 'the children'],
      ['Never again,', false, 'description', 'the crowd'],
      ['Harlan strong! Harlan strong!', true, undefined, undefined],
      ['Amen!', true, undefined, undefined],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a given name and a surname that ends institutions’ and streets’ names (Park, Hall, Mills) as a person when told of as one', () => {
    const { story, findings } = analyzeStory(wire`
      SAN FRANCISCO (AP) — An outage in Corvale’s cloud service left owners of its new smart glasses unable to use voice features for most of Wednesday.

      Daniel Park, the company’s chief technology officer, said a routine update had been pushed without review.

      “That should not have happened,” he said.

      Ellen Hall, 52, a nurse in Oakland, said her glasses went dark in the middle of a shift. Marcus Mills said he returned his pair.

      Protesters gathered on Grant Street, and a vigil was held at Grant Park, the city’s oldest.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.kind]), [
      ['Daniel Park', 'person'],
      ['Ellen Hall', 'person'],
      ['Marcus Mills', 'person'],
      ['Grant Street', 'organization'],
      ['Grant Park', 'organization'],
    ]);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Daniel Park');
    assert.deepEqual(findings, []);
  });

  it('reads officers, clergy, diplomats and players by title, position or nationality alone (`the general`, `the pontiff`, `the British ambassador`, `the safety`, `the Swede`)', () => {
    const { story, findings } = analyzeStory(wire`
      WASHINGTON (AP) — Gen. Patricia Wexford, who leads Army Futures Command, said Thursday the service would field a new drone interceptor next year.

      Vice Adm. Roland Castellano said the Navy was testing a version for ships.

      “We cannot keep shooting a $2 million missile at a lawn mower with wings,” the general said.

      British Ambassador Catherine Ashdown-Price and Russian Ambassador Dmitri Sokolovsky clashed over the resolution at the United Nations.

      “There are children tonight who will not eat,” the British ambassador said.

      “Nobody in that room believed the Russians would abstain,” a Western diplomat said. Diplomats said a new text could come next week.

      “His Majesty is deeply disappointed,” the palace said.

      Safety Curtis Pembleton, 31, intercepted a pass at the Portland 30 with 1:10 left. “I bit both times,” the safety said. “I was not biting a third time,” the 31-year-old said.

      Sweden’s Axel Lindgren finished two shots back. “It’s a bit annoying,” the Swede said.
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, q.attribution?.via, q.attribution?.subjectText]), [
      ['Patricia Wexford', 'role', 'the general'],
      ['Catherine Ashdown-Price', 'role', 'the British ambassador'],
      [undefined, 'description', 'a Western diplomat'],
      [undefined, 'description', 'the palace'],
      ['Curtis Pembleton', 'role', 'the safety'],
      [undefined, 'description', 'the 31-year-old'],
      [undefined, 'description', 'the Swede'],
    ]);
    assert.deepEqual(story.people.filter((p) => /^(?:British|Swede|Diplomats)$/.test(p.name)), []);
    assert.deepEqual(findings, []);
  });

  it('keeps the speaker of a quotation paragraph for the next `he said`, past a man its attribution names in passing', () => {
    const { story, findings } = analyzeStory(wire`
      LAS VEGAS (AP) — Kenta Morishita scored 34 points, and the Las Vegas Nighthawks beat the Seattle Orcas 118-109 on Wednesday night.

      “I felt good from the first shot,” Morishita said through his interpreter, Daisuke Arai.

      “When they trust me like that, I have to shoot,” he said.

      “We didn’t panic,” said guard Mason Crewe, who found Andre Fulbright for the go-ahead 3-pointer.

      “Nobody on the bench was yelling,” he said.
    `);
    assert.deepEqual(speakers(story), [
      ['Kenta Morishita', 'name'],
      ['Kenta Morishita', 'pronoun'],
      ['Mason Crewe', 'name'],
      ['Mason Crewe', 'pronoun'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('keeps a father and son apart by suffix (`Jr.`, `Sr.`) and reads `the elder` and `the younger` by suffix or by the kin word that introduced them', () => {
    const { story, findings } = analyzeStory(wire`
      DARLINGTON, S.C. (AP) — Wade Tolliver Jr. won the Southern 400 on Sunday night in a car owned by his father, Wade Tolliver Sr., who won the same race in 1994.

      “I’ve watched the tape of his win a thousand times,” the younger Tolliver said.

      “He drove it better than I did,” the elder Tolliver said.

      At Churchill Downs, Copper Lantern gave trainer Dale Mercier and his son, jockey Luc Mercier, the biggest win of their careers.

      “I’ve been waiting on one like this a long time,” the elder Mercier said.

      Green Bay safety Javon Bullard-St. John Jr. had his first interception. Bullard-St. John said his father, Javon Bullard-St. John Sr., called him before the game.

      “He told me not to be scared of the moment,” the younger Bullard-St. John said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Wade Tolliver Jr.', 'Wade Tolliver Sr.', 'Dale Mercier', 'Javon Bullard-St. John Jr.']);
    assert.deepEqual(findings, []);
  });

  it('reads a company named like a person as a company by its last word or what only a company has (`Brightwater Dairy`, `Ashgrove Kessel shares`)', () => {
    const { story, findings } = analyzeStory(wire`
      MINNEAPOLIS (AP) — Halvorsen Foods will buy rival Brightwater Dairy for about $4.2 billion, the two companies said Monday.

      “Our board looked hard at every option,” Brightwater CEO Marisol Dunleavy said on a call with analysts.

      Brightwater Dairy shares jumped 22% in afternoon trading, and Ashgrove Kessel shares fell 3%.

      “The market clearly agrees with us,” she said.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.kind]), [
      ['Halvorsen Foods', 'organization'],
      ['Brightwater Dairy', 'organization'],
      ['Marisol Dunleavy', 'person'],
      ['Ashgrove Kessel', 'organization'],
    ]);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Marisol Dunleavy', 'Marisol Dunleavy']);
    assert.deepEqual(findings, []);
  });

  it('gives `it said` to the company that speaks in its own paragraph, not the one the story led with', () => {
    const { story, findings } = analyzeStory(wire`
      SAN FRANCISCO (AP) — Corvale Inc. said Tuesday it would buy the headset maker Lumina for $800 million.

      Lumina said its board had approved the sale. “We could not have found a better home,” it said.
    `);
    assert.deepEqual(speakers(story), [['Lumina', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('reads given names and surnames that are also months (`June Tran`, `April Nguyen`, `Derek May`) as names', () => {
    const { story, findings } = analyzeStory(wire`
      GARDEN GROVE, Calif. (AP) — Mayor Anh Tran said Tuesday that she supported a weekend night market on Brookhurst Street.

      Council member June Tran, who is not related to the mayor, voted against it, as did Council member Derek May.

      “I am against doing it in a hurry,” June Tran said.

      “We have not finished the parking study,” May said. “I will go every week,” said resident April Nguyen.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Anh Tran', 'June Tran', 'Derek May', 'April Nguyen']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['June Tran', 'Derek May', 'April Nguyen']);
    assert.deepEqual(findings, []);
  });

  it('gives a pronoun to the subject after an opening phrase that names someone else (`Asked about his pass to Gadsby, Morishita laughed.`)', () => {
    const { story, findings } = analyzeStory(wire`
      LAS VEGAS (AP) — Kenta Morishita scored 34 points, and the Las Vegas Nighthawks beat the Seattle Orcas 118-109 on Wednesday night.

      Asked about his pass to Terrence Gadsby, Morishita laughed.

      “I saw him running, so I just threw it,” he said.
    `);
    assert.deepEqual(speakers(story), [['Kenta Morishita', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('keeps a hard-wrapped question with its attribution on the next line (`…, was it?”` / `Kimbro asked.`) in one paragraph', () => {
    const wrapped = analyzeStory(
      [
        'NASHVILLE, Tenn. (AP) — Wendell Praither, 71, a retired songwriter, told a',
        'federal jury Tuesday that he wrote the chorus of the country hit “Gravel Road',
        'Goodbye” in 1998. The singer’s lawyer, Thaddeus Kimbro, pressed him.',
        '“So the phrase ‘porch light burning’ wasn’t yours to begin with, was it?”',
        'Kimbro asked.',
        '“Nobody owns a porch light,” Praither said. “But I own that song.”',
        '',
      ].join('\n'),
    );
    assert.deepEqual(wrapped.story.quotations.filter((q) => q.depth === 0 && !q.isTitle).map((q) => [wrapped.story.people[q.speaker]?.name, q.attribution?.via]), [
      ['Thaddeus Kimbro', 'name'],
      ['Wendell Praither', 'name'],
      ['Wendell Praither', 'paragraph'],
    ]);
    assert.deepEqual(wrapped.findings, []);
  });

  it('keeps two people whose family name comes first apart by their given names (`Liu Wing`, `Liu Jianguo`)', () => {
    const { story, findings } = analyzeStory(wire`
      OAKLAND, Calif. (AP) — The founder of the Golden Gate Noodle Co., Liu Wing, worked in a flour mill in Taishan before he sailed for San Francisco in 1921.

      “When I was a boy, my grandmother said our uncle in America made noodles for the whole city,” said Liu Jianguo, 80, a cousin who still lives in Taishan.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Liu Wing', 'Liu Jianguo']);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Liu Jianguo');
    assert.deepEqual(findings, []);
  });

  it('reads horses and events named like people as no one a pronoun can mean (`His mount, Sky Marshal,`, `her Silver Jubilee`)', () => {
    const { story, findings } = analyzeStory(wire`
      LOUISVILLE, Ky. (AP) — Jockey Irad Calloway won his first stakes race in two years on Saturday.

      His mount, Sky Marshal, rallied from last to win the Bluegrass Mile by a length.

      “I’ve waited a long time for this one,” he said.

      Calloway’s mother, Joan Pickersgill, said she had watched him ride at the Royal Jubilee in 2019 and at the Pro Bowl halftime show.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Irad Calloway', 'Joan Pickersgill']);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Irad Calloway');
    assert.deepEqual(findings, []);
  });

  it('reads a name after `to` as a person when the copy goes on to tell of one (`went to Tyreek Fulbright, who …`), not a place in `neighbors in La Ceiba who said`', () => {
    const { story, findings } = analyzeStory(wire`
      SAN ANTONIO (AP) — Mason Crewe threw for 261 yards, and the Portland Pioneers beat the San Antonio Marshals 24-17 on Sunday.

      The tying touchdown went to Tyreek Fulbright, who was signed off the practice squad Tuesday.

      “Five days ago I was on the scout team,” he said.

      Fulbright’s mother flew in from La Ceiba, where neighbors in La Ceiba who said they had never seen a game stayed up to watch.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Mason Crewe', 'Tyreek Fulbright']);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Tyreek Fulbright');
    assert.deepEqual(findings, []);
  });

  it('gives a pronoun to a speaker described with a place (`A father from Fort Mill`), past a described speaker of the other gender', () => {
    const read = (second: string) =>
      analyzeStory(wire`
        ROCK HILL, S.C. (AP) — School board Chairman Dwayne Pettigrew said the board would vote on the phone ban in June.

        A father from Fort Mill said he needs to reach his son during the day.${second}

        “If something happens at that school, I want to hear it from my kid,” he said.
      `);
    for (const second of ['', ' A mother of two at Sullivan Middle School said she agreed.']) {
      const { story, findings } = read(second);
      assert.deepEqual(story.quotations.map((q) => [q.speaker, q.attribution?.via]), [[-1, 'description']], second);
      assert.deepEqual(findings, []);
    }
  });

  it('reads a couple introduced together (`Harold and Ruth Kuehn`) as two people of one surname', () => {
    const { story, findings } = analyzeStory(wire`
      NEW ULM, Minn. (AP) — Harold and Ruth Kuehn bought the hardware store on Minnesota Street in 1988, and they still open it every morning at 7.

      “We thought it would be a few years,” Harold said.

      “He thought it would be a few years,” Kuehn said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Harold Kuehn', 'Ruth Kuehn']);
    // Harold called by his first name, the surname is Ruth's (AP's way with people who share one).
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Harold Kuehn', 'Ruth Kuehn']);
    assert.deepEqual(findings, []);
  });

  it('reads a title to come (`Mayor-elect Adaeze Okonkwo`, `the mayor-elect said`) as a title', () => {
    const { story, findings } = analyzeStory(wire`
      GREEN BAY, Wis. (AP) — Adaeze Okonkwo was elected mayor Tuesday, defeating two-term Mayor Russell Kettering.

      “I start on Monday,” Mayor-elect Adaeze Okonkwo said.

      “The riverfront is the first thing on my desk,” the mayor-elect said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Adaeze Okonkwo', 'Russell Kettering']);
    assert.deepEqual(speakers(story), [
      ['Adaeze Okonkwo', 'name'],
      ['Adaeze Okonkwo', 'role'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives a heckler’s words to the one the attribution describes (`a man in a Red Sox cap yelled`, `someone shouted`), not the candidate paraphrased before', () => {
    for (const attribution of ['a man in a Red Sox cap yelled from the back of the gym', 'someone shouted', 'a voice from the back yelled', 'a woman near the stage shouted']) {
      const { story, findings } = analyzeStory(wire`
        CONCORD, N.H. (AP) — Republican Graham Hollister promised supporters Saturday that he would cap property tax increases.

        “Two more years of this and we’re done,” ${attribution}.
      `);
      assert.deepEqual(story.quotations.map((q) => [q.speaker, q.attribution?.via]), [[-1, 'description']], attribution);
      assert.deepEqual(findings, []);
    }
  });

  it('reads a title that goes on with `of` (`Secretary of State Miriam Castellanos`) as the title before a name', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Republican Graham Hollister promised supporters Saturday that he would cap property tax increases.

      His Democratic opponent, Secretary of State Miriam Castellanos, spoke to reporters in Lewiston. Commissioner of Agriculture Dale Pike stood beside her.

      “Graham Hollister is selling something that does not exist,” she said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.title]), [
      ['Graham Hollister', 'republican'],
      ['Miriam Castellanos', 'Secretary of State'],
      ['Dale Pike', 'Commissioner of Agriculture'],
    ]);
    assert.deepEqual(findings.filter((f) => f.rule !== 'attribution-ambiguous'), []);
  });

  it('keeps each item of a digest of briefs to itself: no pronoun or surname reaches the item before', () => {
    const { story, findings } = analyzeStory(wire`
      BC-US--Plains-Weather-Briefs,480

      Plains weather and traffic briefs

      Tornado damages barns near Nebraska town

      FAIRBURY, Neb. (AP) — A brief tornado touched down west of Fairbury late Monday, destroying two machine sheds, emergency manager Colleen Rusk said.

      “We were lucky,” Rusk said.

      School bus slides off county road in Oklahoma

      ENID, Okla. (AP) — A school bus carrying 14 children slid off a gravel county road Wednesday north of Enid, but none of the students was hurt, Sheriff Tom Pruett said.

      “She did everything right,” Pruett said of the driver. “And I’ve told Rusk the same,” she said.
    `);
    assert.deepEqual(speakers(story), [
      ['Colleen Rusk', 'name'],
      ['Tom Pruett', 'name'],
      [undefined, 'pronoun'],
    ]);
    assert.deepEqual(findings.map((f) => f.rule), ['attribution-missing']);
  });

  it('gives `“…,” the order read` and `“…,” it read` (after a sign or an order named before) to what was read', () => {
    const { story, findings } = analyzeStory(wire`
      CEDAR KEY, Fla. (AP) — Officials ordered everyone off the island Tuesday as Hurricane Delphine strengthened in the Gulf.

      The order issued by Levy County was blunt. “All residents of zones A and B must leave immediately,” it read.

      “Shelters open at noon,” the county’s second order read. A sign on the bait shop door was shorter. “Gone fishing. Somewhere else,” it read.
    `);
    assert.deepEqual(story.quotations.map((q) => [q.speaker, q.attribution?.via, q.attribution?.subjectText]), [
      [-1, 'description', 'The order'],
      [-1, 'description', 'order'],
      [-1, 'description', 'A sign'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives the answer after a lawmaker’s question to the witness, not to the lawmaker who asked', () => {
    const { story, findings } = analyzeStory(wire`
      HARRISBURG, Pa. (AP) — Utility President Lionel Strathmore told a House committee Tuesday that crews had replaced 41 miles of lead pipe this year.

      “Out of how many?” asked Rep. David Fulbright, a Republican from Altoona.

      “Roughly 3,200,” he said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['David Fulbright', 'Lionel Strathmore']);
    assert.deepEqual(findings, []);
  });

  it('gives a quotation to the court document that says it (`the opinion said`, `the majority wrote`, `according to the affidavit`)', () => {
    const { story, findings } = analyzeStory(wire`
      WASHINGTON (AP) — The Supreme Court ruled 6-3 on Thursday that a Minnesota county could not cut the pensions of retired road workers, handing a win to 400 retirees.

      Chief Justice Walter Ashgrove wrote for the majority that the county had made a promise it could not take back.

      “The retirees relied on those checks for the rest of their lives,” the opinion said.

      “A promise in a contract is not a suggestion,” the majority wrote.

      “Nothing in the statute requires the county to pay forever,” the dissent said. The county’s lawyers had argued the same in their brief, which said, “Budgets change.”

      “The deputy saw the county auditor shred the letters,” according to an affidavit filed in the case.
    `);
    assert.deepEqual(story.quotations.map((q) => q.attribution?.subjectText), ['the opinion', 'the majority', 'the dissent', 'their brief', 'an affidavit']);
    assert.deepEqual(findings, []);
  });

  it('gives a quotation to the document that found it (`an AP analysis found`, `the state audit concluded`), not to the last speaker', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier.

      “Three of the 40 pilings could not carry a loaded truck,” an AP analysis of inspection records found.

      “The pier was unsafe for at least two years,” the state audit concluded.
    `);
    assert.deepEqual(speakers(story, true), [
      [undefined, 'description', 'an AP analysis'],
      [undefined, 'description', 'the state audit'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives words to the one whose answer they are (`was Marsh’s only answer`, `That was Marsh’s answer.`, `The answer, from Marsh:`, `Her answer was short.`)', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh toured the Kittering ferry pier Tuesday with harbor master Tom Levesque.

      Levesque asked whether the state would charge a toll. “No toll” was Marsh’s only answer.

      “We’ll see.” That was Marsh’s answer when asked about a second pier.

      The answer, from Marsh: “Not this year.”

      Levesque asked about the dredging. Her answer was short. “Spring.”
    `);
    assert.deepEqual(speakers(story), [
      ['Ellen Marsh', 'colon'],
      ['Ellen Marsh', 'colon'],
      ['Ellen Marsh', 'colon'],
      ['Ellen Marsh', 'beat'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads `Said Marsh:` opening a sentence as the verb and a person introduced before, and `Said Abdullah` never named before as a name', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh toured the Kittering ferry pier Tuesday. Said Abdullah, who runs the snack bar on the landing, watched from his window.

      Said Marsh: “We will rebuild every pier.”

      “We will stay,” Abdullah said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Ellen Marsh', 'Said Abdullah']);
    assert.deepEqual(speakers(story), [
      ['Ellen Marsh', 'name'],
      ['Said Abdullah', 'name'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads `they` after a sentence about a group (`Kittering residents packed …`, `The union and the company …`) as that group, not an organisation named before', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — The Kittering Ferry Authority said Tuesday it would rebuild the island’s pier by spring.

      Kittering residents packed the meeting. “We want our pier back,” they said.

      The union and the company reached a deal on overtime. “It is fair to both sides,” they said in a joint statement.
    `);
    assert.deepEqual(speakers(story, true), [
      [undefined, 'description', 'they'],
      [undefined, 'description', 'they'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('takes speech denied (`a developer, who has not said what will go there`) for no speech', () => {
    const { story, findings } = analyzeStory(wire`
      PORTLAND, Maine (AP) — Margaret Pelkey Doyle and her sister ran the Porthole diner on Commercial Street for 41 years.

      The sisters sold the building to a developer, who has not said what will go there.

      “We’ll see,” was all she would say about that.
    `);
    assert.deepEqual(speakers(story), [['Margaret Pelkey Doyle', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('reads a role noun and a surname opening a sentence (`Owner Pruitt said`) as a role and the person of that surname', () => {
    const { story, findings } = analyzeStory(wire`
      MINNEAPOLIS (AP) — Gary Pruitt has run the club for 31 years. Owner Pruitt said Sunday the rent had nearly tripled.

      “We are done,” Pruitt said.

      Meteorologist Klotzbach said the storm would pass by morning.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.introduced]), [
      ['Gary Pruitt', true],
      ['Klotzbach', false],
    ]);
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.end)]), [['attribution-unknown', 'Klotzbach']]);
  });

  it('reads `Rapper Drake` opening a sentence as a performer known by one name, and `Baker Mayfield` as a name', () => {
    const { story, findings } = analyzeStory(wire`
      NASHVILLE, Tenn. (AP) — Rapper Drake opened the show Wednesday night. Baker Mayfield, the Tampa Bay quarterback, watched from a suite.

      “Nashville always shows up,” Drake said.

      “I came for the music,” Mayfield said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.title, p.introduced]), [
      ['Drake', 'rapper', true],
      ['Baker Mayfield', 'Tampa Bay quarterback', true],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a roundup of reaction set apart by `___` as copy, each quotation signed after a dash', () => {
    const { story, findings } = analyzeStory(wire`
      BC-US--Supreme-Court-Reaction
      Reaction to the Supreme Court’s ruling on water rights
      By The Associated Press

      Reaction Thursday to the U.S. Supreme Court’s ruling that Texas may sue New Mexico over groundwater pumping:

      ___

      “This is a good day for every farmer downstream of Elephant Butte.” — Texas Attorney General Ken Paxton, in a statement.

      ___

      “We will keep defending New Mexico’s water in court.” — New Mexico Gov. Michelle Lujan Grisham.

      ___

      AP writer Susan Montoya Bryan contributed from Albuquerque.
    `);
    assert.deepEqual(kinds(story).slice(3), ['paragraph', 'endMark', 'paragraph', 'endMark', 'paragraph', 'endMark', 'contributor']);
    assert.deepEqual(speakers(story), [
      ['Ken Paxton', 'dash'],
      ['Michelle Lujan Grisham', 'dash'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads joint speakers past `both`, past the second name’s role, three of them in a list, and a name with a role (`Marsh and the harbor master`)', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh toured the harbor Tuesday with harbor master Tom Levesque.

      “We will rebuild,” Marsh and Levesque both said.

      “It will take years,” Gov. Marsh and harbor master Levesque said.

      Mayor Kate Snow joined them at the pier. “Every one of them,” Marsh, Levesque and Snow said in a joint statement.

      “Not one boat lost,” Marsh and the harbor master said.
    `);
    const name = (i: number) => story.people[i]?.name;
    assert.deepEqual(story.quotations.map((q) => [name(q.speaker), (q.coSpeakers ?? []).map(name)]), [
      ['Ellen Marsh', ['Tom Levesque']],
      ['Ellen Marsh', ['Tom Levesque']],
      ['Ellen Marsh', ['Tom Levesque', 'Kate Snow']],
      ['Ellen Marsh', ['Tom Levesque']],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a group standing as the subject after a quotation (`both said`, `each of them said`, `all three said`)', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh, harbor master Tom Levesque and Mayor Kate Snow toured the harbor.

      “We will rebuild,” all three said.

      “Every pier,” both said.

      “It will take years,” each of them said.
    `);
    assert.deepEqual(story.quotations.map((q) => [q.attribution?.via, q.attribution?.subjectText]), [
      ['description', 'all three'],
      ['description', 'both'],
      ['description', 'each of them'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('gives a colon lead that opens with a role’s possessive (`The governor’s answer:`) to the role’s holder', () => {
    const { story, findings } = analyzeStory(wire`
      AUGUSTA, Maine (AP) — Gov. Ellen Marsh toured the storm-damaged harbor in Portland on Tuesday.

      The governor’s answer: “Whatever it takes.”

      The mayor’s answer: “We’ll see.”
    `);
    assert.deepEqual(speakers(story), [['Ellen Marsh', 'colon'], [undefined, undefined]]);
    // Nobody in the story is the mayor: that quotation has no speaker.
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.end)]), [['attribution-missing', '“We’ll see.”']]);
  });

  it('reads the end of a person’s longer name as that person, though it looks like a place', () => {
    const { story, findings } = analyzeStory(wire`
      TUCSON, Ariz. (AP) — Councilwoman Lane Santa Cruz and Mayor Regina Peña toured the flooded wash Tuesday.

      “It was the right call to close the road,” Santa Cruz said.

      The county will reopen the road to Santa Cruz County next week.
    `);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Lane Santa Cruz');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('reads a subject past a day phrase, and a feature’s present-tense verb as attribution', () => {
    const { story, findings } = analyzeStory(wire`
      SCITUATE, Mass. (AP) — Gov. Maura Healey on Tuesday called the storm damage “heartbreaking” and promised state money to rebuild.

      “It was the worst storm in 40 years.” That is how harbor master Tom Levesque describes the blizzard that took the town pier.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Maura Healey', 'Tom Levesque']);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('reads a surname with an elided article (d’Arcy) as a name', () => {
    const { story, findings } = analyzeStory(wire`
      PARIS (AP) — Marie-Claire d’Arcy has waited outside the Parc des Princes before every home game since 1998.

      “We love them even when they lose,” d’Arcy said.
    `);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Marie-Claire d’Arcy');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('reads a county supervisor’s title apart from her name', () => {
    const { story } = analyzeStory(
      wire`
        RIO VISTA, Calif. (AP) — County Supervisor Grace Liang said the levee tax was a bet on state and federal money.

        “The towns that show up with their own money get funded first,” Liang said.
      `,
    );
    const liang = story.people.find((p) => p.surname === 'Liang');
    assert.equal(liang?.name, 'Grace Liang');
    assert.equal(liang?.title, 'County Supervisor');
    assert.equal(story.quotations[0].speaker, liang?.index);
  });

  it('splits a hard-wrapped day file with no blank lines at its full slug lines', () => {
    const text = wire`
      BC-US--Maple-Season,210
      Maple producers brace for a short season
      BURLINGTON, Vt. (AP) -- Vermont's maple producers expect a short season
      after a warm February, the state's sugarmakers association said Monday.
      "We tapped two weeks early," said sugarmaker Hannah Lowell.
      BC-US--Ice-Out,1st Ld-Writethru,190
      Ice leaves Moosehead Lake at record pace
      GREENVILLE, Maine (AP) — The ice went out on Moosehead Lake on Tuesday,
      the earliest date on record, harbor master Tom Levesque said.
      “We’ve kept the log since 1848,” Levesque said.
    `;
    const { story, findings } = analyzeStory(text);
    assert.equal(story.storyCount, 2);
    assert.deepEqual(findings.map((f) => f.rule), []);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Hannah Lowell', 'Tom Levesque']);
  });

  it('ends a hard-wrapped paragraph at an attributed quotation whose last line ran full', () => {
    const paragraphs = [
      'SPRINGFIELD, Ill. (AP) — A toy store that outlived two malls and the internet closed for good on Saturday after 71 years.',
      'City Council member Ana Bustamante, whose ward includes the store, said the city should do more to keep small shops downtown.',
      '“When a place like Kessler’s goes, it’s not just a store,” Bustamante said. “It’s a memory that the whole town shares. We keep losing those.”',
      'Ruth Kessler said she plans to give the store’s last unsold toys to a children’s hospital.',
      '“Every one of them is supposed to be played with,” she said.',
    ];
    const wrapped = wrapAt72(paragraphs);
    // The third paragraph's last line runs so near 72 columns that `Ruth` would not fit: no short line shows the break.
    assert.ok(wrapped.hidesBreakAfter(2));
    const { story, findings } = analyzeStory(wrapped.text);
    assert.equal(story.layout, 'wrapped');
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Ana Bustamante', 'Ana Bustamante', 'Ruth Kessler']);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('ends a hard-wrapped paragraph of the writer’s own words whose last line ran full where the next line opens a quotation', () => {
    const paragraphs = [
      'SALT LAKE CITY (AP) — Water levels in Utah’s largest reservoirs fell to their lowest point on record this week, state officials said Thursday, and farmers in the Sevier Valley could see their allotments cut in half.',
      '“We are in uncharted territory,” said division director Candace Whitmore. “The reservoirs were built for a bad year.”',
      'Whitmore said the state would decide on cuts by March 1. “We will not wait for spring,” she said.',
    ];
    const wrapped = wrapAt72(paragraphs);
    assert.ok(wrapped.hidesBreakAfter(0));
    const { story, findings } = analyzeStory(wrapped.text);
    assert.equal(story.layout, 'wrapped');
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph']);
    assert.deepEqual(speakers(story), [
      ['Candace Whitmore', 'name'],
      ['Candace Whitmore', 'paragraph'],
      ['Candace Whitmore', 'pronoun'],
    ]);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('ends a hard-wrapped quoted paragraph whose closing mark has a stray space before it', () => {
    const paragraphs = [
      'PORTLAND, Maine (AP) — Ferry fares to the islands of Casco Bay will rise 12% in January, the district’s board voted.',
      '“We don’t have a lot of choices,” said board Chair Nadine Oyelowo. “It’s this or fewer boats, and nobody on these islands wants fewer boats. ”',
      'Islanders packed the meeting in the terminal’s waiting room. Many said the increase would fall hardest on commuters.',
    ];
    const wrapped = wrapAt72(paragraphs);
    assert.ok(wrapped.hidesBreakAfter(1));
    const { story } = analyzeStory(wrapped.text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph']);
    assert.ok(story.blocks[2].text.startsWith('Islanders packed'));
  });

  it('ends a hard-wrapped paragraph at a closed quotation when the next line opens another', () => {
    const paragraphs = [
      'SANTA FE, N.M. (AP) — The New Mexico Senate passed a bill early Friday that would let small farms sell water rights to cities.',
      'Environmental groups called the bill “a slow-motion giveaway of water.”',
      '“We will be watching how this is enforced,” said Dr. Amir Haddad, a hydrologist at the University of New Mexico.',
    ];
    const wrapped = wrapAt72(paragraphs);
    // `“We` would not fit after the 71-column line: nothing shows the break.
    assert.ok(wrapped.hidesBreakAfter(1));
    const { story, findings } = analyzeStory(wrapped.text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph']);
    assert.deepEqual(speakers(story), [
      [undefined, 'description'],
      ['Amir Haddad', 'name'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('reads a word hyphenated at a line’s end (PDF copy) as one word: names and quoted words', () => {
    const text = [
      'SANTA FE, N.M. (AP) — The New Mexico Senate passed a water bill early Friday.',
      '“It turns water into a commodity,” said Sen. Ana Ruiz-',
      'Hartman, a Democrat from Las Cruces who voted against the measure. “Com-',
      'modities go to whoever pays the most, and that is never the farmer.”',
      'The bill’s sponsor, Sen. Carl Beaumont, said it would keep farms solvent.',
      '“Nobody is forced to sell anything,” Beau-',
      'mont said. “Not one acre-foot.”',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Ana Ruiz-Hartman', 'Carl Beaumont']);
    assert.deepEqual(story.quotations.map((q) => [q.text, story.people[q.speaker]?.name]), [
      ['It turns water into a commodity,', 'Ana Ruiz-Hartman'],
      ['Commodities go to whoever pays the most, and that is never the farmer.', 'Ana Ruiz-Hartman'],
      ['Nobody is forced to sell anything,', 'Carl Beaumont'],
      ['Not one acre-foot.', 'Carl Beaumont'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('joins a line-end hyphen the same way in names and in quotations: a capital beyond Latin-1 or a digit keeps it', () => {
    const text = [
      'CHICAGO (AP) — Illinois will widen a stretch of Interstate 94 north of the city, state officials said Monday.',
      '“Everyone who drives I-',
      '94 at rush hour knows why,” said Transportation Secretary Marta Nowak-',
      'Łęcka, who announced the plan. “It has not been widened since 1970.”',
      'Nowak-Łęcka said work would start in the spring.',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Marta Nowak-Łęcka']);
    assert.deepEqual(story.quotations.map((q) => [q.text, story.people[q.speaker]?.name]), [
      ['Everyone who drives I-94 at rush hour knows why,', 'Marta Nowak-Łęcka'],
      ['It has not been widened since 1970.', 'Marta Nowak-Łęcka'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('ends a hard-wrapped quote paragraph that is one quotation at its closing mark, though its last line ran full', () => {
    const text = [
      'ANN ARBOR, Mich. (AP) — Teenagers in school districts that pushed back',
      'the start of the school day had about 16% fewer car crashes on school',
      'mornings, according to a study published Wednesday.',
      'Dr. Priya Natarajan, who led the study, said the timing was no accident.',
      '“We’re measuring crashes, not pillows. But the timing lines up with',
      'everything we know about adolescent biology. Their internal clocks shift',
      'later during puberty, and a 7 a.m. bell fights that every single day.”',
      'Dr. Samuel Oyelaran, a sleep medicine specialist at Johns Hopkins',
      'University who was not involved in the research, said the findings fit.',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(speakers(story), [['Priya Natarajan', 'paraphrase']]);
    assert.deepEqual(findings, []);
    // The same copy with the lead-in deleted: the quotation has no speaker, and says so.
    const bare = analyzeStory(text.replace('Dr. Priya Natarajan, who led the study, said the timing was no accident.\n', ''));
    assert.deepEqual(bare.findings.map((f) => f.rule), ['attribution-missing']);
  });

  it('finds the wrap width of hard-wrapped copy where fewer than a tenth of the lines run to it, so a break that shows is a break', () => {
    // Wrapped at 65 columns; two lines of 14 reach 65, so the 90th percentile is 64 and the
    // break before `Assembly Speaker` (56 + 1 + 8 = 65 columns) looked invisible.
    const text = [
      'MADISON, Wis. (AP) — Wisconsin lawmakers sent Gov. Ellen',
      'Marchetti a $2 billion income tax cut Wednesday, daring the',
      'Democrat to veto it in an election year.',
      'The Assembly passed the measure 54-44 on Tuesday, and the Senate',
      'approved it 18-15 on Wednesday, with every Republican voting yes',
      'and every Democrat voting no. Marchetti has six days, not',
      'counting Sundays, to act once the bill reaches her desk.',
      'Assembly Speaker Dale Kuhlmann, a Republican from Rochester, said',
      'the governor was looking for an excuse to say no to working',
      'families again.',
      '“The state is sitting on a surplus of more than $3 billion,”',
      'Kuhlmann said at a separate news conference.',
      'Marchetti, a Democrat in her second term, told reporters Thursday',
      'she would read every page of it first.',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Dale Kuhlmann']);
    assert.deepEqual(findings, []);
  });

  it('reads 7-bit ANPA quotation marks (``…\'\') when it finds the paragraphs of hard-wrapped copy: a running quote', () => {
    const text = [
      'PITTSBURGH (AP) _ Corvale Steel reported a third-quarter loss Tuesday',
      'as orders from automakers fell for a fourth straight month.',
      'Chief Executive Ronald Petrakis said the company would idle one of its',
      'two furnaces in Monessen through March.',
      "``We are not going to make steel nobody is buying,'' he said. ``We will",
      'bring it back when the orders are there, and not one day before that.',
      '``I have told our people the same thing I am telling you. Nobody is',
      "being laid off.''",
      "The company's shares fell 6% in afternoon trading.",
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, q.runsOn, q.continues]), [
      ['Ronald Petrakis', false, false],
      ['Ronald Petrakis', true, false],
      ['Ronald Petrakis', false, true],
    ]);
    assert.deepEqual(findings, []);
  });

  it('ends a hard-wrapped paragraph that holds only a title in quotation marks where the next line opens a quotation', () => {
    const text = [
      'PORTLAND, Maine (AP) — Harriet Vance, who spent 40 years cataloging the',
      'shipwrecks of the Maine coast, died Sunday. She was 91.',
      'The result, published in three volumes between 1988 and 2004',
      'as “The Wrecks of the Gulf of Maine,” became a standard',
      'reference for divers, historians and the U.S. Coast Guard.',
      '“People think shipwrecks are about treasure,” Vance told The',
      'Associated Press in 2009. “They are about weather and bad luck.”',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph']);
    assert.deepEqual(story.quotations.map((q) => [q.text, story.people[q.speaker]?.name]), [
      ['The Wrecks of the Gulf of Maine,', undefined],
      ['People think shipwrecks are about treasure,', 'Harriet Vance'],
      ['They are about weather and bad luck.', 'Harriet Vance'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('starts a paragraph at a transcript’s speaker label in hard-wrapped copy (`FERRANTE: “…”`)', () => {
    const text = [
      'COLUMBUS, Ohio (AP) — Republican Gov. Dale Hartwell and his Democratic',
      'challenger, state Sen. Monica Ferrante, traded claims about taxes and',
      'crime in their only debate Tuesday night.',
      'During the exchange, the two candidates talked over each other:',
      'FERRANTE: “You are counting dollars that were worth more 15 years ago.”',
      'HARTWELL: “I am counting dollars we actually spent.”',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Monica Ferrante', 'Dale Hartwell']);
    assert.deepEqual(findings, []);
  });

  // A short story's body hard-wrapped with no blank lines: the dateline paragraph and three more.
  const RURAL_SCHOOLS_WRAPPED = [
    'CHEYENNE, Wyo. (AP) -- A state board on Thursday approved a plan to',
    'close three rural schools in Fremont County, ending a fight that split',
    'families in the small towns of Jeffrey City, Lysite and Shoshoni.',
    '"We lost," said Lysite rancher Carol Meeks, whose three children walk',
    'to the school from the family\'s place a mile away. "But we didn\'t lose',
    'quietly."',
    'The state Board of Education voted 7-2. Board Chairman Dan Kerr said',
    'the district could no longer afford to keep buildings open for fewer than',
    '10 students each.',
    '"Nobody on this board enjoyed this vote," Kerr said. "The numbers',
    'didn\'t leave us much room."',
  ];

  it('reads hard-wrapped copy under a note and one blank line as hard-wrapped, whatever blank lines end the file', () => {
    const text = [
      'From the desk: please move this for PMs.',
      '',
      ...RURAL_SCHOOLS_WRAPPED,
      '',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.equal(story.layout, 'wrapped');
    assert.deepEqual(kinds(story), ['headline', 'dateline', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Carol Meeks', 'Carol Meeks', 'Dan Kerr', 'Dan Kerr']);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution') || f.rule.startsWith('quote-un')), []);
  });

  it('reads a short hard-wrapped story with a blank line after its header and before its end matter as hard-wrapped', () => {
    const text = [
      'BC-US--Rural-Schools',
      'Wyoming board votes to close three rural schools',
      'By JANE ORTIZ',
      'Associated Press',
      '',
      ...RURAL_SCHOOLS_WRAPPED,
      '',
      '___',
      'Associated Press writer Mead Gruver contributed to this report.',
      '',
    ].join('\n');
    const { story, findings } = analyzeStory(text);
    assert.equal(story.layout, 'wrapped');
    assert.deepEqual(kinds(story), ['slug', 'headline', 'byline', 'dateline', 'paragraph', 'paragraph', 'paragraph', 'endMark', 'contributor']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Carol Meeks', 'Carol Meeks', 'Dan Kerr', 'Dan Kerr']);
    assert.deepEqual(findings, []);
  });

  it('ends a hard-wrapped running quote’s last paragraph at its closing mark when that line ran full', () => {
    const paragraphs = [
      'PORTLAND, Maine (AP) — Ferry crews serving the islands of Casco Bay walked off the job Monday.',
      '“Nobody on this crew wants a strike,” said union steward Carl Boudreau. “But we have waited two years for a contract.',
      '“Every one of us has worked a double shift this month, and some of us have worked three of them back to back. We are done asking nicely.”',
      'Transit director Helen Ashby said the company had offered a raise of 4% a year.',
    ];
    const wrapped = wrapAt72(paragraphs);
    // The running quote's last line is 67 columns: `Transit` would not have fitted after it.
    assert.ok(wrapped.hidesBreakAfter(2));
    const { story, findings } = analyzeStory(wrapped.text);
    assert.equal(story.layout, 'wrapped');
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(speakers(story), [
      ['Carl Boudreau', 'name'],
      ['Carl Boudreau', 'paragraph'],
      ['Carl Boudreau', 'running'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('ends a hard-wrapped lead-in at its colon when the next line opens the quotation, however full the line', () => {
    const paragraphs = [
      'MONTPELIER, Vt. (AP) — Gov. Alice Brandt promised Thursday that the state would rebuild every road washed out by the flooding.',
      'Brandt, a Republican in her second term, spoke for 40 minutes. She said:',
      '“I have stood in kitchens with mud to the windowsills. The people in those kitchens did not ask me for sympathy.',
      '“They asked me one question: When? And I owe them an answer.”',
    ];
    const wrapped = wrapAt72(paragraphs);
    // `She said:` ends a 72-column line: the quotation's first word would not have fitted after it.
    assert.equal(wrapped.lines[1][wrapped.lines[1].length - 1].length, 72);
    assert.ok(wrapped.hidesBreakAfter(1));
    const { story, findings } = analyzeStory(wrapped.text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(speakers(story), [
      ['Alice Brandt', 'colon'],
      ['Alice Brandt', 'running'],
    ]);
    assert.deepEqual(findings, []);
  });

  it('keeps a writer’s sentence after a quoted sign in its hard-wrapped paragraph', () => {
    // Nobody is attributed before the line that closes the quotation: the sentence after it goes on.
    const paragraphs = [
      'SPRINGFIELD, Ill. (AP) — The sign taped inside the door of Kessler’s Toys on Adams Street carried four words: “Closed for good, thank you.” Owner Ruth Kessler put it up Saturday morning and then sat down behind the register.',
      '“I always said I would close it before it closed me,” Kessler said.',
    ];
    const wrapped = wrapAt72(paragraphs);
    assert.ok(wrapped.lines[0].some((l) => l.endsWith('you.”')), 'a line of the first paragraph ends with the closed quotation');
    const { story } = analyzeStory(wrapped.text);
    assert.deepEqual(kinds(story), ['dateline', 'paragraph']);
  });

  it('reads short paragraphs pasted one per line as paragraphs, not as hard-wrapped lines', () => {
    // Every line is under 110 columns, as wrapped copy's are; but nearly every one ends a sentence.
    const { story } = analyzeStory(wire`
      BC-US--Moose-Crash,140
      Moose walks away from crash on Route 201
      JACKMAN, Maine (AP) — A moose walked away from a crash with a logging truck early Friday.
      “It got up, shook itself off and went back into the woods,” said driver Paul Caron.
      Caron, 58, was not hurt. The truck’s grille was crushed.
      State police Sgt. Anne Rioux said moose crashes peak in late spring.
      “They come out to the road to get away from the black flies,” she said.
      Rioux urged drivers to slow down at dusk.
      “A moose weighs as much as a small car,” Rioux said. “Hit one and it comes through the windshield.”
      Caron said he planned to be back on the road Monday.
    `);
    assert.equal(story.layout, 'lines');
    assert.deepEqual(kinds(story), ['slug', 'headline', 'dateline', ...Array(7).fill('paragraph')]);
  });

  it('reads a short story pasted one paragraph per line under its byline as paragraphs', () => {
    // Four short header lines and four paragraphs: as many lines stop without a sentence's end as with one.
    const { story, findings } = analyzeStory(wire`
      BC-US--Library-Reopens,120
      Children’s room reopens at Bangor library
      By JUNE HALVORSEN
      Associated Press
      BANGOR, Maine (AP) — The Penobscot County library reopened its children’s room Saturday after a year of repairs.
      “We had kids reading in the hallway,” said librarian Joan Pelletier. “Now they have a room again.”
      Among the first through the door was Paul Arsenault’s daughter Mila, 8, with a stack of books about sharks.
      “I read all of them already,” she said. “I want new ones.”
    `);
    assert.equal(story.layout, 'lines');
    assert.deepEqual(kinds(story), ['slug', 'headline', 'byline', 'dateline', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Joan Pelletier', 'Joan Pelletier', 'Mila', 'Mila']);
    assert.deepEqual(findings, []);
  });

  it('reads each story of a day file in its own layout: one with blank lines, one hard-wrapped', () => {
    const blankStory = [
      'BC-US--Library-Hours,210',
      'Council restores library hours',
      '',
      'ST. PAUL, Minn. (AP) — The City Council restored Sunday library hours early Thursday.',
      '',
      '“We listened,” Council President Mitra Jalali said.',
      '',
    ];
    const wrappedParagraphs = [
      'OMAHA, Neb. (AP) — Two men were arrested Sunday after a police chase that ended when a stolen pickup hit a light pole, police said.',
      '“He went through three red lights in about a mile,” Omaha Police Lt. Sandra Kowalczyk said at a news briefing.',
      'Witness Jenna Morales was waiting at the light when the truck hit the pole.',
      '“It was so loud I thought a bomb went off,” Morales said.',
    ];
    const text = [...blankStory, 'BC-US--Police-Chase,190', 'Chase ends in crash', ...wrappedParagraphs.flatMap((p) => wrap(p, 72))].join('\n') + '\n';
    const { story, findings } = analyzeStory(text);
    assert.equal(story.storyCount, 2);
    assert.deepEqual(story.blocks.filter((b) => b.storyIndex === 1).map((b) => b.kind), ['slug', 'headline', 'dateline', 'paragraph', 'paragraph', 'paragraph']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Mitra Jalali', 'Sandra Kowalczyk', 'Jenna Morales']);
    assert.deepEqual(findings, []);
  });

  it('reports offsets that survive CRLF line ends and a byte-order mark', () => {
    const text = '\uFEFF' + blankLayout().replace(/\n/g, '\r\n').replace('moon.”', 'moon.');
    const { story, findings } = analyzeStory(text);
    const unclosed = findings.filter((f) => f.rule === 'quote-unclosed');
    assert.equal(unclosed.length, 1);
    const r = spanToRange1(story.lineStarts, unclosed[0]);
    // Line 11 of the CRLF text is the “Nobody here…” paragraph.
    assert.equal(text.split('\r\n')[r.line - 1].slice(r.column - 1, r.column + 6), '“Nobody');
    assert.equal(kinds(story)[0], 'slug');
  });

  it('splits a day file into stories, each with its own people', () => {
    const second = wire`
      BC-US--School-Budget,390
      Lewiston school board trims budget

      LEWISTON, Maine (AP) — The Lewiston school board cut $2 million from its budget Tuesday.

      “We had no good options,” Ashby said.
    `;
    const text = blankLayout() + '\n' + second + '\n';
    const { story, findings } = analyzeStory(text);
    assert.equal(story.storyCount, 2);
    assert.equal(story.datelines.length, 2);
    assert.deepEqual(
      story.sections.filter((s) => s.kind === 'slug').map((s) => s.title),
      ['BC-US--Ferry-Strike,2nd Ld-Writethru,410', 'BC-US--School-Budget,390'],
    );
    // Helen Ashby was introduced in the first story only: in the second, “Ashby” is unknown.
    const unknown = findings.filter((f) => f.rule === 'attribution-unknown');
    assert.equal(unknown.length, 1);
    assert.equal(text.slice(unknown[0].start, unknown[0].end), 'Ashby');
    assert.ok(unknown[0].start > text.indexOf('LEWISTON'));
  });

  it('keeps page residue out of the paragraph it interrupts', () => {
    const text = blankLayout().replace('stranding commuters and', 'stranding commuters and\n[to top of second column]\n');
    const { story } = analyzeStory(text);
    const residue = story.blocks.filter((b) => b.kind === 'residue');
    assert.equal(residue.length, 1);
    const dateline = story.blocks.find((b) => b.kind === 'dateline')!;
    assert.ok(dateline.text.includes('stranding commuters and leaving island schools'));
    assert.ok(!dateline.text.includes('second column'));
  });

  it('never throws and keeps every range inside the text on hostile input', () => {
    const inputs = [
      '',
      '\u0000\u0001\u0002“”‘’"\'\r\r\n\uD800',
      '“'.repeat(5000),
      '’'.repeat(5000) + '‘'.repeat(5000),
      'By\n(AP) —\n___\n[to top of]\n|\n',
      'A (AP) — '.repeat(2000),
      '\t“a\n\t“b\n\t“c\n',
    ];
    for (const text of inputs) {
      const { story, findings } = analyzeStory(text);
      for (const f of findings) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} ${f.start}-${f.end}`);
      for (const q of story.quotations) assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length);
      for (const b of story.blocks) assert.ok(b.start >= 0 && b.start <= b.end && b.end <= text.length);
    }
  });
});

describe('engine: a name broken at its own hyphen in hard-wrapped copy', () => {
  it('keeps the hyphen of `Min-` / `jung` when the story writes `Lee Min-jung` near by, and drops the one of `Com-` / `modities`', () => {
    const { story } = analyzeStory(
      [
        'SEOUL, South Korea (AP) — Labor lawyers in South Korea say fines for',
        'heat violations on farms are too small to change behavior. Lee Min-jung,',
        'a labor lawyer in Suwon, said most fines were under $2,000 and com-',
        'modities rose.',
        '“A fine of 2 million won is a cost of doing business,” said Lee Min-',
        'jung. “Nobody changes anything for that.”',
      ].join('\n') + '\n',
    );
    assert.deepEqual(story.people.map((p) => p.name), ['Lee Min-jung']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Lee Min-jung', 'Lee Min-jung']);
  });
});
