import { ruleTester, wire } from './harness';

ruleTester('quote-nesting', {
  valid: [
    {
      name: 'a quote inside a running quote that runs on too: the next paragraph opens both marks again',
      code: wire`
        ROCKLAND, Maine (AP) — Harbor master Tom Levesque was on the town pier when the water came over it.

        “The water came up so fast,” Levesque said. “My neighbor was yelling, ‘Get out of there, Tom!

        “‘Leave the boats, they are insured!’ And I did. I still think about it.”
      `,
    },
    {
      name: 'quote inside a quote in single marks',
      code: wire`
        SPOKANE, Wash. (AP) — A tenant who sued her landlord over a broken furnace won $12,000 on Wednesday.

        “He said ‘no’ to me three times before the pipes froze,” said tenant Maria Okonkwo.
      `,
    },
    {
      name: 'third level goes back to double marks',
      code: wire`
        SPOKANE, Wash. (AP) — A tenant who sued her landlord over a broken furnace won $12,000 on Wednesday.

        “My lawyer told me, ‘The judge asked him, “Did you fix it?” and he said nothing,’ and then we won,” said tenant Maria Okonkwo.
      `,
    },
    {
      name: 'apostrophes inside a quotation are not single quotes',
      code: wire`
        SPOKANE, Wash. (AP) — Tenant Maria Okonkwo said the ruling should help others in her building.

        “That’s the tenants’ money he kept, and it’s coming back to Sean O’Brien and everyone else,” Okonkwo said.
      `,
    },
    {
      name: 'apostrophe right before the closing mark',
      code: wire`
        SPOKANE, Wash. (AP) — Tenant Maria Okonkwo said the deposit was never the landlord’s to keep.

        “That money was the tenants’,” Okonkwo said. “Every cent of it was the tenants’.”
      `,
    },
    {
      name: 'two separate double quotations in one paragraph',
      code: wire`
        SPOKANE, Wash. (AP) — Tenant Maria Okonkwo said the ruling should help others in her building.

        “It was freezing,” Okonkwo said. “We wore coats to bed.”
      `,
    },
  ],
  invalid: [
    {
      name: 'straight marks shifted around the attribution (scanned copy): reported, with no fix that would quote the attribution',
      code: 'ROCKFORD, Ill. (AP) — City Finance Director Harriet Lindqvist spoke to the council Monday.\n\n"Every rating agency asks about the reserve first , ⟦"Lindqvist said."⟧ It is not a piggy bank."\n',
      output: null,
    },
    {
      name: 'a running quote whose next paragraph does not open the inner quote again',
      code: wire`
        ROCKLAND, Maine (AP) — Harbor master Tom Levesque was on the town pier when the water came over it.

        “The water came up so fast,” Levesque said. “My neighbor was yelling, ⟦‘⟧Get out of there, Tom!

        “And I did. I still think about it.”
      `,
      output: null,
    },
    {
      name: 'quote inside a quote written with double marks',
      code: wire`
        SPOKANE, Wash. (AP) — A tenant who sued her landlord over a broken furnace won $12,000 on Wednesday.

        “He said ⟦“no”⟧ to me,” said tenant Maria Okonkwo.
      `,
      output: wire`
        SPOKANE, Wash. (AP) — A tenant who sued her landlord over a broken furnace won $12,000 on Wednesday.

        “He said ‘no’ to me,” said tenant Maria Okonkwo.
      `,
    },
    {
      name: 'quoted phrase with double marks inside a longer quotation',
      code: wire`
        SPOKANE, Wash. (AP) — A tenant who sued her landlord over a broken furnace won $12,000 on Wednesday.

        “The landlord kept calling it ⟦“a minor repair,”⟧ but we had ice in the sink,” said tenant Maria Okonkwo.
      `,
      output: wire`
        SPOKANE, Wash. (AP) — A tenant who sued her landlord over a broken furnace won $12,000 on Wednesday.

        “The landlord kept calling it ‘a minor repair,’ but we had ice in the sink,” said tenant Maria Okonkwo.
      `,
    },
    {
      name: 'single mark opened inside a quotation and never closed',
      code: wire`
        SPOKANE, Wash. (AP) — A tenant who sued her landlord over a broken furnace won $12,000 on Wednesday.

        “He kept calling it ⟦‘⟧a minor repair, and we had ice in the sink,” said tenant Maria Okonkwo.
      `,
      output: null,
    },
  ],
});
