import { strict as assert } from 'node:assert';
import { analyzeStory } from '../../../src/core';
import { ruleTester, wire } from './harness';

// Two women named; only the governor is quoted before the pronoun.
const ONE_OF_TWO_QUOTED = wire`
  AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the rebuilt Kittering ferry pier would open Friday.

  “The crews finished two weeks early,” Marsh said.

  Marsh toured the pier with state Sen. Ruth Calloway, who chairs the transportation committee.

  “We will have boats running by the weekend,” she said.
`;

// The woman asked a question answers it, though a woman quoted paragraphs before is also in view.
const ASKED_AFTER_ANOTHER_SPOKE = wire`
  SEATTLE (AP) — Kiko Ramos scored 27 points and Washington beat Stanford 71-68 on Sunday.

  Stanford got 19 points from Ava Lindqvist.

  “We stopped moving the ball,” Lindqvist said.

  Washington coach Lena Brandt said her team had talked all week about closing games.

  Dani Okafor added 12 points. Okafor, a freshman, was asked about her defense on Lindqvist late in the game.

  “I just tried to make everything hard,” she said.
`;

ruleTester('attribution-ambiguous', {
  valid: [
    {
      name: 'a surname with its suffix on later reference (`Beaumont Jr. said` after `Sen. Carl Beaumont Jr.`), then the surname alone',
      code: wire`
        SANTA FE, N.M. (AP) — Sen. Carl Beaumont Jr., R-Roswell, voted against the water bill Tuesday.

        “This bill is a blank check,” Beaumont Jr. said.

        “We will see what it costs,” Beaumont said.
      `,
    },
    {
      name: '`the dissenting judge` after a panel of three, one of whom dissented',
      code: wire`
        SAN FRANCISCO (AP) — A federal appeals court on Tuesday upheld California’s ban on drone deliveries within a half-mile of state prisons.

        Judge Theresa Vandermolen wrote for the majority, joined by Judge Howard Pickett. Judge Alan Oyelaran dissented.

        “I see no principle that would stop the state from banning drones over every public building,” the dissenting judge wrote.
      `,
    },
    {
      name: '`she said` after a paragraph about a man that goes on about her (`She has read the reviews, though she tries not to.`)',
      code: [
        'NASHVILLE, Tenn. (AP) — Fiddler June Mabry released her first album in a decade on Friday.',
        '',
        'Critic Marcus Bellweather called the album “patient” and singled out Mabry’s fiddle as the best playing of her career. She has read the reviews, though she tries not to.',
        '',
        '“My mother reads them to me over the phone,” she said.',
        '',
      ].join('\n'),
    },
    {
      name: 'the answer of the one asked, named by a pronoun (`Owen, 8, asked her what …` then `“Quieter,” she told him.`)',
      code: wire`
        CORNING, N.Y. (AP) — Eleanor Whitcomb turned 100 on Saturday with a chocolate cake, a polka band and a letter from the governor.

        Her great-grandson, Owen, 8, asked her what the world was like before television.

        “Quieter,” she told him.
      `,
    },
    {
      name: '`“…,” Bellamy said.` then `“…,” he said.`, when the other men were only paraphrased before',
      code: wire`
        DAYTON, Ohio (AP) — A jury on Thursday convicted Derrick Ashworth, 27, of murder in the 2023 shooting death of a nursing student.

        Defense attorney Marcus Bellamy had argued that the former roommate, Tyler Garnett, changed his story three times. Garnett testified that Ashworth asked him to get rid of a jacket.

        “My client maintains his innocence,” Bellamy said.

        “An appeals court should look at that testimony very closely,” he said.
      `,
    },
    {
      name: 'a surname two people share, where the same sentence calls the other by first name (`… as much as Harold did`)',
      code: wire`
        MARBLE FALLS, Ark. (AP) — Joan Pettibone has run the town library since 1993.

        Her husband, Harold Pettibone, built the shelves. He died in 2016.

        Pettibone said she will retire when someone loves the place as much as Harold did.
      `,
    },
    {
      name: 'a man and a woman trading quotes, each pronoun answering the quote before; a paragraph about her that a document reports',
      code: wire`
        SANTA FE, N.M. (AP) — Harold Vance and Rosa Delgado have played chess across a backyard fence every evening since 1993.

        “He cheats,” Delgado said.

        “I do not,” he said.

        According to the notebook they keep on the fence post, Delgado leads by 211 games.

        “Those numbers are not right,” he said.

        “He read the book 40 times,” she said.
      `,
    },
    {
      name: 'a pronoun after a sentence whose subject acts on another (`Lindgren thanked Halvorson`): the subject, who spoke before',
      code: wire`
        FARGO, N.D. (AP) — Highways across eastern North Dakota will stay closed Monday, Gov. Harold Lindgren said.

        Lindgren thanked Fargo Mayor Tim Halvorson for opening a shelter at the Fargodome.

        “Stay home if you can,” he said.
      `,
    },
    { name: 'pronoun after two people of whom only one was quoted', code: ONE_OF_TWO_QUOTED },
    {
      name: '`he` after a paragraph about one woman who does not speak in it (the man quoted before goes on)',
      code: wire`
        KITTERING, Maine (AP) — Harbor master Tom Levesque has fished out of Kittering for 40 years.

        “We are not leaving,” Levesque said.

        His wife, Anne Levesque, has run the bait shop since 1990.

        “She does the books. I do the boats,” he said.
      `,
    },
    {
      name: '`she` after a paragraph about one woman; `he` after one about a man',
      code: wire`
        WASHINGTON (AP) — The Senate passed a five-year farm bill late Wednesday after Sen. John Boozman, R-Ark., settled a fight over crop insurance.

        Sen. Amy Klobuchar, D-Minn., said the biggest win for Minnesota was an increase in dairy price supports.

        “If you’re milking cows in Stearns County, this matters,” she said.

        Boozman said he expected the House to vote next week.

        “We will have it on the president’s desk by Christmas,” he said.
      `,
    },
    {
      name: 'people who share a surname, attributed by full name',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier.

        Her brother, lobsterman David Marsh, fishes out of the island harbor.

        “We lost three weeks of hauling,” said David Marsh.

        “He told me every day what it was costing them,” said Ellen Marsh.
      `,
    },
    {
      name: 'a surname shared with a spouse the story calls by first name',
      code: wire`
        GRAND MARAIS, Minn. (AP) — For 31 years, Walter Koskinen has kept the Split Point Light.

        His wife, Irene, laughs at that. The couple met in 1988, when Irene Koskinen was a reporter for the weekly Cook County Herald.

        Koskinen says he will miss the storms most.

        “You feel it in your teeth,” Koskinen says.
      `,
    },
    {
      name: 'pronouns that can only mean one of a man and a woman',
      code: wire`
        PORTLAND, Maine (AP) — Gov. Ellen Marsh toured the rebuilt Kittering ferry pier Friday with harbor master Tom Levesque.

        “These pilings will outlast all of us,” he said.

        “I believe him,” she said.
      `,
    },
    {
      name: '“it” is the one organisation named beside a person',
      code: wire`
        PORTLAND, Maine (AP) — The Coast Guard will inspect the rebuilt Kittering ferry pier Friday, harbor master Tom Levesque said.

        “Conditions are safe for passenger traffic,” it said in a statement Saturday.
      `,
    },
    {
      name: 'organisation and a person with a capitalised role at the sentence start: “it” is the organisation',
      code: wire`
        PORTLAND, Maine (AP) — Harbor master Tom Levesque said the Coast Guard would inspect the pier Friday.

        “Conditions are safe for passenger traffic,” it said in a statement.
      `,
    },
    {
      name: 'a surname attribution before the second person of that surname is introduced',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier.

        “We owe the island a pier that lasts,” Marsh said.

        Lobsterman David Marsh, no relation, fishes out of the island harbor.

        “We lost three weeks of hauling,” David Marsh said.
      `,
    },
    {
      name: '“the senator said” when the story has introduced one senator',
      code: wire`
        WASHINGTON (AP) — Sen. Ruth Calloway, D-Maine, met with farmers Monday about the aid bill.

        “This is an emergency by any definition,” the senator said.
      `,
    },
    {
      name: 'a place named like a person (Matinicus Rock) is no candidate for “he”',
      code: wire`
        SOUTHWEST HARBOR, Maine (AP) — Eleven former lighthouse keepers sat down to lunch together Saturday.

        Across the table, Everett Haskell nods. Haskell, 88, served on Matinicus Rock, where the keepers’ children took a boat to school.

        “My mother taught us at the kitchen table half the year,” he says.
      `,
    },
    {
      name: '“she said” after the paragraph says who was asked, though another woman was quoted before',
      code: ASKED_AFTER_ANOTHER_SPOKE,
    },
  ],
  invalid: [
    {
      name: '`he said` after one man’s quote and the other man’s beat and quote (`“…,” Whitcomb said.` / `Maddox did not let it go. “…,” he said.` / `“No, sir,” he said.`)',
      code: wire`
        SPRINGFIELD, Ill. (AP) — Prosecutor Colin Maddox questioned defendant Gerald Whitcomb for two hours Thursday.

        “That was about the mess,” Whitcomb said.

        Maddox did not let it go. “You wanted the marshal to stay away,” he said.

        “No, sir,” ⟦he⟧ said.
      `,
    },
    {
      name: '`he said` after a paragraph about a woman that names the man only as her relative (`Lorraine Ellis, the mother of Tyrone Ellis, who testified …`)',
      code: wire`
        DAYTON, Ohio (AP) — Jurors heard testimony Thursday about the warehouse fire that killed forklift operator Tyrone Ellis.

        The jury also heard from Lorraine Ellis, the mother of Tyrone Ellis, who testified that her son had complained about the alarms for months.

        “He told me nobody would move if there was ever a real fire,” ⟦he⟧ said.
      `,
    },
    {
      name: '`he said` after two men’s quotations with a woman’s between (`… said Glenn Abernathy` / `… said Marcus Oyelaran` / `… said Councilwoman Patrice Hamill` / `“…,” he said`)',
      code: wire`
        SPOKANE, Wash. (AP) — The Spokane City Council heard three hours of testimony Monday on a 40-unit apartment building proposed for the South Hill.

        “If this site doesn’t qualify, I’m not sure what site would,” said Glenn Abernathy, the developer’s attorney.

        “I love this neighborhood too. I just can’t afford to live in it,” said Marcus Oyelaran, a nurse who rents downtown.

        “At some point, waiting is a decision,” said Councilwoman Patrice Hamill.

        “That’s not a small question,” ⟦he⟧ said.
      `,
    },
    {
      name: 'two men as the subject, the second after a role (`Lockett and Kansas State safety Avery Ruiz met`) or the first with a phrase set off (`Lockett, a sophomore, and Avery Ruiz met`), then `he said`',
      code: wire`
        MANHATTAN, Kan. (AP) — Kansas State beat Iowa State 24-21 on a touchdown pass that beat cornerback Trey Lockett with 41 seconds left.

        Lockett and Kansas State safety Avery Ruiz met reporters after the game.

        “That’s my play to make,” ⟦he⟧ said.

        Lockett, a sophomore, and Avery Ruiz stayed on the field after the crowd had gone.

        “We’ll watch it on film tomorrow,” ⟦he⟧ said.
      `,
    },
    {
      name: 'a father and son’s shared name without the suffix that tells them apart (`Walter Pike said` after Walter Pike Sr. and Walter Pike Jr.)',
      code: wire`
        MOBILE, Ala. (AP) — Walter Pike Sr., who served five terms as Mobile County sheriff, died Tuesday, his family said. He was 91.

        His son, Walter Pike Jr., a retired state trooper, said his father died at a hospice after a long illness.

        “He never stopped being a lawman, not even in that bed,” ⟦Walter Pike⟧ said.
      `,
      messages: ['“Walter Pike” could be Walter Pike Sr. or Walter Pike Jr.; write the suffix that tells them apart'],
    },
    {
      name: 'a surname after a father called by first name is then quoted by his full name (`his father, Ernesto,` … `Ernesto Fonseca, 71, said` … `Fonseca said`)',
      code: wire`
        OROVILLE, Calif. (AP) — A wind-driven wildfire forced more than 6,000 people from foothill communities east of Oroville on Wednesday, officials said.

        Gabriel Fonseca, 34, of Palermo, returned to help his father, Ernesto, move horses out of a pasture near the fire line.

        “The smoke was so thick you couldn’t see the fence posts,” Fonseca said.

        “It is just grass and fences,” Ernesto Fonseca, 71, said. “You can build a fence.”

        “We got every horse out before dark,” ⟦Fonseca⟧ said.
      `,
      messages: [/could be Gabriel Fonseca or Ernesto Fonseca/],
    },
    {
      name: '`he said` after a woman pushes back on the man quoted before (`Achterberg pushed back.`)',
      code: wire`
        SALEM, Ore. (AP) — An Oregon Senate committee voted 3-2 on Monday to advance a bill by Sen. Rosalind Achterberg, D-Portland, that would lower the state’s cap on annual rent increases.

        “Capital is a coward,” said Peter Vanags, a lobbyist for the state’s largest landlord group. “It goes where it’s wanted.”

        Achterberg pushed back.

        “They said the same thing in 2019,” ⟦he⟧ said.
      `,
      messages: [/follows a paragraph about Rosalind Achterberg, so it reads as Peter Vanags/],
    },
    {
      name: '`she said` after a paragraph in which a company reports and one man speaks, the woman named further back',
      code: wire`
        NEW YORK (AP) — Brightline Logistics will buy regional freight railroad Caldera Rail for about $4.2 billion, the companies said Monday.

        “This deal lets us say yes,” Brightline CEO Valerie Okonkwo said on a call with analysts.

        Brightline’s chief financial officer, Douglas Farquhar, said the company would take on about $1.6 billion in new debt.

        Caldera reported a loss for the quarter. Farquhar said intermodal traffic remained weak.

        “Containers are still the soft spot,” ⟦she⟧ said.
      `,
      messages: [/follows a paragraph about Douglas Farquhar, so it reads as Valerie Okonkwo/],
    },
    {
      name: 'a couple introduced together whose husband’s given name also ends bodies’ names (`Bill and Donna Merriweather`), then `Merriweather said`',
      code: wire`
        LAKE CHARLES, La. (AP) — Hurricane Delphine roared ashore near Cameron early Thursday as a Category 3 storm.

        Bill and Donna Merriweather, both in their 70s, drove from their home in Vinton to a shelter in Sulphur.

        “We’ve been married 51 years, and that’s the first time I’ve seen him scared,” Donna Merriweather said.

        Her husband said he had stayed for every storm since Audrey in 1957.

        “This time the water came up the road like somebody opened a faucet,” ⟦Merriweather⟧ said.
      `,
      messages: [/could be Bill Merriweather or Donna Merriweather/],
    },
    {
      name: '`he said` after two men joined by `and`, the second set off after his role (`Perreault and a neighbor, Mathieu Dunn, walked`)',
      code: wire`
        BARNET, Vt. (AP) — Amos Perreault, 88, has worked out of the same clapboard shop on a bend of the Passumpsic River since 1959.

        “You coax it. Same as a mule,” he said of the fire.

        Perreault and a neighbor, Mathieu Dunn, walked out to the river.

        “I’ll go when the river stops,” ⟦he⟧ said.
      `,
      messages: [/could refer to Amos Perreault or Mathieu Dunn/],
    },
    {
      name: '`the judge` and `the senator` after a plural title named two of each (`Judges Anthony Kessel and Pieter Vanwyk`, `Sens. Blanchard-Ruiz and Wilde`)',
      code: wire`
        SAN FRANCISCO (AP) — A federal appeals court ruled Tuesday that the city may keep its curb rules.

        Judge Carmen Delarosa wrote for the panel, joined by Judges Anthony Kessel and Pieter Vanwyk. Sens. Theodora Blanchard-Ruiz and Marcus Wilde objected.

        “The rule had nothing to do with safety,” ⟦the judge⟧ added.

        “We will appeal,” ⟦the senator⟧ said.
      `,
    },
    {
      name: '`she said` after a sentence that sets up a man’s words without a speech verb (`Bluff City coach Paul Whitaker was blunter.`)',
      code: wire`
        BLUFF CITY, Tenn. (AP) — Elkton beat Bluff City 71-64 on Saturday.

        “We had them where we wanted them,” Bluff City guard Teresa Vanlandingham said.

        Bluff City coach Paul Whitaker was blunter.

        “We turned it over eight times in the fourth quarter,” ⟦she⟧ said.
      `,
    },
    {
      name: '`the lawyer said` after two lawyers, the second named after `said` at the sentence’s end (`said the family’s lawyer, Owen Castile.`)',
      code: wire`
        DAYTON, Ohio (AP) — A jury on Thursday convicted Derrick Ashworth, 27, of murder in the 2023 shooting death of nursing student Natalie Pruitt.

        Ashworth’s lawyer, Marcus Bellamy, said he would appeal.

        “The family waited 19 months for this,” said the family’s lawyer, Owen Castile.

        “Nobody should have to wait that long,” ⟦the lawyer⟧ said.
      `,
    },
    {
      name: '`he said` after a paragraph in which a woman speaks and names the man only as an owner (`received Lindgren’s message`)',
      code: wire`
        SAN FRANCISCO (AP) — Refillo CEO Marisa Okonkwo-Hale said Thursday that hackers stole the prescription histories of 4.2 million customers.

        “The listing went up on Aug. 28,” said Tobias Lindgren, a security researcher who first spotted the records.

        Okonkwo-Hale said the company received Lindgren’s message but that it was one of “hundreds of tips” its security team gets each week.

        “In hindsight, we should have triaged it faster,” ⟦he⟧ said.
      `,
    },
    {
      name: '`she said` after a paragraph in which a man described, not named, speaks (`One juror, a retired machinist who asked that his name not be used, said`)',
      code: wire`
        DAYTON, Ohio (AP) — A jury on Thursday convicted Derrick Ashworth, 27, of murder in the 2023 shooting death of a nursing student. Common Pleas Judge Harriet Okonkwo thanked the jurors for their patience.

        One juror, a retired machinist who asked that his name not be used, said the panel was split 9-3 after the first day.

        “The video by itself, none of us would have convicted on that,” ⟦she⟧ said.
      `,
      messages: [/follows a paragraph about one juror, so it reads as Harriet Okonkwo/],
    },
    {
      name: '`he said` after a sentence of its own paragraph in which only a woman speaks (`Okonkwo said the jurors had been patient. “…,” he said.`)',
      code: wire`
        DAYTON, Ohio (AP) — A jury on Thursday convicted Derrick Ashworth, 27, of murder in the 2023 shooting death of a nursing student. Common Pleas Judge Harriet Okonkwo set sentencing for March 14.

        Defense attorney Marcus Bellamy said he would appeal.

        Okonkwo said the jurors had been patient. “You did not look away from terrible facts,” ⟦he⟧ said.
      `,
      messages: [/follows a sentence about Harriet Okonkwo, so it reads as Marcus Bellamy/],
    },
    {
      name: '`he said` after a paragraph in which a wife named by first name speaks (`His wife, Loretta, said she …`)',
      code: wire`
        TECUMSEH, Okla. (AP) — A tornado carved a path nearly 20 miles long across Pottawatomie County late Tuesday.

        Dale Whitcomb, 67, rode out the storm in a cellar his father dug in 1958. When he climbed out, he said, the barn was gone.

        His wife, Loretta, said she had lived through three tornadoes in the county but never one that close.

        “You can’t describe the sound,” ⟦he⟧ said.
      `,
    },
    {
      name: '`she said` after a paragraph in which one man speaks and names another in passing (`… where Kessler sat for years`)',
      code: wire`
        CLEAR LAKE, Iowa (AP) — Harold Kessler, who coached Clear Lake High School football for 31 years, died Sunday. He was 84. His daughter, Marjorie Lund, said he died in his sleep.

        Dennis Albrecht, a lineman on the 1974 team, said he plans to be in the stands Friday, in the corner of the bleachers where Kessler sat for years.

        “I will save him a seat,” ⟦she⟧ said.
      `,
    },
    {
      name: '`he` right after a paragraph whose subject is `she`, meaning the one woman, when the one man is named further back',
      code: wire`
        SAN JOSE, Calif. (AP) — Analyst Mark Whitcombe said the layoffs at Corvale Systems were overdue.

        Among those let go was Teresa Okafor, a product designer.

        She said she had already started applying for jobs.

        “Everybody I know is looking,” ⟦he⟧ said.
      `,
    },
    {
      name: '`he` right after a paragraph in which only a group speaks, when the one man is named further back',
      code: wire`
        MANSFIELD, Ohio (AP) — Workers picketed the Galion Press Works plant Monday. Luis Ortega, a press operator, said he would stay out as long as it takes.

        “I’ve got 19 years in there,” Ortega said.

        Some younger workers said the fight over temporary jobs mattered more to them.

        “The temps do the same work we do,” ⟦he⟧ said.
      `,
    },
    {
      name: 'a pronoun after a subject of two joined by `and` with a relation before the second name (`Brandt and her neighbor Lucy Harmon`)',
      code: wire`
        GARDEN CITY, Kan. (AP) — Kelsey Brandt grows corn and sorghum on 1,900 acres near Scott City.

        “The sorghum is not great, but it’s alive,” Brandt said.

        Brandt and her neighbor Lucy Harmon worry most about younger farmers.

        “One year like this can finish you,” ⟦she⟧ said.
      `,
    },
    {
      name: '`he` right after a paragraph in which a company speaks, when the only man is named further back',
      code: wire`
        PORTSMOUTH, Ohio (AP) — Fire Chief Raymond Castellano said no one was hurt in Tuesday’s warehouse fire on the riverfront.

        Tri-State Chemical Supply said in a statement that all 14 employees got out safely.

        “We are deeply sorry for the disruption to our neighbors,” ⟦he⟧ said.
      `,
    },
    {
      name: '`he` right after a paragraph in which one woman is asked a question, when the only man is named further back',
      code: wire`
        DAYTON, Ohio (AP) — The Rev. Celia Warrington said she called the rabbi first after the fire.

        “I called Aaron before I called our insurer,” Warrington said.

        Rabbi Aaron Kessler said the answer was obvious. “Our kitchen sits empty six days a week,” Kessler said.

        Asked whether the meal will return to her church, Warrington hesitated.

        “Part of me wants it home,” ⟦he⟧ said.
      `,
    },
    {
      name: 'a pronoun after a sentence whose main clause has one man and its opening clause the man quoted before',
      code: wire`
        FORT CAMPBELL, Ky. (AP) — Lt. Col. Marcus Ilunga handed each veteran at the breakfast a challenge coin Tuesday.

        “Every one of them earned it twice,” Ilunga said.

        After Ilunga handed out the coins, retired Lt. Harlan Pettibone took the last one.

        “A lieutenant eats last,” ⟦he⟧ said.
      `,
    },
    {
      name: 'a pronoun after a subject of two joined by `and`, the first of whom spoke before',
      code: wire`
        FARGO, N.D. (AP) — Highways across eastern North Dakota will stay closed Monday, Gov. Harold Lindgren said.

        Lindgren and Fargo Mayor Tim Halvorson toured a shelter at the Fargodome on Sunday night.

        “Stay home if you can,” ⟦he⟧ said.
      `,
    },
    {
      name: 'the same with titles and a description after the second name',
      code: wire`
        ANN ARBOR, Mich. (AP) — Dr. Priya Natarajan, who led the study, said the results surprised her team.

        Natarajan and Dr. Helen Marsh, a co-author at Yale University, are now studying whether the effect lasts.

        “If this holds up, that’s hundreds of crashes a year,” ⟦she⟧ said.
      `,
    },
    {
      name: '`he` after a paragraph about a woman whose given name is less common (Annette), the man quoted before named further back',
      code: wire`
        MORGAN CITY, La. (AP) — Parish President Walter Guidry said Monday the levee tax would go to voters in May.

        “We can’t build it with good wishes,” Guidry said.

        Across the bayou, retired schoolteacher Annette Boudreaux said she supported a stronger levee but could not afford another tax.

        “I’m not against the levee. I’m against paying for it twice,” ⟦he⟧ said.
      `,
    },
    {
      name: '`she` after a paragraph in which a man speaks through a participle (`pushed back, saying …`), the woman quoted before named further back',
      code: wire`
        WILMINGTON, Del. (AP) — Stonebridge Capital’s attorney, Lorraine Whitcombe, told a bankruptcy judge Thursday that Redline Freight Systems had burned through $40 million since filing.

        “The debtor keeps telling us that a buyer is around the corner,” Whitcombe said.

        Redline’s lead attorney, Jonathan Pfeiffer, pushed back, saying two potential buyers had signed confidentiality agreements.

        “Ms. Whitcombe knows that,” ⟦she⟧ said.
      `,
    },
    {
      name: '`she` after a paragraph in which a man apologized (speech), the woman quoted before named further back',
      code: wire`
        NEW ORLEANS (AP) — U.S. District Judge Amy Ross-Whitfield ordered Gerald Thibodeaux, 58, to repay $2.3 million to the Bayou Relief Fund.

        “You took money that people gave in the worst week of their lives,” Ross-Whitfield told him.

        Thibodeaux, who pleaded guilty in March to wire fraud, stood with his hands folded and apologized to the donors.

        “I’m sorry,” ⟦she⟧ said.
      `,
    },
    {
      name: '`he` right after a paragraph about one woman, when the only man it can mean is named further back',
      code: wire`
        WASHINGTON (AP) — The Senate passed a five-year farm bill late Wednesday after Sen. John Boozman, R-Ark., settled a fight over crop insurance.

        “Nobody got everything,” Boozman told reporters.

        Sen. Amy Klobuchar, D-Minn., said the biggest win for Minnesota was an increase in dairy price supports.

        “If you’re milking cows in Stearns County, this matters,” ⟦he⟧ said.
      `,
    },
    {
      name: 'speech reported without quotation marks, by a surname three people share',
      code: wire`
        LUVERNE, Minn. (AP) — Dale Ruud and his wife, Karen Ruud, sold their family's farm at auction Saturday.

        Their son, Erik Ruud, an engineer in Sioux Falls, drove up for the sale.

        ⟦Ruud⟧ said he and Karen would move into a house in town.
      `,
    },
    {
      name: 'a surname attribution after both people of that surname are introduced',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier.

        “We owe the island a pier that lasts,” Marsh said.

        Lobsterman David Marsh, no relation, fishes out of the island harbor.

        “We lost three weeks of hauling,” ⟦Marsh⟧ said.
      `,
    },
    {
      name: 'two people who share a surname, later surname-only attribution',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier.

        Her brother, lobsterman David Marsh, fishes out of the island harbor.

        “We lost three weeks of hauling,” ⟦Marsh⟧ said.
      `,
    },
    {
      name: '“she said” after two women were both quoted',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh and state Sen. Ruth Calloway toured the rebuilt Kittering ferry pier on Friday.

        “The crews finished two weeks early,” Marsh said.

        “The islanders deserve the credit for their patience,” Calloway said.

        “We will have boats running by the weekend,” ⟦she⟧ said.
      `,
      output: null,
    },
    {
      name: '“she said” after two women were both quoted and both named again',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh and state Sen. Ruth Calloway toured the rebuilt Kittering ferry pier on Friday.

        “The crews finished two weeks early,” Marsh said.

        “The islanders deserve the credit for their patience,” Calloway said.

        Marsh thanked Calloway for pushing the repair money through the Legislature.

        “We will have boats running by the weekend,” ⟦she⟧ said.
      `,
    },
    {
      name: '“she said” after a paragraph whose subject is not the woman quoted earlier',
      code: wire`
        SEATTLE (AP) — Kiko Ramos scored 27 points and Washington beat Stanford 71-68 on Sunday.

        Stanford got 19 points from Ava Lindqvist.

        “We stopped moving the ball,” Lindqvist said.

        Washington coach Lena Brandt said her team had talked all week about closing games.

        Dani Okafor blocked a shot by Lindqvist in the final minute.

        “I just tried to make everything hard,” ⟦she⟧ said.
      `,
    },
    {
      name: '“the harbor master said” after two harbor masters were introduced',
      code: wire`
        PORTLAND, Maine (AP) — Harbor master Tom Levesque of Rockland and Portland harbor master Ann Cote toured the storm damage Tuesday.

        “Every float on the south side is gone,” ⟦the harbor master⟧ said.
      `,
    },
    {
      name: '“the senator said” after two senators were introduced',
      code: wire`
        WASHINGTON (AP) — Two senators who usually vote together split Tuesday over the aid bill.

        Sen. Ruth Calloway, D-Maine, and Sen. Ellen Marsh, R-Maine, met with farmers Monday.

        “This is an emergency by any definition,” ⟦the senator⟧ said.
      `,
    },
    {
      name: '“he said” after two men named in the same paragraph, neither quoted',
      code: wire`
        PORTLAND, Maine (AP) — Harbor master Tom Levesque and engineer Raymond Thibodeau walked the rebuilt Kittering pier Friday.

        “These pilings will outlast all of us,” ⟦he⟧ said.
      `,
    },
  ],
});

describe('attribution-ambiguous: pronoun resolution', () => {
  it('gives “she said” to the unnamed woman who spoke last, not to a woman named before her', () => {
    const { story, findings } = analyzeStory(wire`
      ANNAPOLIS, Md. (AP) — Investigators believe Darren Pickett set the fire, Fire Chief Trisha Wadsworth told reporters.

      “This was not an accident, and it was not a random act,” Wadsworth said.

      A woman who lives on a houseboat at the marina, and who asked not to be named because she feared retaliation, said she had seen Pickett on the dock the day before the fire.

      “He said they would be sorry,” she said.
    `);
    const last = story.quotations[story.quotations.length - 1];
    assert.ok(last.text.startsWith('He said they would be sorry'));
    assert.equal(last.speaker, -1);
    assert.equal(last.attribution?.via, 'description');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('gives the pronoun to the person the previous paragraph says was asked', () => {
    const { story } = analyzeStory(ASKED_AFTER_ANOTHER_SPOKE);
    const last = story.quotations[story.quotations.length - 1];
    assert.ok(last.text.startsWith('I just tried'));
    assert.equal(last.attribution?.via, 'pronoun');
    assert.equal(story.people[last.speaker]?.name, 'Dani Okafor');
  });
  it('gives the pronoun to a child named by first name and age, not to the woman quoted before', () => {
    const { story, findings } = analyzeStory(wire`
      BANGOR, Maine (AP) — The Penobscot County library reopened its children’s room Saturday after a year of repairs.

      “We had kids reading in the hallway,” said librarian Joan Pelletier. “Now they have a room again.”

      Among the first through the door was Paul Arsenault’s daughter Mila, 8, with a stack of books about sharks.

      “I read all of them already,” she said. “I want new ones.”
    `);
    const quote = story.quotations.find((q) => q.text.startsWith('I read all of them'))!;
    assert.equal(quote.attribution?.via, 'pronoun');
    assert.equal(story.people[quote.speaker]?.name, 'Mila');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('does not read a possessive name as the subject the pronoun follows', () => {
    // The sentence is about Mila; the librarian quoted before is also a woman: two readings.
    const { findings } = analyzeStory(wire`
      BANGOR, Maine (AP) — The Penobscot County library reopened its children’s room Saturday after a year of repairs.

      “We had kids reading in the hallway,” said librarian Joan Pelletier. “Now they have a room again.”

      Pelletier’s granddaughter Mila, 8, was first through the door with a stack of books about sharks.

      “I read all of them already,” she said. “I want new ones.”
    `);
    const ambiguous = findings.filter((f) => f.rule === 'attribution-ambiguous');
    assert.equal(ambiguous.length, 1);
    assert.match(ambiguous[0].message, /Mila/);
    assert.match(ambiguous[0].message, /Pelletier/);
  });

  it('gives the pronoun to the woman the paragraph before reports speaking, not to one quoted earlier', () => {
    const { story, findings } = analyzeStory(wire`
      BOSTON (AP) — More than 2,000 nurses at two Boston hospitals walked off the job Tuesday, beginning a three-day strike over staffing.

      “We are out here because nobody inside listened,” said Kathleen O’Rourke-Diaz, president of the nurses’ union local.

      Outside one of the hospitals, patient Doris Fenwick, 83, stopped to talk with nurses on her way to a clinic appointment.

      “These are the girls who took care of me when I broke my hip,” Fenwick said.

      O’Rourke-Diaz said the union would return to the bargaining table “the minute they call.”

      “They have my number,” she said.
    `);
    const last = story.quotations[story.quotations.length - 1];
    assert.equal(last.text, 'They have my number,');
    assert.equal(last.attribution?.via, 'pronoun');
    assert.equal(story.people[last.speaker]?.name, 'Kathleen O’Rourke-Diaz');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('gives the pronoun to a relative set off by first name, whom the sentence before is about', () => {
    const { story, findings } = analyzeStory(wire`
      ROCKLAND, Maine (AP) — Harbor master Tom Levesque has hauled lobster traps out of Rockland for 40 years.

      “I have never seen a winter like this one,” Levesque said.

      Levesque’s wife, Anne, watched from the truck. “He has not slept in two days,” she said.

      Levesque’s son, Eli, 12, hauled traps beside him. “I want to be harbor master,” he said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Tom Levesque', 'Anne', 'Eli']);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('gives “they” to the critics a sentence opens with, not to the street named inside their phrase', () => {
    const { story, findings } = analyzeStory(wire`
      PORTLAND, Maine (AP) — Two sisters who ran the Harborside Diner on Commercial Street for 41 years served their last breakfast Sunday.

      Critics of the city’s plan to widen Commercial Street said the diner was the last place on the waterfront where a fisherman could afford breakfast. “It was the last one,” they said at a council meeting.
    `);
    const q = story.quotations.find((x) => x.text.startsWith('It was the last one'))!;
    assert.equal(q.speaker, -1);
    assert.equal(q.attribution?.via, 'description');
    assert.ok(!story.people.some((p) => p.speaks), 'nobody named speaks');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('suggests each candidate’s full name in place of an ambiguous surname, pronoun or party, and fixes nothing itself', () => {
    const { story, findings } = analyzeStory(wire`
      WORTHINGTON, Minn. (AP) — Dale Ruud, 67, wants to keep farming. His brother, Gary Ruud, 63, wants to retire.

      “This land has been in the family since 1902,” Ruud said.

      Sen. Carl Beaumont, R-Worthington, and Rep. Dolores Vigil, a Republican, toured the farm.

      “We’ll see,” the Republican said.
    `);
    const ambiguous = findings.filter((f) => f.rule === 'attribution-ambiguous');
    assert.deepEqual(ambiguous.map((f) => [story.text.slice(f.start, f.end), f.fix, (f.suggestions ?? []).map((s) => s.title)]), [
      ['Ruud', undefined, ['Write “Dale Ruud”', 'Write “Gary Ruud”']],
      ['the Republican', undefined, ['Write “Carl Beaumont”', 'Write “Dolores Vigil”']],
    ]);
    for (const f of ambiguous) for (const s of f.suggestions!) assert.deepEqual(s.edits, [{ start: f.start, end: f.end, text: s.title.slice(7, -1) }]);
  });

  it('suggests the name and `it` for a `he` after a paragraph in which a company speaks', () => {
    const { story, findings } = analyzeStory(wire`
      PORTSMOUTH, Ohio (AP) — Fire Chief Raymond Castellano said no one was hurt in Tuesday’s warehouse fire on the riverfront.

      Tri-State Chemical Supply said in a statement that all 14 employees got out safely.

      “We are deeply sorry for the disruption to our neighbors,” he said.
    `);
    const [f] = findings.filter((x) => x.rule === 'attribution-ambiguous');
    assert.equal(story.text.slice(f.start, f.end), 'he');
    assert.deepEqual((f.suggestions ?? []).map((s) => [s.title, s.edits[0].text]), [
      ['Write “Raymond Castellano”', 'Raymond Castellano'],
      ['Write “it” (Tri-State Chemical Supply)', 'it'],
    ]);
  });

  it('gives the pronoun to the one of two people who was quoted', () => {
    const { story } = analyzeStory(ONE_OF_TWO_QUOTED);
    const last = story.quotations[story.quotations.length - 1];
    assert.ok(last.text.startsWith('We will have boats'));
    assert.equal(last.attribution?.via, 'pronoun');
    assert.equal(story.people[last.speaker]?.name, 'Ellen Marsh');
  });
});

describe('attribution-ambiguous: a role set off after the name', () => {
  it('gives `the volunteer said` to the one introduced as `Ron Takahashi, a Red Cross volunteer from Reno,`', () => {
    const { story, findings } = analyzeStory(wire`
      SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes Wednesday. “It moved faster than anyone expected,” said Carla Benavides, a fire information officer with the Lassen National Forest.

      Ron Takahashi, a Red Cross volunteer from Reno, Nevada, handed out blankets at the shelter.

      “Blankets first, questions later,” the volunteer said.

      “We’ll know more in the morning,” the fire information officer said.
    `);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Carla Benavides', 'Ron Takahashi', 'Carla Benavides']);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.title), ['fire information officer', 'Red Cross volunteer']);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });

  it('flags `the volunteer said` when two people were introduced so', () => {
    const { findings } = analyzeStory(wire`
      SUSANVILLE, Calif. (AP) — A wildfire forced 2,000 people from their homes Wednesday.

      Ron Takahashi, a Red Cross volunteer from Reno, Nevada, and Alma Reyes, a Red Cross volunteer from Chico, handed out blankets at the shelter.

      “Blankets first, questions later,” the volunteer said.
    `);
    assert.deepEqual(findings.filter((f) => f.rule === 'attribution-ambiguous').map((f) => f.message.slice(0, 40)), ['“the volunteer” in the attribution of “B']);
  });
});

describe('attribution-ambiguous: units, schools and honors named like people', () => {
  it('reads `the 82nd Airborne Division`, `Phillips Elementary` and `Purple Heart recipient Dale Pruett` for what they are', () => {
    const { story, findings } = analyzeStory(wire`
      FORT BRAGG, N.C. (AP) — About 300 soldiers came home Sunday to a hangar full of families.

      Staff Sgt. Luis Ortega, 29, was the first off the plane. His brigade is part of the 82nd Airborne Division, which has sent units to Eastern Europe since 2022. His two children attend Phillips Elementary.

      “I’ve been counting the days since March,” he said.

      “I carried Billy Tennant off a hill in Quang Tri,” said Purple Heart recipient Dale Pruett, 78.
    `);
    assert.deepEqual(story.people.filter((p) => p.kind === 'person').map((p) => p.name), ['Luis Ortega', 'Dale Pruett']);
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Luis Ortega', 'Dale Pruett']);
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-ambiguous: a sentence whose subject is a pronoun', () => {
  it('is about whom the pronoun means, not the one it names (`She met privately with Marchetti.`)', () => {
    const { story, findings } = analyzeStory(wire`
      MADISON, Wis. (AP) — Gov. Ellen Marchetti proposed a $1.1 billion tax cut Tuesday.

      Sen. Nadia Pruett, a Democrat from Madison, said the surplus is made up largely of one-time money. She met privately with Marchetti on Wednesday.

      “You don’t pay for a permanent tax cut with a one-time windfall,” she said.
    `);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Nadia Pruett');
    assert.deepEqual(findings.filter((f) => f.rule.startsWith('attribution')), []);
  });
});

describe('attribution-ambiguous: a principal by title', () => {
  it('reads `Assistant Principal Mark Tully` as Mark Tully, whom `the assistant principal said` names', () => {
    const { story } = analyzeStory(wire`
      MARIETTA, Ohio (AP) — Teachers ratified a three-year contract Tuesday night.

      Assistant Principal Mark Tully said the vote was close.

      “It came down to three votes,” the assistant principal said.
    `);
    assert.deepEqual(story.people.map((p) => [p.name, p.title]), [['Mark Tully', 'Assistant Principal']]);
    assert.equal(story.people[story.quotations[0].speaker]?.name, 'Mark Tully');
  });
});

describe('attribution-ambiguous: a man named only in the question put to a woman', () => {
  it('flags `he said` after `Asked whether Delacroix-Baines had …, Szczepanski said`', () => {
    const { findings } = analyzeStory(wire`
      DAYTON, Ohio (AP) — Police arrested a former employee Thursday in connection with a fire that killed a night watchman, Police Chief Renata Szczepanski said at a news conference.

      Asked whether Joseph Delacroix-Baines had threatened anyone at the warehouse before he was fired, Szczepanski said she could not discuss what witnesses had told detectives.

      “We have talked to everyone who worked a shift in that building this year,” he said.
    `);
    assert.deepEqual(findings.map((f) => f.rule), ['attribution-ambiguous']);
  });
});

describe('attribution-ambiguous: a pronoun after a sentence about someone of the other gender', () => {
  it('flags `Arreola shook his head. “…,” she said.` (any sentence about him, not only a speech verb)', () => {
    const { findings } = analyzeStory(wire`
      MADISON, Wis. (AP) — The Wisconsin Assembly voted 58-39 on Thursday to cap interest rates on payday loans at 36%.

      Rep. Luis Arreola, D-Racine, said he had watched the industry’s argument fail in other states.

      Jessica Hanlon, a lobbyist for the Wisconsin Consumer Lending Association, said the industry would press the Senate to raise the cap.

      Arreola shook his head. “The math works fine in 18 other states,” she said.
    `);
    assert.deepEqual(findings.map((f) => f.rule), ['attribution-ambiguous']);
  });
});

describe('attribution-ambiguous: a pronoun that spoke in the paragraph before', () => {
  it('keeps `she said` with the council member after `She said she had spoken with Mayor Ann Jorgenson`', () => {
    const { story, findings } = analyzeStory(wire`
      DULUTH, Minn. (AP) — The Duluth City Council voted 6-3 late Monday to cap short-term rental permits in two lakeside neighborhoods.

      Council member Priya Ramaswamy wrote the ordinance.

      She said she had spoken with Mayor Ann Jorgenson on Friday.

      “She told me she would sign it,” she said.
    `);
    assert.deepEqual(story.quotations.filter((q) => q.depth === 0).map((q) => story.people[q.speaker]?.name), ['Priya Ramaswamy']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});

describe('attribution-ambiguous: a union named for its trades', () => {
  it('reads `the Bakery, Confectionery, Tobacco Workers and Grain Millers union` as a union, not two people `she` could mean', () => {
    const { story, findings } = analyzeStory(wire`
      DAVENPORT, Iowa (AP) — About 1,100 workers at three bakeries walked off the job early Monday after contract talks broke down.

      Local president Loretta Vance said the company had refused to budge on health insurance.

      Members of the Bakery, Confectionery, Tobacco Workers and Grain Millers union voted 94% to authorize the strike last month.

      “We gave them every chance,” she said.
    `);
    assert.ok(!story.people.some((p) => p.kind === 'person' && /Workers|Millers/.test(p.name)));
    assert.deepEqual(story.quotations.map((q) => story.people[q.speaker]?.name), ['Loretta Vance']);
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});
