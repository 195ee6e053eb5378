import { ruleTester, wire } from './harness';

ruleTester('quote-direction', {
  valid: [
    {
      name: 'a nested quotation that opens with a number (`‘90 days of rain, 90 days of mud,’`), its closing mark ahead',
      code: wire`
        MARIETTA, Ohio (AP) — Mayor Lorraine Castellano said city crews worked through the night to close the floodgates on Front Street.

        “My grandfather used to tell me, ‘90 days of rain, 90 days of mud,’ and he was right,” Castellano said.
      `,
    },
    {
      name: 'apostrophes before decades, in elisions and in names',
      code: wire`
        MEMPHIS, Tenn. (AP) — Club owner Dolores Hatch booked rock ’n’ roll acts on Beale Street from the ’70s until the ’90s.

        “That’s the players’ money, and Sean O’Brien never let me forget it,” Hatch said. “We didn’t stop ’til sunrise.”
      `,
    },
    {
      name: 'quote inside a quote with curly single marks',
      code: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch said the club’s sign still hangs over her garage.

        “Every night somebody yelled ‘one more,’ and we played one more,” Hatch said.
      `,
    },
    {
      name: 'opening mark after a dash and after a parenthesis',
      code: wire`
        MEMPHIS, Tenn. (AP) — The club’s motto —“Play it loud”— was painted over the bar (“and over the bartender,” Dolores Hatch said).
      `,
    },
  ],
  invalid: [
    {
      name: 'an inner quotation opened with a closing single mark after `said,` (`’Drink from the hose.’`)',
      code: wire`
        SEOUL, South Korea (AP) — “When I asked for water, the manager said, ⟦’⟧Drink from the hose.’” Lan said.
      `,
      output: wire`
        SEOUL, South Korea (AP) — “When I asked for water, the manager said, ‘Drink from the hose.’” Lan said.
      `,
    },
    {
      name: 'a plural possessive’s apostrophe facing the wrong way (`the Bulldogs‘ second-leading scorer`)',
      code: wire`
        BLUFF CITY, Tenn. (AP) — Lexi Brandt, the Bulldogs⟦‘⟧ second-leading scorer, had 12 points in the players⟦‘⟧ last home game.
      `,
      output: wire`
        BLUFF CITY, Tenn. (AP) — Lexi Brandt, the Bulldogs’ second-leading scorer, had 12 points in the players’ last home game.
      `,
    },
    {
      name: 'an elided year typed with an opening mark inside a quotation, no closing mark ahead (`‘98`, `‘90s`)',
      code: wire`
        MARIETTA, Ohio (AP) — Mayor Lorraine Castellano said city crews worked through the night.

        “Back in ⟦‘⟧98 we had worse, and in the ⟦‘⟧90s worse again,” Castellano said.
      `,
      output: wire`
        MARIETTA, Ohio (AP) — Mayor Lorraine Castellano said city crews worked through the night.

        “Back in ’98 we had worse, and in the ’90s worse again,” Castellano said.
      `,
    },
    {
      name: 'an elision apostrophe typed as an opening single mark inside a quotation (`‘til`, `‘em`), a nested quote after it still nested',
      code: wire`
        SAN ANTONIO (AP) — Mason Crewe threw for 261 yards, and the Portland Pioneers beat the San Antonio Marshals 24-17 on Sunday.

        “We’ll be hearing about it ⟦‘⟧til next season,” Crewe said.

        “Coach kept telling ⟦‘⟧em, ‘One drive at a time,’ and we listened,” Crewe said.

        “He told me, ‘Til the whistle, you play,’ and I did,” Crewe said.
      `,
      output: wire`
        SAN ANTONIO (AP) — Mason Crewe threw for 261 yards, and the Portland Pioneers beat the San Antonio Marshals 24-17 on Sunday.

        “We’ll be hearing about it ’til next season,” Crewe said.

        “Coach kept telling ’em, ‘One drive at a time,’ and we listened,” Crewe said.

        “He told me, ‘Til the whistle, you play,’ and I did,” Crewe said.
      `,
    },
    {
      name: 'closing mark used to open a paragraph’s quotation',
      code: wire`
        MEMPHIS, Tenn. (AP) — Club owner Dolores Hatch said she would reopen the Blue Door on Beale Street next spring.

        ⟦”⟧We never really closed; we just stopped paying the light bill,” Hatch said.
      `,
      output: wire`
        MEMPHIS, Tenn. (AP) — Club owner Dolores Hatch said she would reopen the Blue Door on Beale Street next spring.

        “We never really closed; we just stopped paying the light bill,” Hatch said.
      `,
    },
    {
      name: 'closing mark opening the continuing paragraph of a running quote',
      code: wire`
        MEMPHIS, Tenn. (AP) — Club owner Dolores Hatch said she would reopen the Blue Door on Beale Street next spring.

        “We never really closed,” Hatch said. “We just stopped paying the light bill.

        ⟦”⟧Now the bill is paid.”
      `,
      output: wire`
        MEMPHIS, Tenn. (AP) — Club owner Dolores Hatch said she would reopen the Blue Door on Beale Street next spring.

        “We never really closed,” Hatch said. “We just stopped paying the light bill.

        “Now the bill is paid.”
      `,
    },
    {
      name: 'opening mark used to close a quotation',
      code: wire`
        MEMPHIS, Tenn. (AP) — Club owner Dolores Hatch said she would reopen the Blue Door on Beale Street next spring.

        “We never really closed,⟦“⟧ Hatch said.
      `,
      output: wire`
        MEMPHIS, Tenn. (AP) — Club owner Dolores Hatch said she would reopen the Blue Door on Beale Street next spring.

        “We never really closed,” Hatch said.
      `,
    },
    {
      name: 'opening single mark before a decade',
      code: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch booked soul acts on Beale Street through the ⟦‘⟧90s.
      `,
      output: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch booked soul acts on Beale Street through the ’90s.
      `,
    },
    {
      name: 'opening single marks in rock ’n’ roll',
      code: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch booked rock ⟦‘⟧n⟦‘⟧ roll acts for 40 years.
      `,
      output: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch booked rock ’n’ roll acts for 40 years.
      `,
    },
    {
      name: 'opening single mark on an elision at the start of a word',
      code: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch said the Blue Door would stay open ⟦‘⟧til the last customer left.
      `,
      output: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch said the Blue Door would stay open ’til the last customer left.
      `,
    },
    {
      name: 'opening single mark inside a contraction',
      code: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch said the Blue Door would reopen in April.

        “We didn⟦‘⟧t close for good,” Hatch said.
      `,
      output: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch said the Blue Door would reopen in April.

        “We didn’t close for good,” Hatch said.
      `,
    },
    {
      name: 'opening single mark closing a quote inside a quote',
      code: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch said the crowd never let the band leave.

        “Somebody always yelled ‘one more,⟦‘⟧ and we played one more,” Hatch said.
      `,
      output: wire`
        MEMPHIS, Tenn. (AP) — Dolores Hatch said the crowd never let the band leave.

        “Somebody always yelled ‘one more,’ and we played one more,” Hatch said.
      `,
    },
  ],
});
