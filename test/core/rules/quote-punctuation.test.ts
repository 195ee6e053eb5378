import { ruleTester, wire } from './harness';

ruleTester('quote-punctuation', {
  valid: [
    {
      name: 'a chant or shout as the object of its verb, the sentence going on past the mark (`shouted “Shame!” at senators`)',
      code: wire`
        ST. PAUL, Minn. (AP) — The Minnesota Senate adjourned early Sunday without passing a $1.1 billion public construction bill, as protesters in the gallery shouted “Shame!” at senators leaving the chamber.

        The vote failed after Republicans chanted “Vote it down!” from the back of the chamber.
      `,
    },
    {
      name: 'a slogan or a chant named after `said the slogan` and used as a noun (no comma goes before it)',
      code: wire`
        NAIROBI, Kenya (AP) — Kennedy Mutua, a political analyst at the University of Nairobi, said the slogan “Count every vote” first appeared on placards in Kisumu in 2007.

        Mutua said the chant “Haki yetu” dates to the protests of 1990.
      `,
    },
    {
      name: 'a nickname inside a name after `said` (`said drummer Marcus “Bones” Whitfield`) is no quotation to set off',
      code: wire`
        NASHVILLE, Tenn. (AP) — Gospel singer Bernadette Okafor-Lyle won album of the year at the Cumberland Music Awards on Wednesday.

        “She sang every take like it was the last one,” said drummer Marcus “Bones” Whitfield, who played on the album.

        Cincinnati coach Lorna "Lo" Stallworth said her team ran out of answers.
      `,
    },
    {
      name: 'a dropped-g apostrophe before the comma and closing mark of a nested quote (`‘Keep runnin’,’`)',
      code: wire`
        SAN ANTONIO (AP) — Mason Crewe threw for 261 yards, and the Portland Pioneers beat the San Antonio Marshals 24-17 on Sunday.

        “Coach kept telling us, ‘Keep runnin’,’ so we kept running,” Crewe said.
      `,
    },
    {
      name: 'a quotation ending in its own question mark, a dash or an inner quote’s marks before the attribution',
      code: wire`
        SACRAMENTO, Calif. (AP) — California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        “Who will pay for the cleanup?” asked commission member Raul Ibarra.

        “We were about to vote when —” Ibarra said, before the lights went out.

        “The governor told us, ‘Get it done,’” said commission President Leah Fontaine.

        “That money was the ratepayers’,” Fontaine said.
      `,
    },
    {
      name: 'commas and periods inside the closing marks',
      code: wire`
        SACRAMENTO, Calif. (AP) — California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast by 2030.

        “This is the end of an era,” said commission President Leah Fontaine. She called the vote “overdue.”
      `,
    },
    {
      name: 'question mark outside when it belongs to the whole sentence',
      code: wire`
        SACRAMENTO, Calif. (AP) — Who decided the plant was “too old to fix”? Opponents asked that Thursday.
      `,
    },
    {
      name: 'colon and semicolon outside the closing mark',
      code: wire`
        SACRAMENTO, Calif. (AP) — Regulators called the plan “a bridge”; critics called it “a delay”: three more years of waste on the coast.
      `,
    },
    {
      name: 'comma after “said” before a full quotation, colon in a longer introduction',
      code: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine said, “This is the end of an era.”

        In a statement after the vote, Fontaine said: “The state kept its promise.”
      `,
    },
    {
      name: 'a quoted title after “said” is not a full quotation',
      code: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine said “The Morning Desk” misreported the vote.
      `,
    },
    {
      name: 'question mark inside when the quotation asks',
      code: wire`
        SACRAMENTO, Calif. (AP) — Regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        “Who pays to store the waste for the next 50 years?” asked rancher Tom Whitaker.
      `,
    },
    {
      name: 'partial quotation after “said” needs no comma',
      code: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine said the vote was “the end of an era.”
      `,
    },
    {
      name: 'comma inside both marks of a quote inside a quote',
      code: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine recalled the first hearing on the plant.

        “A rancher stood up and said ‘never,’” Fontaine said.
      `,
    },
  ],
  invalid: [
    {
      name: 'no comma before the closing mark, with the attribution after it',
      code: wire`
        SACRAMENTO, Calif. (AP) — California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        “This is the end of an era⟦”⟧ said commission President Leah Fontaine. “It is also the start of one⟦”⟧ she said.
      `,
      output: wire`
        SACRAMENTO, Calif. (AP) — California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        “This is the end of an era,” said commission President Leah Fontaine. “It is also the start of one,” she said.
      `,
    },
    {
      name: 'comma outside the closing mark',
      code: wire`
        SACRAMENTO, Calif. (AP) — California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        “This is the end of an era⟦”,⟧ said commission President Leah Fontaine.
      `,
      output: wire`
        SACRAMENTO, Calif. (AP) — California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        “This is the end of an era,” said commission President Leah Fontaine.
      `,
    },
    {
      name: 'period outside the closing mark of a partial quote',
      code: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine called the vote “overdue⟦”.⟧
      `,
      output: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine called the vote “overdue.”
      `,
    },
    {
      name: 'period set off by a stray space after the closing mark, and a stray space before a stray comma',
      code: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine called the vote “overdue⟦” .⟧

        “We kept the promise?⟦” ,⟧ Fontaine asked.
      `,
      output: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine called the vote “overdue.”

        “We kept the promise?” Fontaine asked.
      `,
    },
    {
      name: 'no comma between “said” and a full quotation',
      code: wire`
        SACRAMENTO, Calif. (AP) — California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        Commission President Leah Fontaine ⟦said “⟧We kept the promise we made to this coast.”
      `,
      output: wire`
        SACRAMENTO, Calif. (AP) — California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        Commission President Leah Fontaine said, “We kept the promise we made to this coast.”
      `,
    },
    {
      name: 'no comma between “said” and a full quotation, surname attribution',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed the pier repair bill Tuesday.

        Marsh ⟦said “⟧We will have boats running by June.”
      `,
      output: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh signed the pier repair bill Tuesday.

        Marsh said, “We will have boats running by June.”
      `,
    },
    {
      name: 'comma after a closing mark that follows a question mark',
      code: wire`
        SACRAMENTO, Calif. (AP) — Regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        “Who pays to store the waste for the next 50 years?‸”, asked rancher Tom Whitaker.
      `,
      output: wire`
        SACRAMENTO, Calif. (AP) — Regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        “Who pays to store the waste for the next 50 years?” asked rancher Tom Whitaker.
      `,
    },
    {
      name: 'comma outside in straight-mark copy',
      code: wire`
        SACRAMENTO, Calif. (AP) -- California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        "This is the end of an era⟦",⟧ said commission President Leah Fontaine.
      `,
      output: wire`
        SACRAMENTO, Calif. (AP) -- California regulators approved a plan Thursday to close the last nuclear plant on the Central Coast.

        "This is the end of an era," said commission President Leah Fontaine.
      `,
    },
    {
      name: 'comma outside a quote inside a quote',
      code: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine recalled the first hearing on the plant.

        “A rancher stood up and said ‘never⟦’,⟧ and he meant it,” Fontaine said.
      `,
      output: wire`
        SACRAMENTO, Calif. (AP) — Commission President Leah Fontaine recalled the first hearing on the plant.

        “A rancher stood up and said ‘never,’ and he meant it,” Fontaine said.
      `,
    },
  ],
});
