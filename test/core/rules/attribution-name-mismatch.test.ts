import { strict as assert } from 'node:assert';
import { analyzeStory } from '../../../src/core';
import { ruleTester, wire } from './harness';

ruleTester('attribution-name-mismatch', {
  valid: [
    {
      name: 'a straight apostrophe in a surname two people share (`O\'Brien’s sister` after Dana and Kevin O’Brien)',
      code: wire`
        BOSTON (AP) — Dana O’Brien’s players’ lounge closed Tuesday. Kevin O’Brien, the players’ coach, was not surprised.

        "Don't call it a comeback," said O'Brien's sister.
      `,
    },
    {
      name: 'two brothers whose given names differ by a letter (`Dale Ruud`, `Dave Ruud`)',
      code: wire`
        LUVERNE, Minn. (AP) — Dale Ruud and his brother Dave Ruud sold the family farm at auction Saturday.

        “It was time,” Dale Ruud said. “Past time,” Dave Ruud said.
      `,
    },
    {
      name: 'the same spelling throughout',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday, three weeks after a storm closed the town pier.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        Levesque said the first boat left at 6:15 a.m. “We had 40 people waiting,” Levesque said.
      `,
    },
    {
      name: 'two introduced people whose surnames differ by one letter',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “We got lucky,” said harbor master Tom Levesque.

        State engineer Anne Leveque inspected the pilings Sunday. “They will hold for another 30 years,” Leveque said.
      `,
    },
  ],
  invalid: [
    {
      name: 'a misspelled surname before the suffix (`Pikes Jr. said` after Walter Pike Jr.): the suffix stays',
      code: wire`
        MOBILE, Ala. (AP) — Walter Pike Sr., who served five terms as Mobile County sheriff, died Tuesday, his family said. He was 91.

        His son, Walter Pike Jr., a retired state trooper, said his father died at a hospice after a long illness.

        “He never stopped being a lawman, not even in that bed,” ⟦Pikes⟧ Jr. said.
      `,
      output: wire`
        MOBILE, Ala. (AP) — Walter Pike Sr., who served five terms as Mobile County sheriff, died Tuesday, his family said. He was 91.

        His son, Walter Pike Jr., a retired state trooper, said his father died at a hospice after a long illness.

        “He never stopped being a lawman, not even in that bed,” Pike Jr. said.
      `,
    },
    {
      name: 'a misspelled given name by which the story refers again to the person (`Somchal said` after `Somchai Wongsakul`); the correct `Somchai` after it is no misspelling',
      code: wire`
        HANOI, Vietnam (AP) — Thailand’s representative, Somchai Wongsakul, said Friday that fishermen along the Mekong River had seen sudden swings in the water level.

        “The river goes up two meters in a night, and nobody has told anybody,” ⟦Somchal⟧ said.

        Somchai said he had heard the same complaint in every village he visited.
      `,
      messages: ['“Somchal” looks like a misspelling of “Somchai” (Somchai Wongsakul, introduced on line 1)'],
      output: wire`
        HANOI, Vietnam (AP) — Thailand’s representative, Somchai Wongsakul, said Friday that fishermen along the Mekong River had seen sudden swings in the water level.

        “The river goes up two meters in a night, and nobody has told anybody,” Somchai said.

        Somchai said he had heard the same complaint in every village he visited.
      `,
    },
    {
      name: 'a slip two edits from a long surname, shorter than seven letters itself (`Dunmer` for `Dunmore`, `Keslar` for `Kessler`)',
      code: wire`
        CONWAY, S.C. (AP) — Carolina Coastal coach Valerie Dunmore said she had called the same play four times in a row. Guard Hallie Kessler scored 22.

        “They never stopped it, so I never stopped calling it,” ⟦Dunmer⟧ said.

        “I just kept getting the ball,” ⟦Keslar⟧ said.
      `,
      output: wire`
        CONWAY, S.C. (AP) — Carolina Coastal coach Valerie Dunmore said she had called the same play four times in a row. Guard Hallie Kessler scored 22.

        “They never stopped it, so I never stopped calling it,” Dunmore said.

        “I just kept getting the ball,” Kessler said.
      `,
    },
    {
      name: 'a hyphenated surname written as two words (`Delacroix Boone` for `Maya Delacroix-Boone`)',
      code: wire`
        CHARLESTON, S.C. (AP) — Maya Delacroix-Boone saved three match points and won the Lowcountry Open on Sunday.

        “I don’t think I’ve ever been that scared on a tennis court,” ⟦Delacroix Boone⟧ said.
      `,
      output: wire`
        CHARLESTON, S.C. (AP) — Maya Delacroix-Boone saved three match points and won the Lowcountry Open on Sunday.

        “I don’t think I’ve ever been that scared on a tennis court,” Delacroix-Boone said.
      `,
    },
    {
      name: 'a given name misspelled after the person was introduced with a describing word (`Top-seeded Katarina Vollmer`)',
      code: wire`
        CHARLESTON, S.C. (AP) — Top-seeded Katarina Vollmer withdrew from the Charleston Open on Tuesday with a strained hamstring.

        “I want to be healthy for the clay season,” ⟦Katarine⟧ Vollmer said.
      `,
      output: wire`
        CHARLESTON, S.C. (AP) — Top-seeded Katarina Vollmer withdrew from the Charleston Open on Tuesday with a strained hamstring.

        “I want to be healthy for the clay season,” Katarina Vollmer said.
      `,
    },
    {
      name: 'a surname with capitalised particles misspelled (`Van der Burg` for `Victor Van der Berg`)',
      code: wire`
        ASHEVILLE, N.C. (AP) — Council member Victor Van der Berg, who voted against the cap, said it punished families who had bought a second home.

        “We changed the rules on people after they made their plans,” Van der ⟦Burg⟧ said.
      `,
      output: wire`
        ASHEVILLE, N.C. (AP) — Council member Victor Van der Berg, who voted against the cap, said it punished families who had bought a second home.

        “We changed the rules on people after they made their plans,” Van der Berg said.
      `,
    },
    {
      name: 'a surname after `St.` misspelled (`St. Claire` for `Eugene St. Clair`)',
      code: wire`
        SAVANNAH, Ga. (AP) — Pastor Eugene St. Clair told the council the plan would hurt families.

        “I baptized some of the officers in this room,” St. ⟦Claire⟧ said.
      `,
      output: wire`
        SAVANNAH, Ga. (AP) — Pastor Eugene St. Clair told the council the plan would hurt families.

        “I baptized some of the officers in this room,” St. Clair said.
      `,
    },
    {
      name: 'a surname with a lower-case article misspelled where it opens a sentence (`Al-Noor` for `al-Nour`): the fix keeps the capital',
      code: wire`
        NAIROBI, Kenya (AP) — Fatima al-Nour, who works for a Sudanese aid group that runs clinics in refugee camps in northern Kenya, said clean water would cut cholera cases.

        ⟦Al-Noor⟧ said the clinics treated more than 900 cases last year.
      `,
      output: wire`
        NAIROBI, Kenya (AP) — Fatima al-Nour, who works for a Sudanese aid group that runs clinics in refugee camps in northern Kenya, said clean water would cut cholera cases.

        Al-Nour said the clinics treated more than 900 cases last year.
      `,
    },
    {
      name: 'a couple’s surname misspelled as the family’s plural or before a noun (`The Kratochvills`, `the Kratochvill ranch`)',
      code: wire`
        CHALLIS, Idaho (AP) — Dale and Marlene Kratochvil have run cattle on the same Custer County ground since 1979.

        The ⟦Kratochvill⟧s said they would sell half the herd, and the ⟦Kratochvill⟧ ranch will lease its upper pasture.

        “There is no good way to feel about that,” Dale Kratochvil said.
      `,
      output: wire`
        CHALLIS, Idaho (AP) — Dale and Marlene Kratochvil have run cattle on the same Custer County ground since 1979.

        The Kratochvils said they would sell half the herd, and the Kratochvil ranch will lease its upper pasture.

        “There is no good way to feel about that,” Dale Kratochvil said.
      `,
    },
    {
      name: 'a surname written with a capital inside it that the first reference lacks (`LaChance` for `Lachance`)',
      code: wire`
        SAN FRANCISCO (AP) — “The software finally seems good enough,” said Fiona Lachance, an analyst at Morgan Stanley.

        “It will sell,” ⟦LaChance⟧ said.
      `,
      output: wire`
        SAN FRANCISCO (AP) — “The software finally seems good enough,” said Fiona Lachance, an analyst at Morgan Stanley.

        “It will sell,” Lachance said.
      `,
    },
    {
      name: 'a misspelling after a correction that quotes the wrong spelling on purpose (the correction itself is left alone)',
      code: wire`
        MILLBROOK, Ore. (AP) — Fire Chief Walter Szymanski said crews held the fire line overnight.

        “We were running ahead of it, knocking on doors,” Szymanski said.

        In a story Wednesday, The Associated Press misspelled the fire chief’s surname. It is Szymanski, not Szymansky.

        “We will stay until it is out,” ⟦Szymansky⟧ said.
      `,
      output: wire`
        MILLBROOK, Ore. (AP) — Fire Chief Walter Szymanski said crews held the fire line overnight.

        “We were running ahead of it, knocking on doors,” Szymanski said.

        In a story Wednesday, The Associated Press misspelled the fire chief’s surname. It is Szymanski, not Szymansky.

        “We will stay until it is out,” Szymanski said.
      `,
    },
    {
      name: 'a given name misspelled in a later full-name reference, family name first or last',
      code: wire`
        BEIJING (AP) — Foreign Ministry spokesperson Zhang Weiming said Wednesday that two detained fishermen had been questioned. City engineer Gregory Okonjo said the new pier would be ready in May.

        “The case will be handled in accordance with the law,” Zhang ⟦Wieming⟧ said.

        “Redundancy is not a luxury,” ⟦Gregroy⟧ Okonjo said.
      `,
      output: wire`
        BEIJING (AP) — Foreign Ministry spokesperson Zhang Weiming said Wednesday that two detained fishermen had been questioned. City engineer Gregory Okonjo said the new pier would be ready in May.

        “The case will be handled in accordance with the law,” Zhang Weiming said.

        “Redundancy is not a luxury,” Gregory Okonjo said.
      `,
    },
    {
      name: 'the first of two Spanish surnames misspelled (`Echeverria` for the Rev. Tomás Echeverría Luna)',
      code: wire`
        EL PASO, Texas (AP) — The Rev. Tomás Echeverría Luna led a vigil outside the federal courthouse Wednesday night.

        “She is one of us,” ⟦Echeverria⟧ said in Spanish.
      `,
      output: wire`
        EL PASO, Texas (AP) — The Rev. Tomás Echeverría Luna led a vigil outside the federal courthouse Wednesday night.

        “She is one of us,” Echeverría said in Spanish.
      `,
    },
    {
      name: 'a misspelled surname that two people share',
      code: wire`
        DULUTH, Minn. (AP) — Superintendent Raymond Voss defended the school budget Tuesday, and board member Angela Voss voted against it.

        “The money follows the kids,” ⟦Vos⟧ said.
      `,
      output: wire`
        DULUTH, Minn. (AP) — Superintendent Raymond Voss defended the school budget Tuesday, and board member Angela Voss voted against it.

        “The money follows the kids,” Voss said.
      `,
    },
    {
      name: 'misspelled surname in an attribution',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday, three weeks after a storm closed the town pier.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        “We had 40 people waiting at 6 a.m.,” ⟦Levesqe⟧ said.
      `,
      output: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday, three weeks after a storm closed the town pier.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        “We had 40 people waiting at 6 a.m.,” Levesque said.
      `,
    },
    {
      name: 'misspelled surname in a full-name reference',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        Tom ⟦Leveque⟧ has run the pier for 22 years.
      `,
      output: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        Tom Levesque has run the pier for 22 years.
      `,
    },
    {
      name: 'two letters swapped in a full-name reference',
      code: wire`
        BAR HARBOR, Maine (AP) — The town council voted 5-2 on Tuesday to rebuild the ferry landing before summer.

        “The landing has been patched for a decade,” said council chair Marian Okafor.

        Marian ⟦Okfaor⟧ said the vote came after two public hearings.
      `,
      output: wire`
        BAR HARBOR, Maine (AP) — The town council voted 5-2 on Tuesday to rebuild the ferry landing before summer.

        “The landing has been patched for a decade,” said council chair Marian Okafor.

        Marian Okafor said the vote came after two public hearings.
      `,
    },
    {
      name: 'misspelled possessive',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        ⟦Levesqe⟧’s crew worked through two nor’easters to finish the job.
      `,
      output: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        Levesque’s crew worked through two nor’easters to finish the job.
      `,
    },
    {
      name: 'dropped letter in a paraphrase attribution',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        ⟦Levsque⟧ said the first boat left at 6:15 a.m. with 40 passengers.
      `,
      output: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque.

        Levesque said the first boat left at 6:15 a.m. with 40 passengers.
      `,
    },
    {
      name: 'two misspellings of one name',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marshall said Tuesday the state would rebuild the Kittering ferry pier.

        “The islands cannot wait another winter,” ⟦Marshal⟧ said. ⟦Marchall⟧ said the money was already set aside.
      `,
      output: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marshall said Tuesday the state would rebuild the Kittering ferry pier.

        “The islands cannot wait another winter,” Marshall said. Marshall said the money was already set aside.
      `,
    },
  ],
});

describe('attribution-name-mismatch: a person set off after a place noun', () => {
  it('catches `Vestergard` for `the special envoy for the region, Ingrid Vestergaard,`', () => {
    const { findings } = analyzeStory(wire`
      BAKU, Azerbaijan (AP) — The European Union’s special envoy for the region, Ingrid Vestergaard, said Thursday that the bloc would send customs advisers to the border.

      “It is people in small offices stamping forms,” Vestergard said.
    `);
    assert.deepEqual(findings.map((f) => [f.rule, f.fix?.edits[0].text]), [['attribution-name-mismatch', 'Vestergaard']]);
  });
});

describe('attribution-name-mismatch: a pitcher by the hand he throws with', () => {
  it('keeps `Right-hander` out of the name `Right-hander Jae-won Seo` opening a sentence, so the fix and the message name Jae-won Seo', () => {
    const { story, findings } = analyzeStory(wire`
      SEATTLE (AP) — Right-hander Jae-won Seo will start Friday in Oakland. Left-hander Nolan Brisk will be skipped once.

      “I am ready,” Soe said through an interpreter.
    `);
    assert.deepEqual(story.people.map((p) => p.name), ['Jae-won Seo', 'Nolan Brisk']);
    assert.deepEqual(findings.map((f) => f.message), ['“Soe” looks like a misspelling of “Seo” (Jae-won Seo, introduced on line 1)']);
  });
});
