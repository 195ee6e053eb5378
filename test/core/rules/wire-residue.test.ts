import { ruleTester, wire } from './harness';

ruleTester('wire-residue', {
  valid: [
    {
      name: 'editorial brackets inside a quotation and a date in prose',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Nov. 3, 2026, to extend the Shoreline East rail line to Rhode Island.

        “They [the Senate] finally listened to commuters,” said rider advocate Joyce Amato.
      `,
    },
    {
      name: 'end mark and contributor line',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.

        ___

        Associated Press writer Lena Ortiz in Providence, Rhode Island, contributed to this report.
      `,
    },
  ],
  invalid: [
    {
      name: 'a printed page’s running header inside a paragraph (PDF copy), which named no one',
      code: [
        'ROCKFORD, Ill. (AP) — Alderman Wendell Kasprzak voted against taking the repair money',
        '⟦Rockford Register Star  |  Tuesday, December 3, 2024  |  A7⟧',
        'from the city’s reserve fund.',
        '',
        '“The reserve is there for a rainy day,” he said.',
        '',
      ].join('\n'),
      output: [
        'ROCKFORD, Ill. (AP) — Alderman Wendell Kasprzak voted against taking the repair money',
        'from the city’s reserve fund.',
        '',
        '“The reserve is there for a rainy day,” he said.',
        '',
      ].join('\n'),
    },
    {
      name: 'residue lines in copy quoted in an e-mail: each is deleted with its `>` marks',
      code: [
        '> SPRINGFIELD, Ill. (AP) — A federal jury on Wednesday convicted a',
        '> central Illinois paving contractor of defrauding six small towns.',
        '>',
        '> ⟦Advertisement⟧',
        '> The case began when a Pawnee trustee, Arlene Kowalczyk, drove to',
        '> a street her village had paid to resurface.',
        '> ⟦- 2 -⟧',
        '> “I just sat there,” Kowalczyk said.',
        '',
      ].join('\n'),
      output: [
        '> SPRINGFIELD, Ill. (AP) — A federal jury on Wednesday convicted a',
        '> central Illinois paving contractor of defrauding six small towns.',
        '>',
        '> The case began when a Pawnee trustee, Arlene Kowalczyk, drove to',
        '> a street her village had paid to resurface.',
        '> “I just sat there,” Kowalczyk said.',
        '',
      ].join('\n'),
    },
    {
      name: 'a print page’s jump lines without brackets: continued on or from a page, see or from a slug’s page',
      code: wire`
        GARDEN GROVE, Calif. (AP) — The city council approved a weekend night market on Brookhurst Street on Tuesday.

        ⟦Continued on Page A6⟧

        Vendors will pay $40 a night for a stall.

        ⟦See MARKET, Page A6⟧

        ⟦MARKET, from Page A1⟧

        ⟦(Continued on next page)⟧

        ⟦(Advertisement)⟧

        The first market opens in June. A list of vendors is on Page 6 of the city’s report.
      `,
      output: wire`
        GARDEN GROVE, Calif. (AP) — The city council approved a weekend night market on Brookhurst Street on Tuesday.

        Vendors will pay $40 a night for a stall.

        The first market opens in June. A list of vendors is on Page 6 of the city’s report.
      `,
    },
    {
      name: 'web page residue: a gallery link, a read-more line, a related-story line, a see-also line, a share line, PDF page numbers, a news site’s time stamp and buttons, continues-below with and without parentheses or “advertisement”, a spaced jump line',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        ⟦[Photo gallery: The Shoreline East line]⟧

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it. ⟦[ Continued from Page 1 ]⟧

        ⟦(Story continues below)⟧

        Rhode Island lawmakers will take up a matching bill in March.

        ⟦Read more: https://example.com/shoreline-east⟧

        ⟦Related: Rhode Island weighs its own rail bill⟧

        ⟦Story continues below advertisement⟧

        ⟦SEE ALSO: How the line was built⟧

        ⟦Share this article⟧

        ⟦Page 2 of 3⟧

        ⟦- 4 -⟧

        ⟦Updated 4:12 PM CST, November 29, 2026⟧

        ⟦Share⟧

        ⟦Link copied⟧
      `,
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.

        Rhode Island lawmakers will take up a matching bill in March.

      `,
    },
    {
      name: 'inline jump line broken across two lines of hard-wrapped copy',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend
        the Shoreline East rail line to Rhode Island.
        The bill now goes to Gov. Raymond Sousa, who has said he will sign it ⟦[to
        top of second column]⟧ before the end of the month.
      `,
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend
        the Shoreline East rail line to Rhode Island.
        The bill now goes to Gov. Raymond Sousa, who has said he will sign it before the end of the month.
      `,
    },
    {
      name: 'jump line splitting a paragraph',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it
        ⟦[to top of second column]⟧
        before the end of the month.
      `,
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it
        before the end of the month.
      `,
    },
    {
      name: 'jump line between paragraphs',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        ⟦[to top of second column]⟧

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `,
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `,
    },
    // Other line endings: Windows' CRLF and an old Mac's lone CR.
    ...[
      ['CRLF', '\r\n'],
      ['an old Mac’s CR', '\r'],
    ].map(([name, eol]) => ({
      name: `jump line between paragraphs, ${name} line endings`,
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        ⟦[to top of second column]⟧

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `.replace(/\n/g, eol),
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `.replace(/\n/g, eol),
    })),
    {
      name: 'lone bar on its own line',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.
        ⟦|⟧
        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `,
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.
        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `,
    },
    {
      name: 'bracketed web date inline',
      code: wire`
        HARTFORD, Conn. (AP) — ⟦[Nov. 3, 2026]⟧ The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it ⟦[Nov. 3, 2026]⟧.
      `,
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `,
    },
    {
      name: 'web advertisement slot between paragraphs',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        ⟦Advertisement⟧

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `,
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `,
    },
    {
      name: 'continuation line inside a paragraph',
      code: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, ⟦[continued from page A1]⟧ who has said he will sign it.
      `,
      output: wire`
        HARTFORD, Conn. (AP) — The state Senate voted 24-12 on Tuesday to extend the Shoreline East rail line to Rhode Island.

        The bill now goes to Gov. Raymond Sousa, who has said he will sign it.
      `,
    },
  ],
});
