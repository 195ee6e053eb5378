import { strict as assert } from 'node:assert';
import { analyzeStory } from '../../../src/core';
import { hardWrapped, indented, ruleTester, wire } from './harness';

const REMOVED_ATTRIBUTION = wire`
  PORTLAND, Maine (AP) — The Coast Guard suspended its search Sunday for a lobster boat missing since Thursday off Monhegan Island.

  The Sea Lark left Port Clyde before dawn with two men aboard. Its last radio call came shortly after 9 a.m.

  ‸“We have covered more than 1,200 square miles and found no sign of the boat.”

  Relatives planned a vigil Monday at the town landing.
`;

const RUNNING = wire`
  AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed an order Tuesday closing state waters to scallop fishing.

  “The beds need two years to recover,” Marsh said. “We surveyed them in October.

  “Harbor master Tom Levesque took me out himself, and he told me he had never seen the beds so bare.

  “There is nothing to argue about.”
`;

// A roundup of reaction: each quote signed after a dash.
const ROUNDUP = wire`
  PORTLAND, Maine (AP) — Officials and residents reacted Wednesday as the storm moved out to sea. Some of what they said:

  “We will rebuild every pier on this coast.” — Gov. Ellen Marsh

  “The water came up faster than anyone had seen.” — Tom Levesque, harbor master in Rockland

  “My grandmother’s house is gone. Just gone.” — Dana Ortiz, resident of Owls Head
`;

ruleTester('attribution-missing', {
  valid: [
    {
      name: 'titles opening sentences before a phrase of when they came out (`“Kerosene Hymns,” released in March, was`), and one mid-paragraph before an appositive (`“Deductible,” a stomping complaint …, is`)',
      code: wire`
        NEW YORK (AP) — The Hollow Creek Sisters have made the rare second album that is better than the first.

        “Kerosene Hymns,” released in March, was a quiet record. “Tin Roof Gospel,” out Friday, is a loud one.

        Not every song earns its volume. “Deductible,” a stomping complaint about an adjuster, is funny the first time.
      `,
    },
    {
      name: 'titles listed one after another (`the new songs: “Tin Roof Gospel,” “Ten Mile Road,” “Honeysuckle Riot” and …`)',
      code: wire`
        NEW YORK (AP) — The Hollow Creek Sisters played their new album nearly start to finish Tuesday at the Bowery Ballroom.

        The set list leaned on the new songs: “Tin Roof Gospel,” “Ten Mile Road,” “Honeysuckle Riot” and a cover of Hazel Dickens’ “Black Lung.”
      `,
    },
    {
      name: '`she said` after a described source and a sentence of hers opening `She said` (`A nurse …, said …. She said staff …`)',
      code: wire`
        LUBBOCK, Texas (AP) — A measles outbreak in the South Plains grew to 38 confirmed cases Thursday, state health officials said.

        A nurse at the hospital, who spoke on condition of anonymity because she was not authorized to talk to reporters, said the pediatric ward had run out of isolation rooms twice this week. She said staff had been working double shifts.

        “We are putting babies in hallways behind curtains,” she said.
      `,
    },
    {
      name: '`she said` after a clause whose `his` belongs to someone else in it (`waited with the boy in his pajamas`)',
      code: wire`
        MOORHEAD, Minn. (AP) — The school bus never came Monday morning, and Dale Kuhn waited on the corner with the boy in his pajamas for an hour.

        “Nobody called us. Nobody,” she said.
      `,
    },
    {
      name: 'an officer named after a possessive office (`said Grand Traverse County Sheriff’s Lt. Dana Kirsch`)',
      code: wire`
        TRAVERSE CITY, Mich. (AP) — Students at Traverse Bay High School sat in the dark for 40 minutes during a lockdown drill Tuesday.

        “Deputies were told in advance, so nobody rolled on it,” said Grand Traverse County Sheriff’s Lt. Dana Kirsch.

        “We practice so nobody has to think,” said Sheriff’s Deputy Ron Pike.
      `,
    },
    {
      name: 'titles of works in a series, and one set off at the end of a paragraph (`holds “Salt,” “Bread” and “Winter,”`, `a single small canvas, “I Am Still Here.”`)',
      code: wire`
        TOPEKA, Kan. (AP) — A museum opened a show of paintings by veterans on Friday.

        The first gallery holds “Salt,” “Bread” and “Winter,” all painted on the lids of ammunition crates.

        The last room holds a single small canvas, “I Am Still Here.”
      `,
    },
    {
      name: 'a chant’s translation set off after it with dashes or parentheses',
      code: wire`
        JAKARTA, Indonesia (AP) — Tens of thousands of students marched on Indonesia’s parliament Wednesday, chanting “Reformasi dikorupsi!” — “Reform has been corrupted!” — as police in riot gear lined the streets.

        At the parliament gates, students held up banners and kept chanting “Turunkan harga!” (“Lower the prices!”) until dusk.
      `,
    },
    {
      name: 'a quote paragraph after a lead-in whose subject is a thing, however long (`The order, sent to cellphones shortly after 1 p.m., read:`, `The alert sent Wednesday said:`)',
      code: wire`
        SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes Wednesday.

        The order, sent to cellphones shortly after 1 p.m., read:

        “EVACUATION ORDER for zones LAS-E012 and LAS-E013. Leave now.”

        The alert sent Wednesday evening said:

        “Shelter at Lassen High School is open.”

        A report by the engineering firm Halvorsen Stack, which inspected the bridge in September, was blunt:

        “Continued service under current live loads is not recommended.”
      `,
    },
    {
      name: 'a lawmaker with a two-word hometown and a `who` clause before `said` (`Rep. Teresa Galindo, D-Las Cruces, who sponsored the measure, said`)',
      code: wire`
        SANTA FE, N.M. (AP) — New Mexico lawmakers adjourned their 60-day session Saturday after passing an overhaul of how the state manages groundwater.

        Rep. Teresa Galindo, D-Las Cruces, who sponsored the measure, said the state had been “flying blind” on its aquifers for decades.

        “We know more about a farmer’s checking account than the water under his field.”
      `,
    },
    {
      name: 'what a bill reads (`the bill reads`, `The bill reads, in part: “…”`)',
      code: wire`
        SANTA FE, N.M. (AP) — The Senate passed a bill Tuesday requiring farms to report how much groundwater they pump.

        “The state engineer shall establish, by rule, a schedule of reporting for each declared basin,” the bill reads.

        The bill reads, in part: “Each user shall report its pumping to the state engineer every quarter.”
      `,
    },
    {
      name: 'a quote paragraph after a paraphrase that reports someone else speaking inside it (`Vance … said Kessler told her …`)',
      code: wire`
        CLEAR LAKE, Iowa (AP) — Harold Kessler, who coached Clear Lake High School football for 31 years, died Sunday. He was 84.

        Rochelle Vance, a former athletic trainer, said Kessler told her she would have the same authority on the sideline as his assistant coaches.

        “Coach never argued with me once. Some of the other coaches in the conference did not like that.”
      `,
    },
    {
      name: 'an academy, a clinic, a railroad or a zoo that speaks in a statement (`the academy said in a statement`)',
      code: wire`
        DENVER (AP) — A training plane from Front Range Aviation Academy crashed in a field near Erie on Sunday, killing the instructor and a student pilot.

        “We have suspended all flights while we inspect our fleet,” the academy said in a statement.

        “Both of our keepers are safe,” the zoo said.
      `,
    },
    {
      name: 'church bodies that speak in statements (`the diocese said in a statement`, `the tribe said`)',
      code: wire`
        BUFFALO, N.Y. (AP) — The Roman Catholic Diocese of Buffalo will close 14 churches by June, it announced Sunday.

        “These decisions were made after two years of consultation with every affected parish,” the diocese said in a statement.

        “We were not consulted,” the tribe said.
      `,
    },
    {
      name: 'a play’s line set off after the noun that names it (`His big line, “I only came to count you,” gets the biggest laugh`)',
      code: wire`
        NEW YORK (AP) — Ines Ferreira-Blum’s new play opened Thursday at the Cherry Lane Theatre.

        The census taker who washes up in Act 1 is played by Teodor Vasile with a nervous grin. His big line, “I only came to count you,” gets the biggest laugh of the night.
      `,
    },
    {
      name: 'a speech verb joined to the sentence’s first past an aside or an adverb (`bowed twice and, in English, added,`, `and simply said,`)',
      code: wire`
        CHICAGO (AP) — Director Park Ji-yeon accepted the festival’s top prize Saturday through a translator, Daniel Cho.

        Park bowed twice and, in English, added, “Thank you, Chicago.”

        Cho climbed the stage after her and simply said, “She means it.”
      `,
    },
    {
      name: 'words read out after `read,` or `read:` (`opened the envelope and read, “…”`, `The alert … read: “GO NOW.”`)',
      code: wire`
        NASHVILLE, Tenn. (AP) — Country singer Wyatt Carraway presented album of the year at the Cumberland Music Awards on Wednesday.

        Carraway opened the envelope and read, “Album of the year, ‘Rivers Run Backward,’ Bernadette Okafor-Lyle.”

        The county’s emergency alert, sent at 1:12 p.m., read: “GO NOW. Leave immediately.”
      `,
    },
    {
      name: 'a film title opening the lede after the dateline, set off by a long description (`“The Salt Orchard,” a spare family drama …, won`)',
      code: wire`
        CHICAGO (AP) — “The Salt Orchard,” a spare family drama about three sisters who inherit a failing tangerine farm, won the top prize Saturday night at the Lakeshore International Film Festival.

        The jury called it “patient and unsentimental.”
      `,
    },
    {
      name: 'a speaker who `said she had a rare gift` about the woman just named keeps `he said` (the pronoun was hers)',
      code: wire`
        BATH, Maine (AP) — Harriet Vance, a genealogist who traced the crews of lost fishing schooners, died Monday. She was 88.

        Jory Pryor, a former curator who worked with Vance for more than 20 years, said she had a rare gift for finding records others had given up on.

        “Nine times out of 10, she came back with the ledger,” Pryor said.

        “I never understood how,” he said.
      `,
    },
    {
      name: 'a quotation after a paraphrase by someone named with an age before the name (`A retired teacher, 81-year-old Harriet Lindqvist, said`)',
      code: wire`
        MARIETTA, Ohio (AP) — The Ohio River crested Tuesday a foot below the top of the floodwall.

        A retired teacher, 81-year-old Harriet Lindqvist, said she had watched from her porch as the water crept up her street.

        “I told my neighbor it would stop at the curb.”
      `,
    },
    {
      name: 'an attribution in the perfect beside its quotation (`“…,” Archuleta has said.`, `she had said, “…”`)',
      code: wire`
        SANTA FE, N.M. (AP) — State Sen. Rosa Archuleta wants a lower exemption threshold in the water bill.

        “The exemption threshold is too high,” Archuleta has said. “I want it lower before this leaves committee.”

        Before the vote she had said, “Nobody in Clovis will pay for this.”
      `,
    },
    {
      name: '`he` and `she` with someone the story has named for each, or someone of no stated gender',
      code: wire`
        PORTLAND, Maine (AP) — Gov. Ellen Marsh toured the rebuilt Kittering ferry pier Tuesday with harbor master Tom Levesque and Dana Pike of the port authority.

        “The crews finished two weeks early,” he said.

        “It will open Friday,” she said.
      `,
    },
    {
      name: '`she` for a woman of a rare given name after a lead whose `he` means someone unnamed (`a song he wrote`)',
      code: wire`
        NASHVILLE, Tenn. (AP) — Singer Jolie Mae Ashby is being sued by a retired songwriter who says her 2012 hit “Gravel Road Goodbye” copies a song he wrote in 1998.

        “I wrote that song on my grandmother’s porch in Tullahoma,” she said Tuesday.
      `,
    },
    {
      name: '“they said” for a person who uses they/them pronouns',
      code: wire`
        BOISE, Idaho (AP) — The Ada County library board voted 4-1 on Tuesday to keep a monthly story hour.

        Alex Rivera, who organizes the event and uses they/them pronouns, said attendance had doubled since January.

        “The kids come for the books,” they said. “The parents come because it is one of the few free things to do downtown.”
      `,
    },
    {
      name: 'a second quotation in a paragraph whose speaker is described, not named',
      code: wire`
        DULUTH, Minn. (AP) — The city opened five miles of groomed ski trail at Hartley Park on Saturday.

        “It is a great day to be out here,” a neighbor said. “We waited years for this.”

        “The snow is perfect,” said one skier, who asked that her name not be used. “I will be back tomorrow.”

        Police said the parking lot filled by 9 a.m. “Please carpool,” they said on social media.
      `,
    },
    {
      name: 'an obituary’s subject, quoted at last after paragraphs about her: “she said”',
      code: wire`
        DULUTH, Minn. (AP) — Ingrid Halvorsen, who taught tens of thousands of Minnesotans to cross-country ski, has died. She was 94.

        “She skied until she was 88,” said her son, Erik Halvorsen.

        Former Duluth Mayor Don Ness said she called his office every October to ask about the trail groomer.

        In 1998 the city named a trail for her. At the dedication, she told the crowd that the honor belonged to her students.

        “They did the skiing,” she said then. “I just did the yelling.”
      `,
    },
    {
      name: 'quotations attributed to a pair, to a sign and a banner, and after a pronoun and a colon',
      code: wire`
        PORTLAND, Maine (AP) — Two sisters who ran the Harborside Diner for 41 years served their last breakfast Sunday.

        “It is time,” the two said, almost together.

        “We will miss the pancakes more than the hours,” both women said later.

        “Closed for good. Thank you, Portland,” the sign on the door read.

        “We love you, Dot and Peg,” read a banner that regulars hung across the counter.

        The post, from the diner’s own account, read: “Thank you for 41 years.”

        Dorothy Pelkey, 74, is the older of the two. She put it simply: “My feet are done.”
      `,
    },
    {
      name: 'plural sources without a determiner, and “was all he would say”',
      code: wire`
        CANTON, Ohio (AP) — The Starlite Diner’s jukebox has played the same 100 songs since 1971.

        “It is the reason we come,” regulars said.

        Critics of the city’s plan to widen the street said the diner could lose its parking. “It would be the end of the place,” they said.

        Regulars say the jukebox is older than most of the waitresses. “We love it,” they say.

        “We’ll see,” was all owner Gus Papadakis would say about the plan.
      `,
    },
    {
      name: 'a quotation another source quoted someone as saying, and a description that runs on past the speaker',
      code: wire`
        PORTLAND, Maine (AP) — Gov. Ellen Marsh toured the flooded harbor Tuesday with harbor master Tom Levesque.

        “We will rebuild every pier,” Levesque quoted the governor as saying.

        “Not one float was left,” said Levesque’s deputy at the time, who asked not to be named.
      `,
    },
    {
      name: '“in his words” and “in Levesque’s words” before a quotation',
      code: wire`
        ROCKLAND, Maine (AP) — Harbor master Tom Levesque walked what was left of the town pier on Tuesday.

        In Levesque’s words, “It is gone, all of it.”

        He stopped at the last three pilings. In his words, “That is the whole pier now.”
      `,
    },
    {
      name: 'an aside in dashes or parentheses between the speaker and the verb',
      code: wire`
        ROCKLAND, Maine (AP) — Harbor master Tom Levesque walked what was left of the town pier on Tuesday.

        “It is gone,” Levesque — who has run the harbor since 1985 — said after the tour.

        “All of it,” Levesque (pronounced luh-VECK) said.
      `,
    },
    { name: 'quotes signed after a dash, in a roundup', code: ROUNDUP },
    { name: 'quotes signed after a dash, in a roundup, hard-wrapped', code: hardWrapped(ROUNDUP) },
    {
      name: 'an organisation named in the paragraph before, then “the bank said”',
      code: wire`
        CHARLOTTE, N.C. (AP) — The Bank of the Carolinas will waive overdraft fees for customers in the flooded counties until February.

        “Nobody should pay a penalty because a river came through their living room,” the bank said in a statement.
      `,
    },
    {
      name: 'a title with commas of its own, set off beside the noun it names',
      code: wire`
        RIO VISTA, Calif. (AP) — Voters in three river towns will decide next month whether to pay for a taller levee.

        A 2024 report by the Delta Stewardship Council, “Rising Water, Shrinking Margins,” ranked the levee among the 10 most likely in the region to fail.
      `,
    },
    {
      name: 'a department named with “of” speaks',
      code: wire`
        BOSTON (AP) — State health officials reported 14 new cases of measles Tuesday in two western counties.

        “We are reviewing the records of every clinic in the region,” the Department of Public Health said in a statement.
      `,
    },
    {
      name: 'quote introduced by a colon paragraph',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed an order Tuesday closing state waters to scallop fishing for the rest of the season.

        Marsh said:

        “The beds need two years to recover. If we fish them now, there will be nothing left for the boats in 2028.”
      `,
    },
    {
      name: 'colon at the end of a longer paragraph',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed an order Tuesday closing state waters to scallop fishing.

        In a letter to fishermen, Marsh wrote:

        “The beds need two years to recover. I know what this costs your families.”
      `,
    },
    {
      name: 'a second quotation in the same paragraph keeps the speaker',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed an order Tuesday closing state waters to scallop fishing.

        “The beds need two years to recover,” Marsh said. “I know what this costs the boats.”
      `,
    },
    { name: 'running quote over three paragraphs', code: RUNNING },
    { name: 'running quote, indented paragraphs', code: indented(RUNNING) },
    { name: 'running quote, hard-wrapped at 72 columns', code: hardWrapped(RUNNING) },
    {
      name: 'quoted TV-show title is not an unattributed quotation',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh defended the scallop closure Sunday in an interview on “The Evening Show.”

        Fishermen plan to protest at the State House on Wednesday.
      `,
    },
    {
      name: 'organisation speakers',
      code: wire`
        PORTLAND, Maine (AP) — The Coast Guard suspended its search Sunday for a lobster boat missing off Monhegan Island.

        “Crews covered more than 1,200 square miles,” the Coast Guard said in a statement.

        The Coast Guard called it “one of the largest searches in the district this year.”

        “We are not giving up on them,” Coast Guard officials said.
      `,
    },
    {
      name: 'quotation attributed with “according to” a statement',
      code: wire`
        PORTLAND, Maine (AP) — The Coast Guard suspended its search Sunday for a lobster boat missing off Monhegan Island.

        “Crews covered more than 1,200 square miles without finding debris,” according to a Coast Guard statement.
      `,
    },
    {
      name: 'unnamed but attributed speakers',
      code: wire`
        PORT CLYDE, Maine (AP) — Boats lined the town landing Monday for a vigil for two missing lobstermen.

        “Everybody here has fished with one of them,” a neighbor said.

        “We will keep a light on at the landing,” police said.
      `,
    },
    {
      name: 'full quote after a paragraph paraphrasing one speaker (default)',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed an order Tuesday closing state waters to scallop fishing.

        Marsh said the beds were surveyed in October and found nearly empty.

        “There is nothing to argue about. The mud was bare.”
      `,
    },
    {
      name: 'partial quote needs no attribution of its own',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed an order Tuesday closing state waters to scallop fishing.

        The order keeps the beds closed until they are “fit to fish again.”
      `,
    },
    {
      name: 'colon paragraph, indented layout',
      code: indented(wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed an order Tuesday closing state waters to scallop fishing.

        Marsh said:

        “The beds need two years to recover. I know what this costs the boats.”
      `),
    },
  ],
  invalid: [
    {
      name: '`he said` after the only one named is a woman from a town whose first word is a given name (`from Kelly Ridge`)',
      code: wire`
        OROVILLE, Calif. (AP) — A wind-driven wildfire forced more than 6,000 people from foothill communities east of Oroville on Wednesday, officials said.

        Lorraine Whitby, 58, a retired schoolteacher from Kelly Ridge, said the road out was jammed for more than an hour.

        “You sit there and you watch the glow getting bigger in your mirror,” ⟦he⟧ said.
      `,
    },
    {
      name: '`she said` after the only one named has `his hands` in a clause joined on after a comma (the narration gave his gender), then `he said` is his',
      code: wire`
        BARNET, Vt. (AP) — The coal takes about 20 minutes to catch on a cold morning, and Amos Perreault spends most of that time standing with his hands in his coat pockets, watching it.

        “People think you just strike a match. You don’t,” ⟦she⟧ said.

        Perreault, 88, has worked out of the same shop since 1959. He still opens it four mornings a week.

        “I’ll go when the river stops,” he said.
      `,
    },
    {
      name: '`he said` after the only one named is Mikayla (a given name common in women’s sports copy)',
      code: wire`
        BLUFF CITY, Tenn. (AP) — Point guard Mikayla Ostrowski had 14 points and nine assists, and Bluff City beat Elkton 71-64 on Saturday.

        “Coach told me to want the free throws,” ⟦he⟧ said.
      `,
    },
    {
      name: '`he said` after the only one named is María (an accented given name still tells her gender)',
      code: wire`
        HARLINGEN, Texas (AP) — A Honduran woman asked an immigration judge Tuesday for asylum, saying a gang had threatened her children.

        María Quintero, 34, testified for nearly three hours through a Spanish interpreter.

        “They came at night, four of them,” ⟦he⟧ said.
      `,
    },
    {
      name: '`he said` after the only one named said `she` woke to the smoke (the narration gave her gender)',
      code: wire`
        MOORHEAD, Minn. (AP) — A family of five escaped a house fire early Sunday on the city’s north side.

        Jory Tangen said she woke to the smell of smoke just after 3 a.m. and carried her youngest down the stairs.

        “He was so calm the whole time,” ⟦he⟧ said.
      `,
    },
    {
      name: 'a quotation after a paragraph in which someone pleaded guilty (a plea, not speech)',
      code: wire`
        DUBUQUE, Iowa (AP) — A Peosta man who was driving drunk when he struck and killed a nursing student was sentenced Thursday to 12 years in prison.

        Travis Ostrander, 34, pleaded guilty in March to vehicular homicide in the death of Katie Wendt, 22.

        ⟦“He should never have been behind the wheel.”⟧
      `,
    },
    {
      name: '`he` in the attribution with only a woman named before it',
      code: wire`
        PORTLAND, Maine (AP) — Gov. Ellen Marsh said Tuesday the rebuilt Kittering ferry pier would open Friday.

        “The crews finished two weeks early,” ⟦he⟧ said.
      `,
    },
    { name: 'a quotation whose attribution was removed', code: REMOVED_ATTRIBUTION, output: null },
    {
      name: 'a new quotation paragraph after another quotation was closed',
      code: wire`
        PORTLAND, Maine (AP) — The Coast Guard suspended its search Sunday for a lobster boat missing off Monhegan Island.

        “We have covered more than 1,200 square miles,” said Petty Officer Lena Strand.

        ‸“The families have been told. We will resume if anything new turns up.”
      `,
    },
    {
      name: 'full quote after a paraphrase when inheritFromParaphrase is off',
      options: { inheritFromParaphrase: false },
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed an order Tuesday closing state waters to scallop fishing.

        Marsh said the beds were surveyed in October and found nearly empty.

        ‸“There is nothing to argue about. The mud was bare.”
      `,
    },
    {
      name: 'a second unattributed quotation in a paragraph with no speaker',
      code: wire`
        PORTLAND, Maine (AP) — The Coast Guard suspended its search Sunday for a lobster boat missing off Monhegan Island.

        The Sea Lark left Port Clyde before dawn. ‸“It was flat calm.” Then the fog came in. ‸“We lost sight of her by nine.”
      `,
    },
    { name: 'removed attribution, indented layout', code: indented(REMOVED_ATTRIBUTION) },
    { name: 'removed attribution, hard-wrapped at 72 columns', code: hardWrapped(REMOVED_ATTRIBUTION) },
  ],
});

describe('attribution-missing: the message', () => {
  it('suggests a running quote when the paragraph before ends with another speaker’s closed quotation', () => {
    const { findings } = analyzeStory(wire`
      PORTLAND, Maine (AP) — The Coast Guard suspended its search Sunday for a lobster boat missing off Monhegan Island.

      “We have covered more than 1,200 square miles,” said Petty Officer Lena Strand.

      “The families have been told. We will resume if anything new turns up.”
    `);
    const missing = findings.filter((f) => f.rule === 'attribution-missing');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /if Lena Strand is still speaking, drop the closing mark at the end of the paragraph before \(a running quote\) or attribute this one/);
  });

  it('keeps the plain message after a paragraph with no quotation', () => {
    const missing = analyzeStory(REMOVED_ATTRIBUTION.replace('‸', '')).findings.filter((f) => f.rule === 'attribution-missing');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /has no speaker in its paragraph; AP attributes every quotation$/);
  });
});

describe('attribution-missing: quotes signed after a dash', () => {
  it('gives each quote to the person named after its dash, blank-line and hard-wrapped', () => {
    for (const text of [ROUNDUP, hardWrapped(ROUNDUP)]) {
      const { story } = analyzeStory(text);
      assert.deepEqual(
        story.quotations.filter((q) => q.depth === 0).map((q) => [story.people[q.speaker]?.name, q.attribution?.via, q.partial]),
        [['Ellen Marsh', 'dash', false], ['Tom Levesque', 'dash', false], ['Dana Ortiz', 'dash', false]],
      );
    }
  });
});

describe('attribution-missing: speaker of a running quote', () => {
  for (const [layout, code] of [['blank lines', RUNNING], ['indented', indented(RUNNING)], ['hard-wrapped', hardWrapped(RUNNING)]] as const) {
    it(`stays the first speaker when the middle paragraph names someone else inside the quote (${layout})`, () => {
      const { story } = analyzeStory(code);
      const speech = story.quotations.filter((q) => q.depth === 0 && q.marks === 'double');
      assert.equal(speech.length, 4);
      assert.deepEqual(
        speech.map((q) => story.people[q.speaker]?.name),
        ['Ellen Marsh', 'Ellen Marsh', 'Ellen Marsh', 'Ellen Marsh'],
      );
      assert.deepEqual(speech.map((q) => q.continues), [false, false, true, true]);
    });
  }
});

describe('attribution-missing: a speaker described before the name', () => {
  // One story, each quote attributed after the verb with a description AP sets before a long identifier.
  const DESCRIBED = wire`
    HUARAZ, Peru (AP) — Teodoro Huamán has grown potatoes below the Pastoruri glacier for 40 years.

    “When I was a boy, the ice came down to that rock,” Huamán said.

    “The glacier is our bank,” said Huamán’s neighbor, Felicitas Ramos, 62.

    “We take a little every year,” said his nephew Wilder Quispe.

    “The channels are half empty by July,” said the district mayor’s chief of staff, Rosa Mamani.

    “The loss has sped up in the past decade,” said glaciologist Alejandro Cárdenas.

    “Nobody up here is surprised,” said Huamán’s wife.

    “We have been watching it for years,” said two of his neighbors.

    “He will not leave this valley,” said Teodoro Huamán’s wife, Maria.

    “Nobody will,” said Huamán’s chief of staff at the cooperative.

    “Some years now it is 30 meters,” the glaciologist said.
  `;

  it('gives the quote to the name after the description, or to the unnamed person it describes', () => {
    const { story, findings } = analyzeStory(DESCRIBED);
    assert.deepEqual(
      story.quotations.map((q) => [story.people[q.speaker]?.name ?? null, q.attribution?.via]),
      [
        ['Teodoro Huamán', 'name'],
        ['Felicitas Ramos', 'name'],
        ['Wilder Quispe', 'name'],
        ['Rosa Mamani', 'name'],
        ['Alejandro Cárdenas', 'name'],
        [null, 'description'],
        [null, 'description'],
        ['Maria', 'name'],
        [null, 'description'],
        ['Alejandro Cárdenas', 'role'],
      ],
    );
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-missing: a pronoun after a role someone holds for another', () => {
  const speakersOf = (code: string) => {
    const { story, findings } = analyzeStory(code);
    return { speakers: story.quotations.filter((q) => !q.depth).map((q) => [story.people[q.speaker]?.name ?? null, q.attribution?.via]), findings: findings.filter((f) => f.rule.startsWith('attribution')).map((f) => f.rule) };
  };

  it('reads `she said` after `Ixcot’s lawyer said` as the lawyer, not the man or no one', () => {
    for (const owner of ['Ixcot’s', 'His']) {
      const { speakers, findings } = speakersOf(wire`
        HARLINGEN, Texas (AP) — An immigration judge granted asylum Monday to a Guatemalan man who testified that a gang burned his family’s shop.

        José Manuel Ixcot Tzul, 39, wept as Immigration Judge Ronald Petersen read the decision from the bench.

        ${owner} lawyer said the testimony had persuaded the judge.

        “He was not rehearsed. He was just a man telling what happened to him,” she said.
      `);
      assert.deepEqual(speakers, [[null, 'description']], owner);
      assert.deepEqual(findings, [], owner);
    }
  });

  it('keeps the name that follows the role: `Kettering’s lawyer, public defender Anne Castellanos, said`', () => {
    const { speakers, findings } = speakersOf(wire`
      RACINE, Wis. (AP) — A night watchman was charged Friday with setting the fire that gutted a downtown furniture warehouse.

      Kettering’s lawyer, public defender Anne Castellanos, said her client denies setting the fire.

      “Mr. Kettering is the reason nobody died that night,” she said.
    `);
    assert.deepEqual(speakers, [['Anne Castellanos', 'pronoun']]);
    assert.deepEqual(findings, []);
  });

  it('reads `she said` after `his widow said` as the widow in an obituary that names no woman', () => {
    const { speakers, findings } = speakersOf(wire`
      CLEAR LAKE, Iowa (AP) — Harold Kessler, who won three state football championships at Clear Lake High School, died Sunday at his home. He was 84.

      The coach kept a notebook of every player’s birthday, his widow said, and mailed cards until his eyesight failed.

      “He had 31 years of boys in that notebook,” she said.
    `);
    assert.deepEqual(speakers, [[null, 'description']]);
    assert.deepEqual(findings, []);
  });

  it('keeps the husband the story named: `Her husband says …` then `he says`', () => {
    const { speakers } = speakersOf(wire`
      HEREFORD, Texas (AP) — Lupe Salinas sold half the herd in August.

      “We can feed 60 head. We had 120,” she said.

      Her husband, Hector Salinas, has worked cattle since he was 12. Her husband says the hardest part was loading the trucks.

      “They know your voice,” he says.
    `);
    assert.deepEqual(speakers, [['Lupe Salinas', 'pronoun'], ['Hector Salinas', 'pronoun']]);
  });
});

describe('attribution-missing: a deed agreed to is not speech', () => {
  it('keeps `she said` for the director after `a small distributor agreed to finance it`', () => {
    for (const [surname, verb] of [['Reed', 'agreed'], ['Park', 'offered'], ['Reed', 'promised']]) {
      const { story, findings } = analyzeStory(wire`
        CHICAGO (AP) — Director Ellen ${surname} won the top prize at the Lakeshore International Film Festival on Saturday.

        Backstage, ${surname} said the film had been turned down by three studios before a small distributor in Busan ${verb} to finance it.

        “Maybe now they will answer my emails,” she said.
      `);
      const q = story.quotations.find((x) => x.text.startsWith('Maybe'))!;
      assert.equal(story.people[q.speaker]?.name, `Ellen ${surname}`, verb);
      assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), [], verb);
    }
  });
});

describe('attribution-missing: `the union said` and the organisations named before it', () => {
  const speakerOf = (descriptor: string) => {
    const { story } = analyzeStory(wire`
      ROME (AP) — The Vatican acknowledged the appeal Tuesday, and Stellantis Group said it would build a plant in Turin.

      Richard Nowak, who leads the parishioners, said he was hopeful. “Such appeals rarely succeed,” the ${descriptor} said in a statement.
    `);
    const q = story.quotations.find((x) => x.text.startsWith('Such'))!;
    return story.people[q.speaker]?.name ?? null;
  };

  it('is no organisation whose name says it is of another kind, nor a seat of government', () => {
    assert.equal(speakerOf('union'), null);
    assert.equal(speakerOf('agency'), null);
  });

  it('is still the business named last for `the company`', () => {
    assert.equal(speakerOf('company'), 'Stellantis Group');
  });
});

describe('attribution-missing: a place set off after the noun that says so', () => {
  it('reads `another Honduran city, La Ceiba,` as a place, so `he said` is the lawyer', () => {
    for (const place of ['another Honduran city, La Ceiba,', 'a suburb, Ciudad Nueva,']) {
      const { story, findings } = analyzeStory(wire`
        SAN ANTONIO (AP) — Government attorney Bryce Tolliver argued Thursday that a Honduran woman seeking asylum could have moved away from the gang that threatened her.

        He noted that she had relatives in ${place} where she could have lived safely.

        “The question is whether this case fits the law as written,” he said.
      `);
      assert.deepEqual(story.people.map((p) => p.name), ['Bryce Tolliver'], place);
      assert.equal(story.people[story.quotations[0].speaker]?.name, 'Bryce Tolliver', place);
      assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), [], place);
    }
  });
});

describe('attribution-missing: a sentence ending in `U.S.`', () => {
  it('does not join `U.S.` to the surname opening the next sentence (`into the U.S. Beltran-Kessler said`)', () => {
    const { story, findings } = analyzeStory(wire`
      HARLINGEN, Texas (AP) — An immigration judge heard the case of Marisol Quintero, 34, on Tuesday. Her lawyer, Ana Beltran-Kessler, asked for asylum.

      Quintero waited three weeks in Mexico before crossing into the U.S. Beltran-Kessler said her client had been robbed in Monterrey.

      “She had nothing left,” she said.
    `);
    assert.deepEqual(story.people.map((p) => p.name), ['Marisol Quintero', 'Ana Beltran-Kessler']);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Ana Beltran-Kessler');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-missing: `That was how … put it` after the quotation', () => {
  it('gives the quotation to the one who put it so, past her age', () => {
    const { story, findings } = analyzeStory(wire`
      TECUMSEH, Okla. (AP) — A tornado carved a path nearly 20 miles long across Pottawatomie County late Tuesday, injuring at least nine people.

      Sheriff’s spokeswoman Amanda Pruitt said she could not remember a storm that did more damage in the county.

      “We lost everything but each other.” That was how Teresa Castillo, 41, put it as she sifted through insulation for her daughter’s school photos.
    `);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Teresa Castillo');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-missing: `they` after a body of people', () => {
  it('reads `They said, “…”` after `The gang had sent a message` as the gang, not the lawyer of unknown gender', () => {
    const { story, findings } = analyzeStory(wire`
      HARLINGEN, Texas (AP) — A Guatemalan shopkeeper asked an immigration judge Tuesday for asylum.

      Government attorney Dana Whitcomb asked why the shopkeeper waited two months to leave. The gang had sent a message through his nephew. They said, “Next time the shop, then the house.”
    `);
    assert.equal(story.quotations[0].speaker, -1);
    assert.equal(story.quotations[0].attribution?.via, 'description');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-missing: the answer to a question put to someone', () => {
  it('gives `she said` after `“… Is that right?” Tolliver asked.` to the one Tolliver pressed, not the judge who spoke before', () => {
    const { story, findings } = analyzeStory(wire`
      SAN ANTONIO (AP) — A Honduran woman seeking asylum, Marisol Quintero, testified Thursday that gang members had threatened to kill her children.

      Immigration Judge Harriet Lindquist asked Quintero to slow down so the interpreter could keep up.

      Government attorney Bryce Tolliver pressed Quintero on why she had not reported the threat to police in Honduras.

      “You never filed a report, not once. Is that right?” Tolliver asked.

      “Yes, that is right,” she said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Bryce Tolliver', 'Marisol Quintero']);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-missing: a role standing for the one person given it', () => {
  it('reads `the chef said` as the one introduced as `Chef and owner Marisol Etxeberria`', () => {
    const { story } = analyzeStory(wire`
      PORTLAND, Maine (AP) — Chef and owner Marisol Etxeberria opened Ember & Oar, a 48-seat restaurant on Commercial Street, in March.

      Asked why the menu spells that out, the chef said diners kept sending it back.

      “The first month, four tables told the server it was overcooked,” she said.
    `);
    assert.equal(story.people[0].title?.toLowerCase(), 'chef and owner');
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Marisol Etxeberria');
  });

  it('reads `The singer laughed … “…,” she said.` as the singer, not the pianist quoted before', () => {
    const { story, findings } = analyzeStory(wire`
      NASHVILLE, Tenn. (AP) — Gospel singer Bernadette Okafor-Lyle won album of the year at the Cumberland Music Awards on Wednesday.

      “She doesn’t do second takes,” said her pianist, Hezekiah Bramwell. “She says the second take is where the lying starts.”

      The singer laughed when that was read back to her. “He’s not wrong,” she said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Hezekiah Bramwell', 'Hezekiah Bramwell', 'Bernadette Okafor-Lyle']);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-missing: the one spoken to', () => {
  it('keeps `spoke briefly to Cho` as a mention of Cho, so the next `he said` is Cho, not the man quoted before', () => {
    const { story } = analyzeStory(wire`
      CHICAGO (AP) — Director Park Ji-yeon accepted the festival’s top prize Saturday through a translator, Daniel Cho.

      “Tonight a room full of people gave a standing ovation to a film about tangerines,” festival director Henry Szalai said.

      Park, told of the remark as she left the theater, smiled and spoke briefly to Cho.

      “She says the tangerines would like to thank him too,” he said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Henry Szalai', 'Daniel Cho']);
  });

  it('does not make `to Paz` (where a call goes) the subject a pronoun means', () => {
    const { story } = analyzeStory(wire`
      TUCSON, Ariz. (AP) — Adaeze Okonkwo won the race for mayor Tuesday. Lucinda Paz finished third.

      Okonkwo’s first call will be to Paz. “We start Monday,” she said.
    `);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Adaeze Okonkwo');
  });
});

describe('attribution-missing: offices after a modifier and before a full name', () => {
  it('reads `County Prosecutor Simone Vatterott`, `State Epidemiologist Ruth Calder` and `Assistant Prosecutor …` as titled people', () => {
    const { story, findings } = analyzeStory(wire`
      DAYTON, Ohio (AP) — A jury on Thursday convicted Derrick Ashworth, 27, of murder in the 2023 shooting death of nursing student Natalie Pruitt.

      County Prosecutor Simone Vatterott said Ashworth followed Pruitt home from a party after she rejected him.

      “This jury looked at every brick,” she said.

      State Epidemiologist Ruth Calder, who testified for the state, said the injuries matched. Assistant Prosecutor Dale Renner questioned her.

      “No doubt at all,” the prosecutor said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Derrick Ashworth', 'Natalie Pruitt', 'Simone Vatterott', 'Ruth Calder', 'Dale Renner']);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Simone Vatterott');
    assert.deepEqual(findings.filter((f) => f.rule === 'attribution-missing'), []);
  });
});

describe('attribution-missing: a place before the noun for a company', () => {
  it('does not make an organisation of `The San Francisco company` or `The German automaker`', () => {
    for (const [dateline, lead] of [['SAN FRANCISCO (AP) —', 'The San Francisco company'], ['BERLIN (AP) —', 'The German automaker']]) {
      const { story } = analyzeStory(wire`
        ${dateline} Hackers stole the records of about 4.2 million customers of Refillo, a pharmacy delivery app, the company said Thursday.

        ${lead} said in a statement that the attackers used an employee’s stolen password.

        “We take the privacy of our customers extremely seriously,” the company said.
      `);
      assert.deepEqual(story.people.map((p) => p.name), [], lead);
      assert.equal(story.quotations[0].speaker, -1, lead);
    }
  });
});

describe('attribution-missing: a chatbot that replies', () => {
  it('gives `the bot replied, “…”` to the bot, not to the customer who asked it', () => {
    const { story } = analyzeStory(wire`
      SAN FRANCISCO (AP) — Hackers stole the prescription histories of 4.2 million customers of Refillo, a pharmacy delivery app, the company said Thursday.

      Customer Luis Carrasco said he had asked the company’s chatbot whether his data was stolen, and the bot replied, “I’m sorry, I don’t have information about that.”
    `);
    assert.equal(story.quotations[0].speaker, -1);
    assert.equal(story.quotations[0].attribution?.via, 'description');
  });
});

describe('attribution-missing: a family’s lawyer or pastor named after the description', () => {
  it('gives the quotation to the one named, not to the family', () => {
    const { story } = analyzeStory(wire`
      DAYTON, Ohio (AP) — A jury on Thursday convicted Derrick Ashworth, 27, of murder in the 2023 shooting death of nursing student Natalie Pruitt.

      “The family waited 19 months for this,” said the Pruitt family’s lawyer, Owen Castile.

      “It was worth the wait,” said the Pruitts’ pastor, the Rev. Alan Moody.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Owen Castile', 'Alan Moody']);
  });
});

describe('attribution-missing: a partial quotation after a clause of what was said', () => {
  it('gives each partial to the one who said it, not to a body in a clause of it or to a statement', () => {
    const { story, findings } = analyzeStory(wire`
      NAIROBI, Kenya (AP) — The Independent Electoral and Boundaries Commission said Tuesday it had posted forms from 91% of the country’s polling stations.

      President Joseph Kiplagat’s spokesman, Isaac Kibet, said the president would address the nation once the commission declared a result and would accept “the verdict of the commission, whatever it is.”

      Kibet said the president would speak after the judges announced the result and would accept “whatever the court decides.”

      Kiplagat said in a statement read by his chief of staff that he would “respect whatever the people’s representatives decide.”

      Kiplagat said in a statement posted on Facebook that “no one, not even my own allies,” would be spared.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Isaac Kibet', 'Isaac Kibet', 'Joseph Kiplagat', 'Joseph Kiplagat']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });

  it('gives what a banner or a sign reads to the banner, not to the one who carries it', () => {
    const { story } = analyzeStory(wire`
      MANSFIELD, Ohio (AP) — Workers picketed the plant Monday.

      “I’ve got 19 years in there,” said Luis Ortega, 47, a press operator who carried a sign reading “Temps Are Not a Plan.”
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name ?? null, q.attribution?.via]), [['Luis Ortega', 'name'], [null, 'description']]);
  });
});

describe('attribution-missing: a transcript after a lead-in naming who was questioned', () => {
  it('gives the answers to the one questioned, named with an accented given name after `to`', () => {
    const { story } = analyzeStory(wire`
      HARLINGEN, Texas (AP) — An immigration judge granted asylum Monday to José Ixcot, a Guatemalan man who testified that a gang burned his family’s shop.

      Government attorney Brian Whitcomb said the department would review the ruling. “We respect the court’s decision,” Whitcomb said.

      During testimony last month, Whitcomb questioned Ixcot about why he had refused to pay.

      Q: Did you tell them you would not pay?

      A: I told the man with the tattoo, “I have nothing to give you.”
    `);
    assert.deepEqual(story.people.map((p) => p.name), ['José Ixcot', 'Brian Whitcomb']);
    assert.equal(story.people[story.quotations[story.quotations.length - 1].speaker]?.name, 'José Ixcot');
  });
});

describe('attribution-missing: the answer of the one asked, by pronoun', () => {
  it('gives the answer to a judge’s question to the lawyer named since, not to the judge quoted before', () => {
    const { story } = analyzeStory(wire`
      SAN FRANCISCO (AP) — A federal appeals court on Tuesday upheld California’s ban on drone deliveries near state prisons.

      “A tripod does not fly over a fence carrying a package,” wrote Judge Theresa Vandermolen, joined by Judge Howard Pickett.

      Assistant Attorney General Rebecca Strunk argued the case for the state in December.

      “Why a half-mile?” Pickett asked. “Why not a thousand feet?”

      “Because that is how far a consumer drone can carry a phone,” she said.
    `);
    assert.equal(story.people[story.quotations[story.quotations.length - 1].speaker]?.name, 'Rebecca Strunk');
  });

  it('gives `she said` after `Liu asked Marsh-Ibarra whether …` to Marsh-Ibarra, not the analyst', () => {
    const { story, findings } = analyzeStory(wire`
      LOUISVILLE, Ky. (AP) — Harrowfield Appliance Co. will close its Louisville dishwasher plant next year, eliminating 1,100 jobs.

      “This is the hardest decision I have made in this job,” CEO Gwendolyn Marsh-Ibarra said on a call with analysts.

      Jefferies analyst Karen Liu asked Marsh-Ibarra whether the company’s plant in Monterrey, Mexico, would be next.

      “Monterrey is running at 90%,” she said.
    `);
    assert.equal(story.people[story.quotations[1].speaker]?.name, 'Gwendolyn Marsh-Ibarra');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-missing: invisible characters in pasted copy', () => {
  it('reads names through soft hyphens and PDF ligatures, and a zero-width space before a running quote as nothing', () => {
    const { story, findings } = analyzeStory(
      [
        'PEORIA, Ill. (AP) — Kenzie Halvorsen scored 22 points, and Wyandotte Lake won its first state title.',
        '',
        'Coach Bern\u00ADadette Soko\u00ADlowski said she drew up the final play during a timeout.',
        '',
        '“We run that play every Tuesday,” she said. “Nobody guards the inbounder.',
        '',
        '\u200B“Tonight somebody finally did not.”',
        '',
        'Senior forward Ayanna Whit\uFB01eld-Bassett fouled out with 41 seconds to play.',
        '',
        '“That is on me,” Whit\uFB01eld-Bassett said.',
        '',
      ].join('\n'),
    );
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Kenzie Halvorsen', 'Bernadette Sokolowski', 'Ayanna Whitfield-Bassett']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Bernadette Sokolowski', 'Bernadette Sokolowski', 'Bernadette Sokolowski', 'Ayanna Whitfield-Bassett']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: someone described by where they were', () => {
  it('reads `a mother outside the school said`, `a voice over the intercom said`, `a student down the hall asked` as the ones described', () => {
    const { story, findings } = analyzeStory(wire`
      TRAVERSE CITY, Mich. (AP) — Students at Traverse Bay High School sat in the dark for 40 minutes during a lockdown drill Tuesday, Superintendent Nathaniel Okafor-Brandt said.

      “Lockdown, lockdown, lockdown,” a voice over the intercom said at 10:12 a.m.

      “Is this real?” a student down the hall asked.

      “Nobody told us anything for half an hour,” a mother outside the school said.
    `);
    assert.deepEqual(story.quotations.map((q) => [q.speaker, q.attribution?.via]), [[-1, 'description'], [-1, 'description'], [-1, 'description']]);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-missing: a partial after `who she said`', () => {
  it('gives it to the one the pronoun means, not to the one the `who` clause is about', () => {
    const { story } = analyzeStory(wire`
      CHICAGO (AP) — Jazz pianist Lucinda Vance won the festival’s prize for best original score Saturday night.

      Vance accepted alongside her longtime drummer, Marcus Whitfield, who she said had played every session “with a broken wrist and no complaints.”
    `);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Lucinda Vance');
  });
});

describe('attribution-missing: an officer by the noun of an abbreviated rank', () => {
  it('gives `the captain said` to Capt. Echeverría and `the lieutenant said` to Lt. Tafoya-Bright', () => {
    const { story, findings } = analyzeStory(wire`
      LAS CRUCES, N.M. (AP) — Two hikers missing for three nights in the Gila Wilderness were found alive Wednesday morning, officials said.

      Capt. Luis Echeverría of the New Mexico State Police said the helicopter had flown the same ridge twice. Lt. Gregory Tafoya-Bright coordinated the ground teams, and Sgt. Dana Whitfield ran the radio.

      “The sooner the call comes in, the smaller the box we have to search,” the captain said.

      “We see this every summer,” the lieutenant said.

      “Nobody slept,” the sergeant said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Luis Echeverría', 'Gregory Tafoya-Bright', 'Dana Whitfield']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a letter read out in court', () => {
  it('gives the letter’s words to its author, not to the one reading it, and to no one when the author is unnamed', () => {
    const { story, findings } = analyzeStory(wire`
      TACOMA, Wash. (AP) — A Lakewood man who drove drunk and killed a 22-year-old nursing student was sentenced Friday to 12 years in prison.

      Deputy Prosecuting Attorney Kevin O’Connell read aloud a letter from the student’s aunt, Lucia Ortega-Brandt, who is undergoing chemotherapy in Fresno, California:

      “Isabel called me every Sunday during my treatment. She made me laugh when nothing else could.”

      O’Connell then read from a letter written by her roommate, Priya Menon: “She left notes on the fridge every morning.”

      He read one more, a letter from the student’s church youth group: “We pray for everyone in this room.”

      “No sentence brings her back,” O’Connell said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Lucia Ortega-Brandt', 'Priya Menon', undefined, 'Kevin O’Connell']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a team, a position and a full name after `said`', () => {
  it('gives the quotation to the player or coach named, not to the team', () => {
    const { story, findings } = analyzeStory(wire`
      SAN ANTONIO (AP) — Marcus Tillery threw a 31-yard touchdown pass to Devonte Reese with 48 seconds left, and the San Antonio Vipers beat the Portland Comets 27-24 on Sunday.

      “We had the call we wanted. Their guy made a play,” said Comets safety Khalil Dorsey, who watched the final drive from the sideline.

      “We will watch the tape and move on,” said Comets head coach Gary Lindqvist.

      “That is two weeks in a row,” said Portland general manager Ray Hollister.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Khalil Dorsey', 'Gary Lindqvist', 'Ray Hollister']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: the verbs of a sports page', () => {
  it('reads `cracked`, `deadpanned`, `grumbled`, `griped` and `marveled` as speech, and `shouted`, `vowed`, `conceded` before the name too', () => {
    const { story, findings } = analyzeStory(wire`
      SAN ANTONIO (AP) — Marcus Tillery threw three touchdown passes, and the San Antonio Vipers rallied from 17 points down to beat the Portland Comets 27-24 on Sunday.

      “Ugly wins count the same,” Tillery cracked.

      “I have seen prettier,” coach Dale Whitacre deadpanned.

      “We gave that one away,” grumbled Comets quarterback Eli Brandvold.

      “Next time it goes the other way,” vowed Brandvold.

      “They were better in the fourth,” conceded Comets coach Gary Lindqvist.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Marcus Tillery', 'Dale Whitacre', 'Eli Brandvold', 'Eli Brandvold', 'Gary Lindqvist']);
    assert.deepEqual(findings.map((f) => f.rule).filter((r) => r !== 'attribution-verb'), []);
  });
});

describe('attribution-missing: a player described by seed, ranking, draft or nationality', () => {
  it('takes `the top seed`, `the No. 2 seed`, `the world No. 4`, `the Japanese star`, `the German` and `said the Swede` as described speakers', () => {
    const { findings } = analyzeStory(wire`
      CHARLESTON, S.C. (AP) — Katarina Vollmer beat Aiko Tanabe 6-4, 6-3 on Sunday to win the Charleston Open.

      “When you lose a final, you look at the other side of the net first,” the top seed said.

      “I will be back here,” the Japanese star said.

      “She served better than I have ever seen her serve,” said the No. 2 seed.

      “It was windy for both of us,” the world No. 4 said.

      “I was a first-round pick once too,” the German said.

      “Nobody expected this,” said the Swede.
    `);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a spokeswoman for a place of work the story does not list', () => {
  it('takes `a spokeswoman for the farm said` as the spokeswoman, not a farm that cannot speak', () => {
    const { story, findings } = analyzeStory(wire`
      SEOUL, South Korea (AP) — Tran Van Duc, 34, said he was paid on time at his new job.

      “Here we have a fan and a break at lunch,” Duc said.

      “The workers rest every hour when it is hot,” a spokeswoman for the farm said.

      “We have had no complaints,” a manager at the teahouse said, and a spokesman for the bakery next door said, “Neither have we.”
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, q.attribution?.via]), [['Tran Van Duc', 'name'], [undefined, 'description'], [undefined, 'description'], [undefined, 'description']]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a gender the narration tells', () => {
  it('learns `he` from `lost his bid` and from `He` opening the next sentence, so `she said` has no one to mean', () => {
    const unisex = analyzeStory(wire`
      FLAGSTAFF, Ariz. (AP) — Coconino County Sheriff Dale Whitlock lost his bid for a third term Tuesday.

      “The voters made their choice, and I respect it,” she said.
    `);
    assert.deepEqual(unisex.findings.map((f) => f.rule), ['attribution-missing']);
    const familyFirst = analyzeStory(wire`
      SEOUL, South Korea (AP) — Park Ji-hoon grows strawberries and peppers on a 2-hectare farm in Nonsan. He employs six workers from Vietnam.

      “If my workers get sick, my harvest rots,” Park said.

      Park closed the packing shed shortly after 2 p.m. He said the heat would break by Friday.

      “We have never had a heat complaint,” she said.
    `);
    assert.deepEqual(familyFirst.story.people.map((p) => [p.name, p.gender]), [['Park Ji-hoon', 'male']]);
    assert.deepEqual(familyFirst.findings.map((f) => f.rule), ['attribution-missing']);
  });

  it('learns `she` from `A Kazakh freight forwarder, Aidana Seitkali, said her company …`, so a `he` after her quote paragraph is the man named before', () => {
    const { story, findings } = analyzeStory(wire`
      BAKU, Azerbaijan (AP) — Azerbaijan’s deputy transport minister, Elchin Mammadov, said Thursday that his government expected 3 million tons of cargo on the reopened line in its first year.

      A Kazakh freight forwarder, Aidana Seitkali, said her company had routed its next four shipments through Russia anyway.

      “The price on paper is good,” Seitkali said. “But my clients pay for certainty.”

      “If we are late, you will read it,” he said.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.gender]), [['Elchin Mammadov', 'male'], ['Aidana Seitkali', 'female']]);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Aidana Seitkali', 'Aidana Seitkali', 'Elchin Mammadov']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });

  it('learns `he` from `Zhou Minghua, who led the Chinese delegation, said his government …`, so a `she` after him is not his', () => {
    const { story, findings } = analyzeStory(wire`
      PUNTARENAS, Costa Rica (AP) — Costa Rica’s fisheries minister, María Elena Pineda García, said Thursday that delegates had come close to a deal on closing tuna grounds.

      Zhou Minghua, who led the Chinese delegation, said his government supported protecting bigeye.

      Zhou was asked whether he would accept a three-month closure.

      “Three months, maybe,” she said.
    `);
    assert.equal(story.people.find((p) => p.name === 'Zhou Minghua')?.gender, 'male');
    assert.deepEqual(findings.map((f) => f.rule), ['attribution-ambiguous']);
  });

  it('learns `she` from a `she` of the sentence its name opens, before anyone else (`Park, told of the remark as she left the theater, smiled and spoke to Cho`)', () => {
    const { story } = analyzeStory(wire`
      CHICAGO (AP) — Director Park Ji-yeon accepted the festival’s top prize Saturday through a translator, Daniel Cho.

      Park, told of the remark as she left the theater, smiled and spoke briefly to Cho. Kim Tae-ho thanked the jury after Cho said he had never seen a longer ovation.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.gender]), [['Park Ji-yeon', 'female'], ['Daniel Cho', 'male'], ['Kim Tae-ho', 'unknown']]);
  });

  it('learns nothing from a pronoun when someone else is named in the sentence, or the name is a possessive', () => {
    const { story } = analyzeStory(wire`
      SEOUL, South Korea (AP) — Park Ji-hoon thanked Lee Min-jung for her help with the harvest.

      Kim’s daughter drove her truck to the market.

      “We sold everything by noon,” Kim Soo-ah said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => [p.name, p.gender]), [['Park Ji-hoon', 'unknown'], ['Lee Min-jung', 'unknown'], ['Kim Soo-ah', 'unknown']]);
  });
});

describe('attribution-missing: one of a team’s people, described by the team', () => {
  it('does not give `the Mariners captain said` or `said the Mariners coach` to the team, nor `the Louisiana native said` to Louisiana', () => {
    const { story, findings } = analyzeStory(wire`
      DULUTH, Minn. (AP) — Freshman Anders Lindahl scored twice in the third period, and North Shore State beat the St. Croix Mariners 3-2 on Friday night.

      Goalie Caleb Marsh, the Mariners captain, made 38 saves. Mariners coach Dale Whitacre was ejected in the second period.

      “When it gets loud like that, you can’t hear yourself think,” the Mariners captain said.

      “I have no complaints about the officiating,” said the Mariners coach.

      “He is the best goalie in this league,” the Louisiana native said.
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, q.attribution?.via]), [[undefined, 'description'], ['Dale Whitacre', 'role'], [undefined, 'description']]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: `the team said` after a sponsor company', () => {
  it('gives the team’s statement to the team, not to the company named last', () => {
    const { story, findings } = analyzeStory(wire`
      SAN ANTONIO (AP) — The San Antonio Vipers placed quarterback Marcus Tillery on injured reserve Monday, a day after he broke his left wrist in a 27-24 win over Portland.

      Keystone Steel Corp., which has Tillery under an endorsement deal, will donate $1,000 to a children’s hospital for every week he is out.

      “Marcus is the heart of this team, and we expect him back before the playoffs,” the team said in a statement.

      “We are proud to stand behind him,” the company said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['San Antonio Vipers', 'Keystone Steel Corp.']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a union local or a legion post by its number', () => {
  it('gives `United Steelworkers Local 1207 said` to the local, not to the executive paraphrased before it', () => {
    const { story, findings } = analyzeStory(wire`
      PITTSBURGH (AP) — Keystone Steel Corp. said Thursday that it will buy rival Ohio Valley Metals for $2.1 billion in cash and stock.

      Chief Executive Renata Osei said the company had no plans to close any of Ohio Valley’s three mills.

      “Nobody from either company picked up a phone,” United Steelworkers Local 1207 said in a statement.
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, story.people[q.speaker]?.kind]), [['United Steelworkers Local', 'organization']]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a player named after `a pass to`', () => {
  it('reads `a pass to Devonte Reese` as a person (no place), so `said Reese, whose father, Darnell Reese, …` is Devonte', () => {
    const { story, findings } = analyzeStory(wire`
      SAN ANTONIO (AP) — Marcus Tillery threw a 31-yard touchdown pass to Devonte Reese with 48 seconds left, and the San Antonio Vipers beat the Portland Comets 27-24 on Sunday.

      “I just did my job,” said Reese, whose father, Darnell Reese, played nine seasons in the league.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Devonte Reese']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a described speaker’s next sentence', () => {
  it('does not give `“We follow the rules.”` after `a farm spokeswoman said` to the man quoted before her', () => {
    const { story, findings } = analyzeStory(wire`
      SEOUL, South Korea (AP) — Tran Van Duc, 34, said he was paid on time at his new job.

      “Here we have a fan and a break at lunch,” Duc said. The farm’s owner declined to comment. “The workers rest every hour when it is hot,” a farm spokeswoman said. “We follow the ministry’s rules.”
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Tran Van Duc', undefined, undefined]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: the family named before one of its members', () => {
  it('reads `the Van der Berg family` and `the de la Cruz family` as a family, so the member quoted later speaks and was introduced', () => {
    for (const [family, member, surname] of [['Van der Berg', 'Victor Van der Berg', 'Van der Berg'], ['de la Cruz', 'Rosario de la Cruz', 'de la Cruz']]) {
      const { story, findings } = analyzeStory(wire`
        TACOMA, Wash. (AP) — A Lakewood man who drove drunk and killed a 22-year-old nursing student was sentenced Friday to 12 years in prison.

        Members of the ${family} family filled two rows of the courtroom.

        The student’s grandparent, ${member}, 81, spoke last.

        “God should take the old ones first. That is the deal,” ${surname} said.
      `);
      assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), [member]);
      assert.deepEqual(findings.map((f) => f.rule), []);
    }
  });
});

describe('attribution-missing: a relative by the role set off before her name', () => {
  it('gives `his mother said` to the mother the story named (`His mother, Denise Caldwell,`)', () => {
    const { story, findings } = analyzeStory(wire`
      PINEHURST, N.C. (AP) — Tommy Caldwell made birdie on the last two holes Sunday and won the Carolina Classic by one shot. His mother, Denise Caldwell, watched from behind the 18th green.

      “I couldn’t watch. I watched the people watching,” his mother said.
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, q.attribution?.via]), [['Denise Caldwell', 'role']]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a party set off after a surname', () => {
  it('gives `the Democrat said` to `Fairweather-Oduya, a Democrat,`', () => {
    const { story, findings } = analyzeStory(wire`
      FLAGSTAFF, Ariz. (AP) — Former police Capt. Nadia Fairweather-Oduya unseated two-term Coconino County Sheriff Dale Whitlock on Tuesday.

      With nearly all ballots counted, Fairweather-Oduya, a Democrat, had 54 percent of the vote to Whitlock’s 46 percent.

      “Starting in January, they are going to get me,” the Democrat said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Nadia Fairweather-Oduya']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: what stickers or shirts read', () => {
  it('gives the words on `stickers that read “…”` to no one, not to the speaker beside them', () => {
    const { story, findings } = analyzeStory(wire`
      ASHEVILLE, N.C. (AP) — The Asheville City Council voted 4-3 late Tuesday to cap whole-house short-term rentals.

      “I am not a corporation. I am a widow with a mortgage,” said Ingrid Solberg-Park, who was among a dozen owners wearing yellow stickers that read “Hosts Are Neighbors.”
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Ingrid Solberg-Park', undefined]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a new sentence of reported speech after a quotation that ends with a period', () => {
  it('does not read `“You are family now.” Aguilar said the search had cost …` as Aguilar’s quotation', () => {
    const { story } = analyzeStory(wire`
      LAS CRUCES, N.M. (AP) — Two hikers were found alive Wednesday, Sheriff Raymond Aguilar said.

      “We can’t thank these people enough,” the statement read. “You are family now.” Aguilar said the search had cost the county about $40,000.

      “Nobody gave up,” Aguilar said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), [undefined, undefined, 'Raymond Aguilar']);
  });
});

describe('attribution-missing: reviews and product launches', () => {
  it('reads a review’s present-tense verbs (`Harlan sings`, `Vance shouts`) as speech, but not `sings with` someone', () => {
    const { story, findings } = analyzeStory(wire`
      NASHVILLE, Tenn. (AP) — Nell Harlan’s new album is a record about a flood. Guitarist Otis Vance, who sings with Harlan on two songs, produced it.

      “We are not what the water left,” Harlan sings on the title track.

      “One more, slower this time,” Vance shouts as the lights come down.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Nell Harlan', 'Otis Vance']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });

  it('reads `producer Caleb Ostrowski` as a person, not a business named after its kind', () => {
    const { story, findings } = analyzeStory(wire`
      NASHVILLE, Tenn. (AP) — The title song almost did not make the record, producer Caleb Ostrowski said.

      “We had a version with strings, with a choir, with everything,” he said.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.kind]), [['Caleb Ostrowski', 'person']]);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Caleb Ostrowski']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });

  it('reads `Vantage Optics` as a company, and a device that answers as a described voice', () => {
    const { story, findings } = analyzeStory(wire`
      SAN FRANCISCO (AP) — Vantage Optics said in a statement that its headset would get a software update in March.

      “What should I cook tonight?” a reporter asked. “Something with mushrooms,” the glasses answered.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.kind]), [['Vantage Optics', 'organization']]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: roles of a health or statehouse story', () => {
  it('gives `the director said` to one set off as `, director of the district` (no article), and `the lobbyist said` to the lobbyist', () => {
    const { story, findings } = analyzeStory(wire`
      TWIN FALLS, Idaho (AP) — Measles cases rose to 41 on Tuesday in south-central Idaho.

      “We are past the point where this burns itself out,” said Marjorie Tollefson, director of the South Central Public Health District.

      Dale Hutchins, a lobbyist for the Idaho Farm Bureau, said his members would help with clinics.

      “Every day we do not close a gap in vaccination, the virus finds it,” the director said.

      “We will drive people to the clinics if we have to,” the lobbyist said.

      “I have delivered babies here for 20 years and never seen a case,” a midwife in Jerome said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Marjorie Tollefson', 'Marjorie Tollefson', 'Dale Hutchins', undefined]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a lawmaker by a hometown of two words and the party', () => {
  it('gives `the Las Cruces Democrat said` to `Sen. Martin Ortega-Baca, D-Las Cruces,` among two Democrats', () => {
    const { story, findings } = analyzeStory(wire`
      SANTA FE, N.M. (AP) — Sen. Martin Ortega-Baca, D-Las Cruces, said the state has no record of how much water the largest wells draw. Sen. Elena Sandoval, D-Taos, agreed.

      “You cannot budget what you refuse to measure,” the Las Cruces Democrat said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Martin Ortega-Baca']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a person whose surname ends places’ names, set off after her role', () => {
  it('reads `The family’s lawyer, Susan Park,` as a woman, so `she said` is hers', () => {
    const { story, findings } = analyzeStory(wire`
      NEW LONDON, Conn. (AP) — A dockworker told jurors Tuesday that he saw Dennis Vukovich leave the Fulton Street pier minutes after night watchman Harold Ebbeson was beaten to death.

      The family’s lawyer, Susan Park, sat behind the prosecutors.

      “The family has waited long enough,” she said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Susan Park']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a paragraph about an official by the noun of her title', () => {
  it('gives `she said` after `The governor toured a shelter …` to Gov. Whitfield, not to the woman quoted before', () => {
    const { story, findings } = analyzeStory(wire`
      GULF SHORES, Ala. (AP) — Gov. Lorraine Whitfield said Thursday that no deaths had been confirmed after Hurricane Dolores came ashore near Gulf Shores.

      Baldwin County Emergency Management Director Janet Okafor said 38 people had been pulled from flooded homes overnight.

      “We had folks calling us at 3 in the morning from their attics,” Okafor said.

      The governor toured a shelter in Foley later in the day.

      “These are the toughest people I know,” she said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Janet Okafor', 'Lorraine Whitfield']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a request is not a question', () => {
  it('keeps `she said` after `Thorne asked Judge Anita Delacroix for a short recess` with the one who asked', () => {
    const { story } = analyzeStory(wire`
      NEW LONDON, Conn. (AP) — A spectator’s outburst halted testimony Tuesday at the murder trial of Dennis Vukovich.

      Assistant State’s Attorney Rebecca Thorne asked Superior Court Judge Anita Delacroix for a short recess.

      “The witness is visibly shaken,” she said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Rebecca Thorne']);
  });
});

describe('attribution-missing: a retort and a described speaker whose verbs are joined', () => {
  it('reads `shot back` and `fired back` as speech', () => {
    const { story, findings } = analyzeStory(wire`
      ALGONA, Iowa (AP) — Dale Brandt has coached the Algona Bulldogs for 27 seasons. His son, Cody Brandt, came home two years ago to run the defense.

      “He would blitz on every down if I let him,” Dale Brandt said.

      The players laughed at practice Tuesday.

      “Somebody has to keep him awake on Friday nights,” Cody Brandt shot back.

      “Not on my watch,” the elder Brandt fired back.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name ?? q.attribution?.via), ['Dale Brandt', 'Cody Brandt', 'Dale Brandt']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });

  it('gives `Her husband turned to her around 2 a.m. and said, “…”` to the husband, named or described', () => {
    const { story, findings } = analyzeStory(wire`
      GULF SHORES, Ala. (AP) — Wanda Pruitt, 67, rode out Hurricane Dolores early Thursday in the bait shop she has run for 31 years.

      Her husband turned to her around 2 a.m. and said, “We should have gone to Atmore.”

      The clerk at the motel up the road looked out at the water and said, “It was at the door by 3.”
    `);
    assert.deepEqual(story.quotations.map((q) => q.attribution?.via), ['description', 'description']);
    assert.deepEqual(findings.map((f) => f.rule), []);
    const named = analyzeStory(wire`
      GULF SHORES, Ala. (AP) — Wanda Pruitt, 67, rode out Hurricane Dolores early Thursday in her bait shop. Her husband, Roy Pruitt, stayed with her.

      Her husband turned to her around 2 a.m. and said, “We should have gone to Atmore.”
    `).story;
    assert.deepEqual(named.quotations.map((q) => named.people[q.speaker]?.name), ['Roy Pruitt']);
  });
});

describe('attribution-missing: an action beat after an opening phrase', () => {
  it('gives the quotation after `During a recess, Irene Vukovich sat on a bench …` to her', () => {
    const { story, findings } = analyzeStory(wire`
      NEW LONDON, Conn. (AP) — A prosecutor told jurors Tuesday that cellphone records place Dennis Vukovich near the Fulton Street pier at the time a night watchman was killed there.

      The defendant’s mother, Irene Vukovich, has not missed a day of the trial.

      During a recess, Irene Vukovich sat on a bench in the hallway with a rosary in her hands. “He was home asleep by 11 that night.”
    `);
    assert.deepEqual(story.quotations.map((q) => [story.people[q.speaker]?.name, q.attribution?.via]), [['Irene Vukovich', 'beat']]);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a person set off after a place noun', () => {
  it('registers `The European Union’s special envoy for the region, Ingrid Vestergaard,` as a person, so `he said` is the one man', () => {
    const { story, findings } = analyzeStory(wire`
      BAKU, Azerbaijan (AP) — Azerbaijan’s deputy transport minister, Elchin Mammadov, said Thursday that his government expected 3 million tons of freight on the new line.

      The European Union’s special envoy for the region, Ingrid Vestergaard, a Danish diplomat, called the opening overdue. She said the bloc would send customs advisers.

      Mammadov said a joint office would track every train.

      “If we are late, you will read it,” he said.
    `);
    assert.ok(story.people.some((p) => p.name === 'Ingrid Vestergaard' && p.kind === 'person'));
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Elchin Mammadov']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: a group speaks from where it is', () => {
  it('reads `Residents at the hearing said, “…”` and `Protesters in the gallery chanted, “…”` as the group’s words', () => {
    const { story, findings } = analyzeStory(wire`
      TUCSON, Ariz. (AP) — The Tucson City Council on Tuesday postponed a vote on a 14% water rate increase after more than 150 residents crowded into council chambers.

      Protesters in the gallery chanted, “Water is not a luxury!”

      Residents at the hearing said, “We cannot pay more.”

      Demonstrators outside chanted, “Vote no!”
    `);
    assert.deepEqual(story.quotations.map((q) => q.attribution?.via), ['description', 'description', 'description']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-missing: called back from somewhere is no speech', () => {
  it('flags a quotation after `The Mariners recalled Seo from Triple-A Tacoma`, and still reads `Varga recalled` as speech', () => {
    const { story, findings } = analyzeStory(wire`
      SEATTLE (AP) — Right-hander Jae-won Seo will start Friday in Oakland, manager Ruth Varga said Tuesday.

      The Mariners recalled Seo from Triple-A Tacoma last month.

      “I am ready. In Tacoma they told me to be patient. Now my chance comes again.”

      “He threw 90 pitches in the rain and never complained,” Varga recalled.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name ?? null), [null, 'Ruth Varga']);
    assert.deepEqual(findings.map((f) => [f.rule, story.text.slice(f.start, f.start + 9)]), [['attribution-missing', '“I am rea']]);
  });
});

describe('attribution-missing: a role the title stands for', () => {
  it('gives `the prosecutor`, `the lieutenant governor`, `the councilwoman`, `the alderman`, `the attorney` and `the lawmaker` to the one holder of the title', () => {
    const { story, findings } = analyzeStory(wire`
      KINGSTON, N.Y. (AP) — A Saugerties man was sentenced Thursday to 12 years in prison for a hit-and-run crash on Route 9W.

      Assistant District Attorney Raymond Kiernan asked for the maximum.

      “This was a plan that lasted almost a week,” the prosecutor said.

      Lt. Gov. Howard Benally watched from the gallery.

      “The family deserved this,” the lieutenant governor said.

      Council member Priya Ramaswamy wrote the state’s new crosswalk law.

      “Route 9W needs lights,” the councilwoman said.

      Ald. Derek Aune sat beside her.

      “We will fund them,” the alderman said.

      State Sen. Paula Greer, who represents Saugerties, said she would hold hearings.

      “Every town on that road has asked,” the lawmaker said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Raymond Kiernan', 'Howard Benally', 'Priya Ramaswamy', 'Derek Aune', 'Paula Greer']);
    assert.deepEqual(findings.map((f) => f.rule), []);
    // A lawyer is an attorney; beside a district attorney, `the attorney` could be either.
    const defense = wire`
      KINGSTON, N.Y. (AP) — A Saugerties man was sentenced Thursday to 12 years in prison for a hit-and-run crash on Route 9W.

      Defense lawyer Natalie Wojcik asked for eight years.

      “He has never been in trouble before,” the attorney said.
    `;
    const alone = analyzeStory(defense);
    assert.deepEqual(alone.story.quotations.map((q) => alone.story.people[q.speaker]?.name), ['Natalie Wojcik']);
    const both = analyzeStory(defense.replace('Defense lawyer', 'Assistant District Attorney Raymond Kiernan asked for the maximum.\n\nDefense lawyer'));
    assert.deepEqual(both.findings.map((f) => f.rule), ['attribution-ambiguous']);
  });
});

describe('attribution-missing: a letter read out, by whose it is', () => {
  it('gives the words after `Ekdahl reads part of Voss’s letter aloud:` to Voss', () => {
    const { story } = analyzeStory(wire`
      TWO HARBORS, Minn. (AP) — Ruth Ekdahl kept the Split Rock Light for 26 years.

      In 2019 she spotted a kayaker clinging to a rock near Hays Point. The kayaker, a graduate student from Minneapolis named Peter Voss, later wrote her a letter.

      Ekdahl reads part of Voss’s letter aloud:

      “You were the only person who saw me. I think about that more than I think about the cold.”
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Peter Voss']);
  });
});
