import { ruleTester, wire } from './harness';

ruleTester('attribution-verb', {
  valid: [
    {
      name: 'said, told and added',
      code: wire`
        DES MOINES, Iowa (AP) — A school board member who voted against a four-day week said Monday she would not run again.

        “I have done what I came to do,” said board member Karen Voss. “Someone else can take it from here,” she added.

        “We will miss her,” Superintendent Alan Pruitt told reporters.
      `,
    },
    {
      name: 'according to an organisation or a document',
      code: wire`
        DES MOINES, Iowa (AP) — The district will switch to a four-day week in August.

        The change will save about $400,000 a year, according to the Iowa Department of Education.

        “The buses alone cost us a fortune,” according to the board’s own budget memo.
      `,
    },
    {
      name: 'a loaded verb that is not an attribution',
      code: wire`
        DES MOINES, Iowa (AP) — The Hawkeyes claimed their third straight title Saturday, beating Purdue 78-71.

        “We never stopped believing,” said forward Jalen Brooks.
      `,
    },
  ],
  invalid: [
    {
      name: '“admits” in a feature written in the present tense becomes “says”',
      code: wire`
        DES MOINES, Iowa (AP) — Alan Pruitt has run the Raccoon Valley schools for 11 years.

        “We should have asked the parents first,” Pruitt ⟦admits⟧.
      `,
      output: wire`
        DES MOINES, Iowa (AP) — Alan Pruitt has run the Raccoon Valley schools for 11 years.

        “We should have asked the parents first,” Pruitt says.
      `,
    },
    {
      name: '“claimed” in an attribution',
      code: wire`
        DES MOINES, Iowa (AP) — A school board member who voted against a four-day week said Monday she would not run again.

        “The savings were never real,” board member Karen Voss ⟦claimed⟧.
      `,
      output: wire`
        DES MOINES, Iowa (AP) — A school board member who voted against a four-day week said Monday she would not run again.

        “The savings were never real,” board member Karen Voss said.
      `,
    },
    {
      name: '“admitted” and “insisted” for one speaker',
      code: wire`
        DES MOINES, Iowa (AP) — The superintendent of the Raccoon Valley schools defended a four-day week on Monday.

        “We should have asked the parents first,” Superintendent Alan Pruitt ⟦admitted⟧. “But the numbers work,” he ⟦insisted⟧.
      `,
      output: wire`
        DES MOINES, Iowa (AP) — The superintendent of the Raccoon Valley schools defended a four-day week on Monday.

        “We should have asked the parents first,” Superintendent Alan Pruitt said. “But the numbers work,” he said.
      `,
    },
    {
      name: 'loaded verb after a pronoun',
      code: wire`
        DES MOINES, Iowa (AP) — School board member Karen Voss said Monday she would not run again.

        “I have done what I came to do,” she ⟦claimed⟧.
      `,
      output: wire`
        DES MOINES, Iowa (AP) — School board member Karen Voss said Monday she would not run again.

        “I have done what I came to do,” she said.
      `,
    },
    {
      name: 'loaded verb before the subject',
      code: wire`
        DES MOINES, Iowa (AP) — The superintendent of the Raccoon Valley schools defended a four-day week on Monday.

        “The numbers work,” ⟦insisted⟧ Superintendent Alan Pruitt, who has led the district since 2019.
      `,
      output: wire`
        DES MOINES, Iowa (AP) — The superintendent of the Raccoon Valley schools defended a four-day week on Monday.

        “The numbers work,” said Superintendent Alan Pruitt, who has led the district since 2019.
      `,
    },
    {
      name: '“according to” a person',
      code: wire`
        DES MOINES, Iowa (AP) — The superintendent of the Raccoon Valley schools defended a four-day week on Monday.

        “The buses alone cost us a fortune,” ‸according to Superintendent Alan Pruitt.
      `,
      output: null,
    },
  ],
});
