import { ruleTester, wire } from './harness';

ruleTester('quote-space', {
  valid: [
    {
      name: 'marks hug the quoted words',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres south of Tucson.

        “It was the largest fire we have fought this year,” said fire chief Rosa Valdez. “We lost no homes.”
      `,
    },
    {
      name: 'spaces around words inside the quotation, quote inside a quote, dashes',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “The wind — and only the wind — decided where it went,” said fire chief Rosa Valdez. “My crews kept saying, ‘Not tonight,’ and it held.”
      `,
    },
    {
      name: 'marks against punctuation and dashes outside them',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        Valdez called the fire “the big one”; her crews called it “the monster.” The season —“the worst in 20 years”— is not over.
      `,
    },
    {
      name: 'a running quote ending its paragraph without a closing mark',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “It was the largest fire we have fought this year,” said fire chief Rosa Valdez. “We lost no homes.

        “That is the number that matters.”
      `,
    },
    {
      name: 'an ellipsis at the end of a quotation keeps its space (AP: a three-letter word)',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “We kept thinking, if the wind turns ...” fire chief Rosa Valdez said, and did not finish. “If it turns . . .”
      `,
    },
  ],
  invalid: [
    {
      name: 'a space after the opening mark of a quotation inside a quotation (`the word ‘ guilty’`)',
      code: wire`
        DAYTON, Ohio (AP) — “We waited 19 months to hear the word ‘⟦ ⟧guilty’ in that room,” said her mother, Gloria Pruitt.
      `,
      output: wire`
        DAYTON, Ohio (AP) — “We waited 19 months to hear the word ‘guilty’ in that room,” said her mother, Gloria Pruitt.
      `,
    },
    {
      name: 'a space after the opening mark of a quotation that runs on into the next paragraph',
      code: wire`
        SAN JOSE, Costa Rica (AP) — Scientists briefed delegates on the bigeye tuna decline Tuesday.

        “Every year we wait, the closure gets longer,” said Ricardo Solano Vargas, a marine biologist. “⟦ ⟧The fish do not negotiate.

        “If this meeting had been held 10 years ago, six weeks would have been enough.”
      `,
      output: wire`
        SAN JOSE, Costa Rica (AP) — Scientists briefed delegates on the bigeye tuna decline Tuesday.

        “Every year we wait, the closure gets longer,” said Ricardo Solano Vargas, a marine biologist. “The fish do not negotiate.

        “If this meeting had been held 10 years ago, six weeks would have been enough.”
      `,
    },
    {
      name: 'a space after an inner opening mark whose closing mark is on the next line of hard-wrapped copy',
      code: wire`
        BC-BBA--Mariners-Notebook,120
        Mariners notebook
        SEATTLE (AP) — Right-hander Jae-won Seo will start Friday in Oakland, manager
        Ruth Varga said Tuesday.
        “I am ready,” Seo said through an interpreter. “In Tacoma they told me, ‘⟦ ⟧Be
        patient, your chance comes.’ Now it comes again.”
      `,
      output: wire`
        BC-BBA--Mariners-Notebook,120
        Mariners notebook
        SEATTLE (AP) — Right-hander Jae-won Seo will start Friday in Oakland, manager
        Ruth Varga said Tuesday.
        “I am ready,” Seo said through an interpreter. “In Tacoma they told me, ‘Be
        patient, your chance comes.’ Now it comes again.”
      `,
    },
    {
      name: 'no space outside the marks: after a comma before the opening mark, and between the closing mark and the next word',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        Fire chief Rosa Valdez said,⟦“⟧It was the largest fire we have fought this year.”

        “We lost no homes⟦”⟧Valdez said.
      `,
      output: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        Fire chief Rosa Valdez said, “It was the largest fire we have fought this year.”

        “We lost no homes” Valdez said.
      `,
    },
    {
      name: 'space after the opening mark',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “⟦ ⟧It was the largest fire we have fought this year,” said fire chief Rosa Valdez.
      `,
      output: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “It was the largest fire we have fought this year,” said fire chief Rosa Valdez.
      `,
    },
    {
      name: 'space after the opening mark of a partial quote',
      code: wire`
        TUCSON, Ariz. (AP) — Fire chief Rosa Valdez called the Cerro Alto fire the “⟦ ⟧largest we have fought this year.”
      `,
      output: wire`
        TUCSON, Ariz. (AP) — Fire chief Rosa Valdez called the Cerro Alto fire the “largest we have fought this year.”
      `,
    },
    {
      name: 'space before the closing mark',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “We lost no homes,⟦ ⟧” said fire chief Rosa Valdez. “Not one.”
      `,
      output: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “We lost no homes,” said fire chief Rosa Valdez. “Not one.”
      `,
    },
    {
      name: 'space after a straight opening mark',
      code: wire`
        TUCSON, Ariz. (AP) -- Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        "⟦ ⟧We lost no homes," said fire chief Rosa Valdez.
      `,
      output: wire`
        TUCSON, Ariz. (AP) -- Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        "We lost no homes," said fire chief Rosa Valdez.
      `,
    },
    {
      name: 'spaces on both sides, two spaces wide',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        Fire chief Rosa Valdez said crews had “⟦  ⟧finally caught a break⟦ ⟧” with the wind.
      `,
      output: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        Fire chief Rosa Valdez said crews had “finally caught a break” with the wind.
      `,
    },
    {
      name: 'space before the punctuation that ends the quotation: straight and curly marks',
      code: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “We lost no homes⟦ ⟧,” said fire chief Rosa Valdez. “Not one⟦  ⟧.”

        "Will it come back⟦ ⟧?" a neighbor asked.
      `,
      output: wire`
        TUCSON, Ariz. (AP) — Firefighters contained the Cerro Alto fire Sunday after it burned 14,000 acres.

        “We lost no homes,” said fire chief Rosa Valdez. “Not one.”

        "Will it come back?" a neighbor asked.
      `,
    },
  ],
});
