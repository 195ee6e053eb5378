import { ruleTester, wire } from './harness';

/** Two stories in one file: the first in straight marks throughout, the second curly but for `apostrophe` in “We’ve”. */
const dayFile = (apostrophe: string) => wire`
  BC-US--Maple-Season,210

  BURLINGTON, Vt. (AP) -- Vermont's maple producers expect a short season after a warm February.

  "We tapped two weeks early and the sap is already slowing," said sugarmaker Hannah Lowell.

  BC-US--Ice-Out,190

  GREENVILLE, Maine (AP) — The ice went out on Moosehead Lake on Tuesday, the earliest date on record.

  “We${apostrophe}ve kept the log since 1848, and it’s never gone this soon,” said harbor master Tom Levesque.
`;

ruleTester('quote-style-mixed', {
  valid: [
    {
      name: 'straight marks in the Eds: note of a story in curly marks (a message to the desk, not copy)',
      code: wire`
        BC-US--Military-Drones,2nd Ld-Writethru,320

        Army to field cheap drone interceptors

        Eds: CORRECTS quote in 2nd graf to "lawn mower," sted "lawnmower."

        By DESMOND OKORO-HART
        Associated Press

        WASHINGTON (AP) — Gen. Patricia Wexford, who leads Army Futures Command, said Thursday that the Army would field cheap drone interceptors this spring.

        “We cannot keep shooting a $2 million missile at a lawn mower with wings,” Wexford said.
      `,
    },
    {
      name: 'all straight marks (7-bit copy)',
      code: wire`
        BURLINGTON, Vt. (AP) -- Vermont's maple producers expect a short season after a warm February, the state's sugarmakers association said Monday.

        "We tapped two weeks early and the sap is already slowing," said sugarmaker Hannah Lowell. "My grandfather used to say, 'Cold nights, warm days,' and we haven't had either."
      `,
    },
    {
      name: 'all curly marks',
      code: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season after a warm February, the state’s sugarmakers association said Monday.

        “We tapped two weeks early and the sap is already slowing,” said sugarmaker Hannah Lowell. “My grandfather used to say, ‘Cold nights, warm days,’ and we haven’t had either.”
      `,
    },
    {
      name: 'feet and inches keep their straight marks in curly copy',
      code: wire`
        BURLINGTON, Vt. (AP) — The University of Vermont signed 6'2" guard Marcus Bell on Wednesday.

        “He can play three positions,” coach Dana Reyes said.
      `,
    },
    { name: 'a day file: one story all straight, the next all curly', code: dayFile('’') },
    {
      name: 'quoteStyle "straight": straight copy is what the desk wants',
      options: { quoteStyle: 'straight' },
      code: wire`
        BURLINGTON, Vt. (AP) -- Vermont's maple producers expect a short season after a warm February.

        "We tapped two weeks early," said sugarmaker Hannah Lowell.
      `,
    },
  ],
  invalid: [
    {
      name: 'a straight quotation within a quotation, stray spaces inside its marks, in curly copy: its fix makes it a quotation, not two apostrophes',
      code: wire`
        ROCKFORD, Ill. (AP) — The city will keep all three library branches open on Sundays.

        “My grandmother used to say, ⟦'⟧ A library is the cheapest door a city can open, ⟦'⟧ and she was right,” Okonkwo-Reyes said.
      `,
      output: wire`
        ROCKFORD, Ill. (AP) — The city will keep all three library branches open on Sundays.

        “My grandmother used to say, ‘ A library is the cheapest door a city can open, ’ and she was right,” Okonkwo-Reyes said.
      `,
    },
    {
      name: 'doubled curly single marks standing for double ones (7-bit copy after a smart-quote pass), a real nested quote inside left alone',
      code: wire`
        SPRINGFIELD, Ill. (AP) — Pawnee Mayor Leon Abernathy said his village had hired an engineer to inspect any future paving work.

        ⟦‘‘⟧We learned something the hard way,⟦’’⟧ Abernathy said. ⟦‘‘⟧When somebody says, ‘Trust me, it is done,’ you go look.⟦’’⟧
      `,
      output: wire`
        SPRINGFIELD, Ill. (AP) — Pawnee Mayor Leon Abernathy said his village had hired an engineer to inspect any future paving work.

        “We learned something the hard way,” Abernathy said. “When somebody says, ‘Trust me, it is done,’ you go look.”
      `,
    },
    {
      name: 'a day file: only the story that mixes its marks is flagged',
      code: dayFile("⟦'⟧"),
      output: dayFile('’'),
    },
    {
      name: 'one straight quotation in curly copy',
      code: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season after a warm February.

        “We tapped two weeks early,” said sugarmaker Hannah Lowell. ⟦"⟧The sap is already slowing.⟦"⟧
      `,
      output: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season after a warm February.

        “We tapped two weeks early,” said sugarmaker Hannah Lowell. “The sap is already slowing.”
      `,
    },
    {
      name: 'straight apostrophes in curly copy',
      code: wire`
        BURLINGTON, Vt. (AP) — Vermont⟦'⟧s maple producers expect a short season after a warm February.

        “We haven⟦'⟧t had a cold night in two weeks,” said sugarmaker Hannah Lowell.
      `,
      output: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season after a warm February.

        “We haven’t had a cold night in two weeks,” said sugarmaker Hannah Lowell.
      `,
    },
    {
      name: 'straight single marks for a quote inside a curly quote',
      code: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season after a warm February.

        “My grandfather used to say, ⟦'⟧Cold nights, warm days,⟦'⟧ and we haven’t had either,” said sugarmaker Hannah Lowell.
      `,
      output: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season after a warm February.

        “My grandfather used to say, ‘Cold nights, warm days,’ and we haven’t had either,” said sugarmaker Hannah Lowell.
      `,
    },
    {
      name: 'a straight running quote in curly copy',
      code: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season, the state’s sugarmakers association said Monday, calling it “the warmest sugaring year on record.”

        ⟦"⟧We tapped two weeks early,⟦"⟧ said sugarmaker Hannah Lowell. ⟦"⟧The sap is already slowing.

        ⟦"⟧If March stays warm, we are done by the 20th.⟦"⟧
      `,
      output: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season, the state’s sugarmakers association said Monday, calling it “the warmest sugaring year on record.”

        “We tapped two weeks early,” said sugarmaker Hannah Lowell. “The sap is already slowing.

        “If March stays warm, we are done by the 20th.”
      `,
    },
    {
      name: 'a story mostly in straight marks: the few curly marks pasted in are the odd ones out',
      code: wire`
        COLUMBUS, Ohio (AP) -- School districts across Ohio are combining routes and staggering start times as a shortage of bus drivers stretches into a fourth year.

        "We have 61 routes and 48 drivers," said Denise Albrecht, the Westerville district's transportation director. "You can do that math."

        ⟦“⟧It's not the money anymore,⟦”⟧ Albrecht said. "It's the split shift."

        "It's a Band-Aid," said Paul Whitacre, Dayton's superintendent. "A Band-Aid is better than nothing."
      `,
      output: wire`
        COLUMBUS, Ohio (AP) -- School districts across Ohio are combining routes and staggering start times as a shortage of bus drivers stretches into a fourth year.

        "We have 61 routes and 48 drivers," said Denise Albrecht, the Westerville district's transportation director. "You can do that math."

        "It's not the money anymore," Albrecht said. "It's the split shift."

        "It's a Band-Aid," said Paul Whitacre, Dayton's superintendent. "A Band-Aid is better than nothing."
      `,
    },
    {
      name: 'quoteStyle "curly": a story all in straight marks is flagged too',
      options: { quoteStyle: 'curly' },
      code: wire`
        BURLINGTON, Vt. (AP) -- Vermont⟦'⟧s maple producers expect a short season after a warm February.

        ⟦"⟧We tapped two weeks early,⟦"⟧ said sugarmaker Hannah Lowell.
      `,
      output: wire`
        BURLINGTON, Vt. (AP) -- Vermont’s maple producers expect a short season after a warm February.

        “We tapped two weeks early,” said sugarmaker Hannah Lowell.
      `,
    },
    {
      name: 'quoteStyle "straight": every curly mark and apostrophe is flagged (a 7-bit feed)',
      options: { quoteStyle: 'straight' },
      code: wire`
        BURLINGTON, Vt. (AP) — Vermont⟦’⟧s maple producers expect a short season after a warm February.

        ⟦“⟧My grandfather used to say, ⟦‘⟧Cold nights, warm days,⟦’⟧ and we haven⟦’⟧t had either,⟦”⟧ said sugarmaker Hannah Lowell.
      `,
      output: wire`
        BURLINGTON, Vt. (AP) — Vermont's maple producers expect a short season after a warm February.

        "My grandfather used to say, 'Cold nights, warm days,' and we haven't had either," said sugarmaker Hannah Lowell.
      `,
    },
    {
      name: 'curly apostrophes with straight quotation marks',
      code: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season after a warm February.

        ⟦"⟧We haven’t had a cold night in two weeks,⟦"⟧ said sugarmaker Hannah Lowell.
      `,
      output: wire`
        BURLINGTON, Vt. (AP) — Vermont’s maple producers expect a short season after a warm February.

        “We haven’t had a cold night in two weeks,” said sugarmaker Hannah Lowell.
      `,
    },
  ],
});
