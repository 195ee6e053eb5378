import { ruleTester, wire } from './harness';

ruleTester('quote-single-marks', {
  valid: [
    {
      name: 'double marks in the body, single marks for a quote within a quote',
      code: wire`
        LONDON (AP) — Britain’s rail strike entered its third day Thursday with no talks scheduled.

        “The minister told us, ‘Go back to work,’ and we said no,” said union leader Mick Dowling.
      `,
    },
    {
      name: 'apostrophes that look like single marks',
      code: wire`
        LONDON (AP) — Union leader Mick Dowling has worked the Brighton line since the ’90s.

        “It’s rock ’n’ roll hours, and the lads’ pay hasn’t moved,” Dowling said.
      `,
    },
    {
      name: 'a headline in single marks',
      code: wire`
        BC-EU--Britain-Rail-Strike,230
        Union leader: ‘We are not going back’
        By NORA PELLETIER
        Associated Press

        LONDON (AP) — Britain’s rail strike entered its third day Thursday with no talks scheduled.
      `,
    },
  ],
  invalid: [
    {
      name: 'a quotation and a quoted phrase in curly single marks',
      code: wire`
        LONDON (AP) — Britain’s rail strike entered its third day Thursday with no talks scheduled.

        ⟦‘We are not going back until they talk to us,’⟧ said union leader Mick Dowling.

        Transport Secretary Anne Keogh called the strike ⟦‘a disgrace.’⟧
      `,
      output: wire`
        LONDON (AP) — Britain’s rail strike entered its third day Thursday with no talks scheduled.

        “We are not going back until they talk to us,” said union leader Mick Dowling.

        Transport Secretary Anne Keogh called the strike “a disgrace.”
      `,
    },
  ],
});
