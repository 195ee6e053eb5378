import { strict as assert } from 'node:assert';
import { analyzeStory } from '../../../src/core';
import { hardWrapped, ruleTester, wire } from './harness';

// The copy desk cut `harbor master Tom Levesque` down to the surname at first reference.
// A play's characters go by the one name the script gives them.
const PLAY_CHARACTERS = wire`
  MINNEAPOLIS (AP) — Three sisters share a lighthouse in “The Keeper’s Daughters,” the new play by Tobias Wendt that opened Thursday.

  Rosalind Mbeki, in her professional debut, plays Hattie, the youngest, who wants to stay on the island forever.

  “Nobody keeps a light so they can stay,” Hattie says in the first scene.

  “You keep a light so other people can leave,” Agnes (Lorna Feeney) tells her.
`;

const CUT_FIRST_REFERENCE = wire`
  PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday, three weeks after a storm tore away two pilings at the town pier.

  “The pilings came through better than anyone expected,” ⟦Levesque⟧ said. “We got lucky.”

  The state paid $1.2 million for the repairs.
`;

ruleTester('attribution-unknown', {
  valid: [
    {
      name: 'the surname Said after a given name (`Ahmed Said, 58, who …, said`; `“…,” Said said`), no verb of `Ahmed`',
      code: wire`
        ALEXANDRIA, Egypt (AP) — Bakers in Alexandria said Tuesday that the price of subsidized flour had not changed.

        Ahmed Said, 58, who has run a bakery near the Corniche for 30 years, said customers were worried anyway.

        “They buy 20 loaves instead of five,” Said said.
      `,
    },
    {
      name: 'a Chinese or Vietnamese family name that is also a particle elsewhere (`Du Yifan` then `Du said`; `Le Van Tam` then `Tam said`)',
      code: wire`
        HANOI, Vietnam (AP) — Officials from China and Vietnam met Friday on steel tariffs and river dams.

        Du Yifan, a deputy director in China’s trade ministry, said the change would take effect Jan. 1.

        “The market has changed, and our policy must change with it,” Du said.

        A farmer from Ben Tre province, Le Van Tam, 63, said saltwater had ruined two of his harvests.

        “The river gives, and the river takes,” Tam said.
      `,
    },
    {
      name: 'a performer by one name, introduced as a singer-songwriter or said to perform under one name',
      code: wire`
        OWENSBORO, Ky. (AP) — The River Bend Bluegrass Festival drew an estimated 18,000 people over three days, organizers said Sunday.

        The festival closed with a solo set by singer-songwriter Wren, 22, of Asheville, North Carolina.

        “Bluegrass is supposed to be a conversation,” Wren said.

        The other name on everyone’s lips was Tamsin, a 19-year-old fiddler from Galax, Virginia, who performs under one name.

        “I just play what the room wants,” Tamsin said.
      `,
    },
    {
      name: 'a lawmaker’s hometown with a lower-case or abbreviated word in it, before another phrase set off (`R-Fond du Lac, who chairs …, said`, `D-Prairie du Chien, a former school principal, said`, `D-Sault Ste. Marie, who sits …, said`)',
      code: wire`
        MADISON, Wis. (AP) — Gov. Lorraine Petrakis vetoed the state budget Friday, sending lawmakers back to work.

        Sen. Paul Eckhardt, R-Fond du Lac, who chairs the finance committee, said he had warned his leadership in April.

        Rep. Dana Whitcomb, D-Prairie du Chien, a former school principal, said the veto was overdue.

        Sen. Ruth Aho, D-Sault Ste. Marie, who sits on the same committee, said she would vote to override.

        “We saw this coming,” Eckhardt said.
      `,
    },
    {
      name: 'a union whose name is a series with commas, inside the phrase set off after the speaker (`president of Local 67 of the Bakery, Confectionery, Tobacco Workers and Grain Millers union, said`)',
      code: wire`
        MINNEAPOLIS (AP) — Halvorsen Foods said Tuesday it will eliminate about 900 jobs, mostly at two snack plants in Iowa and Wisconsin.

        Teresa Quinlan, president of Local 67 of the Bakery, Confectionery, Tobacco Workers and Grain Millers union, said members learned about the closing from a news alert.

        “Nobody from the company called us,” Quinlan said.
      `,
    },
    {
      // quote-unclosed reports the missing mark; the full name it swallowed is an introduction
      // once that is mended, not a speaker never introduced.
      name: 'a full name swallowed by an unclosed quotation in hard-wrapped copy (`“Nobody from the board ever asked us.` ⏎ `Trustee Marcus Whitfield cast …`)',
      code: [
        'TACOMA, Wash. (AP) — The Tacoma Public Library board voted 5-2 on Tuesday to',
        'close two branches on Sundays starting in March.',
        'Odessa Brandvold, who runs a homework club at the Swan Creek branch, said',
        'no one had asked the families who use it.',
        '“We come every Sunday,” she said. “Nobody from the board ever asked us.',
        'Trustee Marcus Whitfield cast one of the votes against the cuts. He said',
        'the board should have waited for a budget from the city.',
        '“We are closing the doors first and asking questions later,” Whitfield',
        'said.',
        '',
      ].join('\n'),
    },
    {
      name: 'people of a kind in the plural opening a sentence, before where they work or are (`Analysts at Harlow & Finch called`, `Fishermen in Puntarenas called`)',
      code: wire`
        NEW YORK (AP) — Brightline Logistics will buy a regional freight railroad for about $4.2 billion, the companies said Monday.

        Analysts at Harlow & Finch called the price “full but fair.”

        Fishermen in Puntarenas called the plan “a land grab.”
      `,
    },
    {
      name: 'countries speaking for their governments (`China said`, `Japan asked`, `Taiwan asked`)',
      code: wire`
        BEIJING (AP) — China said Tuesday it would hold more military drills near Taiwan.

        “We will not be intimidated,” Taiwan’s president, Lai Ching-te, said.

        Japan asked both sides for restraint. Peru said it had not been consulted.
      `,
    },
    {
      name: 'a wife set off by first name after her husband’s full name (`His wife, Karin,`), then `Karin said`, then her full name',
      code: wire`
        DULUTH, Minn. (AP) — Gunnar Lindahl, 64, has fed the same sourdough starter at Lindahl’s Bakery every morning for 31 years. His wife, Karin, keeps the books.

        “He thought I was joking about selling it,” Karin said.

        Karin Lindahl said sales fell by a third in the spring of 2020.
      `,
    },
    { name: 'a play’s characters by first name (`plays Hattie`, `Agnes (Lorna Feeney) tells her`)', code: PLAY_CHARACTERS },
    { name: 'a play’s characters by first name, hard-wrapped at 60 columns', code: hardWrapped(PLAY_CHARACTERS, 60) },
    {
      name: 'someone with one name, introduced as such (`Sutrisno, a food vendor who like many Indonesians uses one name,`)',
      code: wire`
        JAKARTA, Indonesia (AP) — Tens of thousands of students marched on Indonesia’s parliament Wednesday.

        Sutrisno, a 54-year-old food vendor who like many Indonesians uses one name, watched the march from behind his cart.

        “My son is out there somewhere,” Sutrisno said in Indonesian.
      `,
    },
    {
      name: 'a Filipino name with `Ma.` for Maria inside it (`Jose Ma. Villanueva`)',
      code: wire`
        MANILA, Philippines (AP) — Thousands of people marched in Manila on Sunday to protest alleged corruption in flood-control projects.

        Jose Ma. Villanueva, a 67-year-old retired teacher from Marikina, said floodwaters had reached his roof twice in five years.

        “Each time, they told us the new wall would hold,” Villanueva said.
      `,
    },
    {
      name: 'a product given a name that then speaks (`the product, called Juniper,`)',
      code: wire`
        SEATTLE (AP) — A Seattle startup on Tuesday began selling an artificial intelligence receptionist for dental offices.

        Chief Executive Priya Raman demonstrated the product, called Juniper, onstage at a launch event.

        “I have Tuesday at 10:15 or Thursday at 2,” Juniper said.
      `,
    },
    {
      name: 'Dean as a given name after a title or with the role set off after it (`Sheriff Dean Growdon`, `Dean Growdon, the county sheriff,`)',
      code: wire`
        SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes in Lassen County on Wednesday.

        Sheriff Dean Growdon defended the timing of the evacuation order. Fire Chief Dean Ostrander, the county's fire marshal, agreed.

        “People said we waited too long,” Growdon said. “We did not,” Ostrander said.
      `,
    },
    {
      name: 'kin named by first name in a list (`His sons, Daniel and Thomas,`) or without commas (`Her cousin Erik, 34,`)',
      code: wire`
        CLEAR LAKE, Iowa (AP) — Harold Kessler, who won three state football championships at Clear Lake High School, died Sunday at his home. He was 84.

        His sons, Daniel and Thomas, both played for him. His daughters, Ruth, Ann and Grace, kept the stats.

        “Mom would put a plate of sandwiches down and just walk away,” Daniel said. “Dad never noticed,” Thomas said. Grace said he never missed a birthday.

        Her cousin Erik, 34, a science teacher in Waterloo, said the family had tried for years to get the couple to explain their secret.

        “Nobody ever got it out of them,” Erik said.
      `,
    },
    {
      name: 'a given name that is also a title, set off by an appositive (`Dean Haines, a farmer who …`, `Dean Pruitt, 58,`)',
      code: wire`
        LONGMONT, Colo. (AP) — A training plane crashed in a field east of Longmont on Saturday, killing an instructor and a student pilot.

        Dean Haines, a farmer who lives next to the field, said he heard the engine sputter. Dean Pruitt, 58, heard it too.

        “It was quiet, and then it coughed, and then it was quiet again,” Haines said.

        “I called 911 before it hit,” Pruitt said.
      `,
    },
    {
      name: 'a wife set off by first name after her years of marriage (`His wife of 61 years, Marjorie,`), then `she said`',
      code: wire`
        CLEAR LAKE, Iowa (AP) — Harold Kessler, who won three state football championships at Clear Lake High School, died Sunday at his home. He was 84.

        His wife of 61 years, Marjorie, said he died in his sleep.

        “He went to bed talking about the Lions’ schedule,” she said. “That was Harold.”

        Marjorie said the family would hold a service Saturday.
      `,
    },
    {
      name: 'a first name given at the person’s request, the phrase broken across lines',
      code: [
        'SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes.',
        '',
        'A mother of three who asked to be identified only by her first',
        'name, Delphine, said the sheriff’s deputies knocked at 2 a.m.',
        '',
        '“I grabbed the kids and the dog and that was it,” Delphine said.',
        '',
      ].join('\n'),
    },
    {
      name: 'someone AP names by first name at their request (`identified only by her first name, Marisol,`, `identified only as Rosa`)',
      code: wire`
        HARLINGEN, Texas (AP) — Two Honduran women asked an immigration judge Tuesday for asylum.

        The first, who asked to be identified only by her first name, Marisol, because relatives remain in Honduras, testified through a Spanish interpreter.

        “They came at night, four of them,” Marisol said.

        The second woman, identified only as Rosa for the same reason, wept as she spoke.

        “I have nothing to go back to,” Rosa said.

        A veteran who asked to be identified only by his nickname, Tank, handed out flags.

        “I know what it is to come home to nobody,” Tank said.
      `,
    },
    {
      name: 'a given name that is also a title after a role in lower case (`patrol spokesman Dean Whitacre`)',
      code: wire`
        OKLAHOMA CITY (AP) — Ice closed Interstate 35 for six hours Tuesday. No one was seriously hurt, patrol spokesman Dean Whitacre said.

        “We had semis jackknifed in both directions,” Whitacre said.
      `,
    },
    {
      name: 'a nickname in quotes before a surname with particles (`Hendrik “Henk” van der Berg`), then the surname',
      code: wire`
        HOLLAND, Mich. (AP) — The festival’s Dutch tent is run by Hendrik “Henk” van der Berg, 71, who came to Michigan from Leiden in 1976.

        “She is older than my grandfather and more stubborn than my wife,” van der Berg said of the tent’s street organ.
      `,
    },
    {
      name: 'a given name Korean family names share before a Vietnamese family name (`Kim Tran` is Tran)',
      code: wire`
        GARDEN GROVE, Calif. (AP) — Council member Kim Tran proposed the night market on Brookhurst Street.

        “People have been asking for this since before the pandemic,” Tran said.
      `,
    },
    {
      name: 'a state named after an adjective, as the subject of `that says` (`a flour mill in central Texas that says it is owed`)',
      code: wire`
        HOUSTON (AP) — A federal judge on Monday questioned a plan by bankrupt bakery chain Golden Crust Holdings to pay bonuses to its top executives.

        One of its creditors, Agnes Thornbury, owns a small flour mill in central Texas that says it is owed about $310,000.
      `,
    },
    {
      name: 'a rank with its class before a full name (`Army Sgt. 1st Class Renee Calloway`, `Petty Officer 2nd Class`)',
      code: wire`
        FORT CAMPBELL, Ky. (AP) — Army Sgt. 1st Class Renee Calloway read the names of the fallen at a Veterans Day ceremony Tuesday, beside Navy Petty Officer 2nd Class Dana Ruiz.

        “I practiced for a week so I would not stumble on a single one,” Calloway said. “We were ready,” Ruiz said.
      `,
    },
    {
      name: 'a plural noun opening the sentence after a quotation that ends one (`Refiners said`)',
      code: wire`
        HOUSTON (AP) — Gasoline prices rose 12 cents a gallon in a week, the Energy Information Administration said Monday.

        “The summer blend always costs more.” Refiners said supplies were tight along the Gulf Coast.
      `,
    },
    {
      name: 'a pope, a prince and an ayatollah, each known by the name after the title',
      code: wire`
        VATICAN CITY (AP) — Pope Francis met with migrants in St. Peter’s Square on Sunday, joined by Britain’s Prince Harry.

        “We are all travelers,” Francis said. “Some of us just left home more recently.”

        “My mother would have loved this,” Harry said.

        In Tehran, Ayatollah Ali Khamenei called the meeting a distraction. “We will respond,” Khamenei said.

        “The church will not forget them,” the pope said later.
      `,
    },
    {
      name: 'a plural source opening a sentence (`Critics said`, `Regulars say`) is no surname',
      code: wire`
        CANTON, Ohio (AP) — The city council voted Monday to widen Fulton Road, cutting the Starlite Diner’s parking lot in half.

        Critics said the plan would cost more than the city has. “It is a road to nowhere,” they said.

        Regulars say the diner will not survive it. “Where would we park?” Regulars asked at the meeting.
      `,
    },
    {
      name: 'a lawmaker’s party and a state AP spells out (R-Texas) are no speaker',
      code: wire`
        WASHINGTON (AP) — The House passed a $9 billion wildfire recovery package Thursday.

        Rep. Jim Tolliver, R-Texas, who voted against the bill, called it “a blank check with a forest fire painted on it.”
      `,
    },
    {
      name: 'a couple who share a surname, by first name after their full names',
      code: wire`
        WAITSFIELD, Vt. (AP) — When the Mad River came over its banks in April, Tom and Linda Harris moved 60 cows to high ground in the dark.

        “We just kept walking them up the hill,” Linda Harris said.

        The barn was a total loss. Tom Harris said insurance covered about half of what it will cost to rebuild.

        “We’re not quitting,” Tom said. “My grandfather built this farm.”

        Linda said the neighbors had already raised $40,000 for the new barn.
      `,
    },
    {
      name: 'a child of 15 or under named by first name with the age',
      code: wire`
        DAYTON, Ohio (AP) — Fourth graders at Ruskin Elementary School turned a weedy lot into a vegetable garden.

        One of the students, Jaylen, 10, said his favorite part was the worms.

        “They do all the work under the ground,” Jaylen said.
      `,
    },
    {
      name: 'an Arabic name with “al-”, lower case mid-sentence and capitalised opening one',
      code: wire`
        BAGHDAD (AP) — Iraqi Prime Minister Mohammed Shia al-Sudani on Monday signed a $2 billion agreement to raise production at the Ratawi field.

        Al-Sudani said the deal would add 200,000 barrels a day within four years.

        “This is oil for the people of Basra first,” al-Sudani told reporters after the signing.
      `,
    },
    {
      name: 'Chinese and Korean names, family name first, referred to by it',
      code: wire`
        BEIJING (AP) — Chinese Premier Li Qiang and South Korean President Lee Jae-myung agreed Tuesday to restart trade talks.

        “We should not let temporary difficulties block a long road,” Li said.

        Lee said the two countries had “every reason” to deepen supply-chain ties.

        Trade analyst Zhang Wei of the Beijing-based Center for China and Globalization said the agreement was modest.

        “It tells companies the door is not closing,” Zhang said.
      `,
    },
    {
      name: 'full name at first reference, surname after',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday, three weeks after a storm closed the town pier.

        “The pilings came through better than anyone expected,” said harbor master Tom Levesque. “We got lucky.”

        Levesque said the first boat left at 6:15 a.m. with 40 passengers.
      `,
    },
    {
      name: 'knownPeople silences a surname-only speaker',
      code: CUT_FIRST_REFERENCE.replace(/[⟦⟧]/g, ''),
      options: { knownPeople: ['Tom Levesque'] },
    },
    {
      name: 'organisations speak without a person’s full name',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “Conditions in the harbor are safe for passenger traffic,” the Coast Guard said in a statement.

        Forecasters expect calm seas through Thursday, NOAA said.
      `,
    },
    {
      name: 'knownOrganizations names a one-word company that speaks',
      code: wire`
        PORTLAND, Maine (AP) — A wind developer said Thursday it would build a turbine assembly yard at the former Kittering shipyard.

        “The harbor is deep enough for the largest blades on the market,” Vantora said.
      `,
      options: { knownOrganizations: ['Vantora'] },
    },
    {
      name: 'acronym speaker',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday after three weeks of repairs.

        “The pier is eligible for disaster aid,” FEMA said Tuesday.
      `,
    },
    {
      name: 'title and full name at first reference, title and surname after',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh toured the rebuilt Kittering pier on Monday.

        “It looks better than it did before the storm,” Marsh said.

        Gov. Marsh also met with island selectmen.
      `,
    },
  ],
  invalid: [
    {
      name: 'a surname with a suffix, never introduced (`Dorsey Jr. said`): a suffix makes no full name',
      code: wire`
        MOBILE, Ala. (AP) — Walter Pike Sr., who served five terms as Mobile County sheriff, died Tuesday, his family said. He was 91.

        His son, Walter Pike Jr., a retired state trooper, said his father died at a hospice after a long illness.

        “He never stopped being a lawman, not even in that bed,” ⟦Dorsey⟧ Jr. said.
      `,
    },
    { name: 'first reference cut to the surname', code: CUT_FIRST_REFERENCE },
    {
      name: 'a surname broken over two lines is named whole in the message (`Okon-` / `kwo` is “Okonkwo”)',
      code: 'SEOUL, South Korea (AP) — South Korea will add farm inspectors, the labor ministry said.\n“Where we find violations, we act,” ⟦Okon-\nkwo⟧ said.\n',
      messages: [/^“Okonkwo” speaks but was not introduced/],
    },
    {
      name: 'a surname that also ends places’ names, never given in full (`Director Park, 44,` … `Park said`)',
      code: wire`
        CHICAGO (AP) — A drama about three sisters won the top prize Saturday night at the Lakeshore International Film Festival.

        Director ⟦Park⟧, 44, accepted the award through a translator.

        “Maybe now they will answer my emails,” Park said.
      `,
    },
    {
      name: 'a coroner and a medical examiner by title and surname alone (`Boulder County Coroner Haines said`)',
      code: wire`
        LONGMONT, Colo. (AP) — A training plane crashed in a field east of Longmont on Saturday, killing an instructor and a student pilot.

        “Both died at the scene of blunt force injuries,” Boulder County Coroner ⟦Haines⟧ said.

        “The families have been notified,” Medical Examiner ⟦Ortega⟧ said.
      `,
    },
    {
      name: 'a surname with a capital inside it (`McAllister`, `LaRue`) is a person never introduced, not an organisation like PayPal',
      code: wire`
        SAN FRANCISCO (AP) — Corvale Inc. unveiled a pair of $499 smart glasses on Tuesday.

        “Everybody said that about the last one,” ⟦McAllister⟧ said. “They will sell anyway,” ⟦LaRue⟧ said.
      `,
    },
    {
      name: 'a title and a surname with its particle (`German Finance Minister von Essen`), and a graduate by surname',
      code: wire`
        BERLIN (AP) — German Finance Minister von ⟦Essen⟧ praised the French budget on Thursday. Graduate ⟦Tjaden⟧, who earned a nursing degree, watched from Missoula.

        “Nobody in Europe enjoys these decisions,” von Essen said. “I was nervous until today,” Tjaden said.
      `,
    },
    {
      name: 'only the cut first reference, not a relative named in full after it and called by first name (`Doug said`)',
      code: wire`
        WAYNE, Neb. (AP) — Senior guard ⟦Brandt⟧ scored 27 points Friday night as Wayne won its first district title since 1985.

        “I didn’t know we had that many people in town,” Brandt said.

        Her father, Doug Brandt, played on the 1985 team.

        “I told her I’d give her my binder of newspaper clippings when she wins state,” Doug said.
      `,
    },
    {
      name: 'a rank with its class and the surname (`Army Sgt. 1st Class Calloway`)',
      code: wire`
        FORT CAMPBELL, Ky. (AP) — Army Sgt. 1st Class ⟦Calloway⟧ read the names of the fallen at a Veterans Day ceremony Tuesday.

        “I practiced for a week so I would not stumble on a single one,” Calloway said.
      `,
    },
    {
      name: 'a clergy title and the surname (`Monsignor Kaczmarek`)',
      code: wire`
        SCRANTON, Pa. (AP) — The Diocese of Scranton will close four parishes in January, church officials said Sunday.

        “We pray for every family this touches,” Monsignor ⟦Kaczmarek⟧ said.
      `,
    },
    {
      name: 'a first reference by a role noun and the surname (`Businesswoman Paz`); `Libertarian Owen Stroud` is a full name',
      code: wire`
        TUCSON, Ariz. (AP) — Mayor Adaeze Okonkwo won a second term Tuesday, beating three challengers.

        Businesswoman ⟦Paz⟧ finished second with 12,870 votes. “I will keep pushing City Hall,” Paz said.

        Restaurateur Quiñones and Libertarian Owen Stroud split the rest. “We were heard,” Stroud said.
      `,
    },
    {
      name: 'a surname shaped like a plural (`Sanders`, `Desrosiers`) after a quotation that ends with a comma, and opening a sentence',
      code: wire`
        CHICAGO (AP) — Shares of Corvale Foods fell 9% Thursday after the company cut prices on its frozen meals.

        “We held our prices too long,” ⟦Sanders⟧ said.

        ⟦Desrosiers⟧ said the cuts would last through the spring.
      `,
    },
    {
      name: 'a surname that ends like a plural (`Evers`) after a titled first reference the verb does not attribute',
      code: wire`
        MADISON, Wis. (AP) — Wisconsin lawmakers adjourned for the year Thursday without passing a child care plan that Democratic Gov. ⟦Evers⟧ had called his top priority.

        “We will be back in January,” Evers said.
      `,
    },
    {
      name: 'a title after a title and the surname (`Assistant U.S. Attorney Voss`)',
      code: wire`
        CHICAGO (AP) — A federal jury convicted a former township treasurer of fraud Tuesday.

        “This was a plan, and he worked it every week,” Assistant U.S. Attorney ⟦Voss⟧ told jurors.
      `,
    },
    {
      name: 'first reference cut to a long title and the surname',
      code: wire`
        NEW ORLEANS (AP) — U.S. District Judge ⟦Ross-Whitfield⟧ sentenced the former charity director to 11 years in prison Friday.

        “You took money that people gave in the worst week of their lives,” Ross-Whitfield told him.
      `,
    },
    {
      name: 'a first name alone with an adult’s age',
      code: wire`
        DAYTON, Ohio (AP) — Fourth graders at Ruskin Elementary School turned a weedy lot into a vegetable garden.

        One of the volunteers, ⟦Marcus⟧, 34, said he had never grown anything before.
      `,
    },
    {
      name: 'surname used before the full name appears',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday, three weeks after a storm closed the town pier.

        “The pilings came through better than anyone expected,” ⟦Levesque⟧ said.

        Harbor master Tom Levesque has run the pier for 22 years.
      `,
    },
    {
      name: 'title and surname with no full name',
      code: wire`
        AUGUSTA, Maine (AP) — The state will pay to rebuild the Kittering ferry pier, Gov. ⟦Marsh⟧ said Tuesday.

        “The islands cannot wait another winter,” she said.
      `,
    },
    {
      name: 'surname-only speaker introduced by a colon paragraph',
      code: wire`
        PORTLAND, Maine (AP) — Ferry service to Kittering Island resumed Monday, three weeks after a storm closed the town pier.

        ⟦Levesque⟧ said:

        “The pilings came through better than anyone expected. We got lucky.”
      `,
    },
    { name: 'first reference cut to the surname, hard-wrapped at 72 columns', code: hardWrapped(CUT_FIRST_REFERENCE) },
    {
      name: 'knownPeople lists someone else',
      code: CUT_FIRST_REFERENCE,
      options: { knownPeople: ['Ellen Marsh'] },
    },
  ],
});

describe('attribution-unknown: a company whose name opens with a title word', () => {
  it('reads `Duke Energy said` as the company, not a person called Energy', () => {
    const { story } = analyzeStory(wire`
      RALEIGH, N.C. (AP) — About 180,000 customers lost power Tuesday as ice brought down lines across the Triangle.

      “We have 400 trucks out and more coming from Ohio,” Duke Energy said.
    `);
    assert.deepEqual(story.people.filter((p) => p.name.includes('Energy')).map((p) => [p.name, p.kind]), [['Duke Energy', 'organization']]);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Duke Energy');
  });
});

describe('attribution-unknown: the owner of a place named at first reference', () => {
  it('reads `The first customer at Otis Fairley’s barbershop` as the barber, who then speaks', () => {
    const { story, findings } = analyzeStory(wire`
      YAZOO CITY, Miss. (AP) — The first customer at Otis Fairley’s barbershop usually arrives at 5:50 a.m., and he usually finds Fairley already sweeping.

      “If you open at 6, you’re late,” Fairley says, snapping a cape across the chair.

      His son, Marcus Fairley, 61, works the second chair three days a week.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.kind]), [['Otis Fairley', 'person'], ['Marcus Fairley', 'person']]);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Otis Fairley');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-unknown: a country’s body of state, and a body in the dateline’s city', () => {
  it('reads `Vietnam’s Embassy`, `Kenya’s Ministry of Health` and `Britain’s High Commission` as organisations, and `… in Nairobi said` as theirs', () => {
    const { story, findings } = analyzeStory(wire`
      NAIROBI, Kenya (AP) — The Ministry of Health in Nairobi said Tuesday that 40 people had died of cholera in the camps.

      Kenya’s Ministry of Health in Nairobi said it had opened 12 clinics, and Britain’s High Commission said it was sending water engineers.

      Vietnam’s Embassy said in a written statement that it had asked the authorities to investigate. Japan’s Embassy said it had received no complaints.
    `);
    assert.deepEqual(findings.map((f) => f.rule), []);
    assert.deepEqual(story.people.map((p) => [p.name, p.kind]), [
      ['Ministry of Health', 'organization'],
      ['Kenya’s Ministry of Health', 'organization'],
      ['Britain’s High Commission', 'organization'],
      ['Vietnam’s Embassy', 'organization'],
      ['Japan’s Embassy', 'organization'],
    ]);
  });

  it('still reads a person’s possessive before a body that is no state’s (`Marsh’s Army buddies`)', () => {
    const { story } = analyzeStory(wire`
      PORTLAND, Maine (AP) — Gov. Ellen Marsh spoke at the funeral. Marsh’s Army buddies sat in the front row.
    `);
    assert.equal(story.people.find((p) => p.name === 'Ellen Marsh')?.mentions.length, 2);
    assert.ok(!story.people.some((p) => p.name.includes('Army') && p.name.includes('Marsh')));
  });
});

describe('attribution-unknown: a surname with capitalised particles', () => {
  it('gives a misspelled `Van der Burg said` to Victor Van der Berg, and flags `Van Houten said` before any full name', () => {
    const misspelled = analyzeStory(wire`
      ASHEVILLE, N.C. (AP) — Council member Victor Van der Berg, who voted against the cap, said it punished families who had bought a second home.

      “We changed the rules on people after they made their plans,” Van der Burg said.
    `);
    assert.deepEqual(misspelled.story.quotations.map((q) => misspelled.story.people[q.speaker]?.name), ['Victor Van der Berg']);
    const unknown = analyzeStory(wire`
      ASHEVILLE, N.C. (AP) — The council voted 4-3 to cap short-term rentals.

      “We changed the rules on people after they made their plans,” Van Houten said.
    `);
    assert.deepEqual(unknown.findings.map((f) => f.rule), ['attribution-unknown']);
  });
});

describe('attribution-unknown: a surname given alone at the speaker’s request', () => {
  it('takes `a retired bus driver who gave only his surname, Wang,` as Wang’s first reference', () => {
    const { findings } = analyzeStory(wire`
      BEIJING (AP) — A teahouse in a narrow Beijing alley will be torn down next month, the district government said.

      On a recent afternoon, four men played xiangqi at a table by the door. One of them, a retired bus driver who gave only his surname, Wang, said he had come to the teahouse almost every day since 1998.

      “Where else would I go?” Wang said.
    `);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-unknown: first names used at the speaker’s request, however the story says so', () => {
  it('takes each as a first reference, and a survivor named in a list set off by semicolons', () => {
    const { findings } = analyzeStory(wire`
      TWIN FALLS, Idaho (AP) — Measles cases rose to 41 on Tuesday.

      A farmworker, Esteban, who asked that his last name not be used because he fears immigration authorities, said he had driven 40 miles to the clinic.

      “My daughter is 8 months old. She cannot get the shot yet,” Esteban said.

      Another father, who identified himself only as Tomas, waited outside. “We came at 6,” Tomas said.

      Rosalba, a packing-shed worker who declined to give her last name, said the line moved fast. “Twenty minutes,” Rosalba said.

      A nurse who asked that her surname be withheld, Inés, said she had worked 14 days straight. “We are tired,” Inés said.
    `);
    assert.deepEqual(findings.map((f) => f.rule), []);
    const obituary = analyzeStory(wire`
      CEDAR RAPIDS, Iowa (AP) — Walter Hollings, who taught chemistry at Kennedy High School for 38 years, died Sunday. He was 91.

      Hollings is survived by his wife, Ruth; a son, Michael Hollings of Cedar Rapids; and five grandchildren.

      “He was doing his homework right to the end,” Ruth said.
    `);
    assert.deepEqual(obituary.findings.map((f) => f.rule), []);
  });
});

describe('attribution-unknown: a business set off by what it is', () => {
  it('reads `Tillwright, a robotics company based in Salinas,` as a company whose statement is its own, and a lawyer for the company as a person', () => {
    const { story, findings } = analyzeStory(wire`
      FRESNO, Calif. (AP) — At least three other companies are testing laser weeding robots, including Tillwright, a robotics company based in Salinas, and Kessimer Harlow, a farm equipment maker.

      Tillwright said in a statement that its own robot, due next spring, “will be priced for family farms, not just the biggest operators.”

      “We are not worried about the price,” said Natalie Fourcade, a lawyer for the company.
    `);
    assert.deepEqual(
      story.people.map((p) => `${p.name}:${p.kind}`),
      ['Tillwright:organization', 'Kessimer Harlow:organization', 'Natalie Fourcade:person'],
    );
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Tillwright', 'Natalie Fourcade']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-unknown: a device given a name', () => {
  it('reads `smart glasses, called Murmur,` as a thing whose answer is no unintroduced person’s', () => {
    const { story, findings } = analyzeStory(wire`
      SAN FRANCISCO (AP) — Halcyon Labs on Tuesday unveiled smart glasses, called Murmur, that answer questions through an assistant that whispers into the wearer’s ears.

      “Something with mushrooms. Maybe not the cake,” Murmur answered when CEO Marguerite Osei held up a bottle of wine.
    `);
    assert.ok(story.people.some((p) => p.name === 'Murmur' && p.kind === 'organization'));
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-unknown: a relative named by first name and age', () => {
  it('reads `His wife, Adaeze, 74, said` as the wife the story names in full, not an unintroduced Adaeze', () => {
    const { story, findings } = analyzeStory(wire`
      HOUSTON (AP) — Chidi Okonkwo, a chemist who spent three decades measuring the smoke from refinery flares along the ship channel, died Sunday. He was 77.

      His wife, Adaeze, 74, said he died at their home in Pasadena.

      “He always carried a notebook, even to church,” Adaeze Okonkwo said.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Chidi Okonkwo', 'Adaeze Okonkwo']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-unknown beside an unclosed quotation', () => {
  it('still reports a surname whose full name no unclosed quotation holds', () => {
    const text = [
      'TACOMA, Wash. (AP) — The Tacoma Public Library board voted 5-2 on Tuesday to',
      'close two branches on Sundays starting in March.',
      'Odessa Brandvold, who runs a homework club at the Swan Creek branch, said',
      'no one had asked the families who use it.',
      '“We come every Sunday,” she said. “Nobody from the board ever asked us.',
      'One trustee cast a vote against the cuts. He said the board should have',
      'waited for a budget from the city.',
      '“We are closing the doors first and asking questions later,” Whitfield',
      'said.',
      '',
    ].join('\n');
    const { findings } = analyzeStory(text);
    assert.deepEqual(
      findings.map((f) => [f.rule, text.slice(f.start, f.end)]),
      [
        ['quote-unclosed', '“Nobody from the board ever asked us.'],
        ['attribution-unknown', 'Whitfield'],
      ],
    );
  });
});
