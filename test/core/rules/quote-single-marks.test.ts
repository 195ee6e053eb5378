import { ruleTester, wire } from './harness';

ruleTester('quote-single-marks', {
  valid: [
    {
      name: 'a digest item’s subhead ending in a quoted phrase in single marks, as headlines write them',
      code: wire`
        BC-US--Plains-Weather-Briefs,480

        Plains weather and traffic briefs

        By The Associated Press

        Ice storm closes stretch of Interstate 35

        SALINA, Kan. (AP) — A 40-mile stretch of Interstate 35 was closed for six hours Tuesday.

        Sheriff: Bus driver ‘did everything right’

        ENID, Okla. (AP) — A school bus carrying 14 children slid off a gravel county road Wednesday north of Enid, but none of the students was hurt.
      `,
    },
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
