import { hardWrapped, ruleTester, wire } from './harness';

const LOST_OPENING = wire`
  CONCORD, N.H. (AP) — The state’s largest ski area will open two weeks late after a warm November, its owners said Thursday.

  Snowmaking crews need three cold nights in a row to build a base, said operations manager Paul Girard. We have had one⟦”⟧ he said.

  The resort employs about 400 seasonal workers.
`;

ruleTester('quote-unopened', {
  valid: [
    {
      name: 'a height in straight primes inside a curly quotation (`“I’m 6\'2" and …”`)',
      code: wire`
        RUMFORD, Maine (AP) — Dennis Thibodeau, a retired millwright, said the diner had been the town’s kitchen table for as long as he could remember.

        “I’m 6'2" and I don’t fit in the booths at the Dunkin’ on Route 2,” he said. “Here they built them for us.”
      `,
    },
    {
      name: 'straight inch marks after numbers (26", 6\'4") in straight-quoted copy',
      code: wire`
        BURLINGTON, Vt. (AP) — The storm dropped 26" of snow on Stowe and 14" in Burlington by Wednesday morning.

        "We measured every six hours, and it just kept coming," meteorologist Ana Ruiz said.

        Plow driver Mike Tessier, who stands 6'4", said the drifts on Route 100 were taller than he was.
      `,
    },
    {
      name: 'paired marks',
      code: wire`
        CONCORD, N.H. (AP) — The state’s largest ski area will open two weeks late after a warm November, its owners said Thursday.

        “We have had one cold night,” said operations manager Paul Girard. “We need three in a row.”
      `,
    },
    {
      name: 'closing mark of a running quote in its last paragraph',
      code: wire`
        CONCORD, N.H. (AP) — The state’s largest ski area will open two weeks late, its owners said Thursday.

        “We have had one cold night,” said operations manager Paul Girard. “We need three in a row.

        “Until then, the guns stay off.”
      `,
    },
    {
      name: 'apostrophes after words and before digits are not closing quotation marks',
      code: wire`
        CONCORD, N.H. (AP) — Paul Girard has run the lifts at Cannon Ridge since the ’90s.

        “That’s the skiers’ money we are spending on snow, and the O’Briens who own the place know it,” Girard said.
      `,
    },
    {
      name: 'a closing single mark after a quote inside a quote',
      code: wire`
        CONCORD, N.H. (AP) — Paul Girard said his crew has a saying for warm Novembers.

        “We tell each other, ‘Wait for the cold,’ and we wait,” Girard said.
      `,
    },
  ],
  invalid: [
    {
      name: 'opening mark deleted mid-paragraph',
      code: LOST_OPENING,
      output: null,
    },
    {
      name: 'opening mark deleted at the start of a paragraph',
      code: wire`
        CONCORD, N.H. (AP) — The state’s largest ski area will open two weeks late after a warm November, its owners said Thursday.

        We have had one cold night in three weeks,⟦”⟧ said operations manager Paul Girard.
      `,
    },
    {
      name: 'second quotation of a paragraph lost its opening mark',
      code: wire`
        CONCORD, N.H. (AP) — The state’s largest ski area will open two weeks late after a warm November, its owners said Thursday.

        “We have had one cold night,” said operations manager Paul Girard. We need three in a row⟦”⟧ he added.
      `,
    },
    {
      name: 'continuing paragraph of a running quote lost its opening mark',
      code: wire`
        CONCORD, N.H. (AP) — The state’s largest ski area will open two weeks late after a warm November, its owners said Thursday.

        “We have had one cold night,” said operations manager Paul Girard. “We need three in a row.

        Until then, the snow guns stay off and the lifts stay closed⟦”⟧
      `,
    },
    {
      name: 'straight closing mark with no opening in straight-mark copy',
      code: wire`
        CONCORD, N.H. (AP) -- The state's largest ski area will open two weeks late after a warm November, its owners said Thursday.

        We have had one cold night in three weeks,⟦"⟧ said operations manager Paul Girard.
      `,
    },
    {
      name: 'opening mark deleted, hard-wrapped at 72 columns',
      code: hardWrapped(LOST_OPENING),
    },
  ],
});
