import { strict as assert } from 'node:assert';
import { analyzeStory } from '../../../src/core';
import { hardWrapped, indented, ruleTester, wire } from './harness';

// A three-paragraph running quote: only the last paragraph closes (AP).
const RUNNING = wire`
  AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the storm-wrecked Kittering ferry pier before summer.

  “We are not going to leave the islands cut off for another winter,” Marsh said at a news conference. “The money is set aside, and the crews are ready to start.

  “I have heard from families who missed medical appointments for three weeks. That cannot happen again.

  “So we start Monday, and we finish by June.”

  The pier closed Jan. 14 after waves tore away two pilings.
`;

// The closing mark of the first quotation was deleted; the next paragraph is plain text.
const DELETED_CLOSE_PLAIN = wire`
  AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the storm-wrecked Kittering ferry pier before summer.

  Marsh said the work would cost about $4 million. ‸“We are not going to leave the islands cut off for another winter.

  The pier closed Jan. 14 after waves tore away two pilings.
`;

// The second quotation lost its closing mark; the next paragraph is someone else speaking.
const OTHER_SPEAKER_NEXT = wire`
  AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the storm-wrecked Kittering ferry pier.

  “We are not going to leave the islands cut off for another winter,” Marsh said. ‸“The crews start Monday.

  “Nobody has told the fishermen anything,” said harbor master Tom Levesque, who runs the island’s only fuel dock.
`;

const UNCLOSED_WRAPPED_SOURCE = wire`
  PORTLAND, Maine (AP) — Ferry crews returned to the Kittering pier on Monday, three weeks after a storm tore away two of its pilings.

  Harbor master Tom Levesque walked the deck with an engineer. ‸“The pilings came through better than anyone expected, he said.

  Repairs should take about six weeks, according to a state estimate.
`;

// The closing mark after `Friday.` lost, and the writer's next sentence about the speaker
// swallowed by the quotation; the next paragraph's quotation is hers, so it reads as running on.
const SPEAKER_INSIDE = wire`
  DAVENPORT, Iowa (AP) — About 1,100 workers at three Harvest Loaf bakeries walked off the job early Monday after contract talks broke down.

  “Nobody out here wanted to strike,” said Loretta Vance, president of the union local. ‸“We wanted a fair contract. We got a take-it-or-leave-it offer on Friday. Vance said the company’s final offer would have raised workers’ share of health premiums from 15% to 25%.

  “I have people on my line who haven’t had a full weekend with their kids since Easter,” she said.
`;

// Pasted from a web page: hard-wrapped, no blank lines, and the paragraph break before
// `Vance said` lost with the closing mark.
const SPEAKER_INSIDE_WRAPPED = wire`
  BC-US--Bakery Strike,120
  Bakery workers strike
  DAVENPORT, Iowa (AP) — About 1,100 workers at three Harvest Loaf bakeries
  walked off the job early Monday after contract talks broke down.
  “Nobody out here wanted to strike,” said Loretta Vance, president of the
  union local. ‸“We wanted a fair contract. We have been asking for one since
  March, and we got nothing but a take-it-or-leave-it offer on Friday.
  Vance said the company’s final offer would have raised workers’ share of
  health premiums from 15% to 25% and kept a schedule that can require
  16-hour shifts with less than a day’s notice.
  “I have people on my line who haven’t had a full weekend with their kids
  since Easter,” she said.
`;

// The same story as the desk should have filed it.
const UNCLOSED_FIXED = UNCLOSED_WRAPPED_SOURCE.replace('‸', '').replace('expected, he said', 'expected,” he said');

ruleTester('quote-unclosed', {
  valid: [
    {
      name: 'a running quote across a web photo caption set between its paragraphs',
      code: wire`
        PEORIA, Ill. (AP) — Junior guard Kenzie Halvorsen banked in a 3-pointer at the buzzer, and Wyandotte Lake won its first state title Saturday.

        “We run that play every Tuesday,” coach Bernadette Sokolowski said. “I told them, ‘This is why we practice the stuff nobody sees.’

        Wyandotte Lake coach Bernadette Sokolowski hugs Kenzie Halvorsen after the game in Peoria, Ill., Saturday, March 8, 2025. (AP Photo/Jonah Pelletier-Kraus)

        “Kenzie was the second option, and she did what Kenzie does.”
      `,
    },
    {
      name: 'closed quotations',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the storm-wrecked Kittering ferry pier.

        “We are not going to leave the islands cut off,” Marsh said. “The money is there.”

        Harbor master Tom Levesque called the plan “a good start.”
      `,
    },
    { name: 'running quote over three paragraphs', code: RUNNING },
    {
      name: 'running quote whose middle paragraph names a second person inside the quote',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier before summer.

        “The islands cannot wait another winter,” Marsh said. “We have the money.

        “Harbor master Tom Levesque told me the pilings held up better than anyone expected, and I believe him.

        “We start Monday.”
      `,
    },
    {
      name: 'running quote that ends with its attribution in the last paragraph',
      code: wire`
        BANGOR, Maine (AP) — A Bangor bakery owner who fed storm crews for free said Friday she would do it again.

        “Nobody asked us to,” said Rosa Whitcomb, who owns the Third Street Bakery. “We just saw the trucks lined up.

        “They worked all night, so we baked all night,” Whitcomb said.
      `,
    },
    {
      name: 'partial quote closed at the end of its paragraph, quote continuing in the next',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh called the repair money “a down payment on the islands.”

        “We owe them more than a pier, and we will deliver it,” she said.
      `,
    },
    {
      name: 'apostrophes and a quoted title do not open anything',
      code: wire`
        NEW YORK (AP) — Singer Dana Whitfield, who rose to fame in the ’90s with rock ’n’ roll covers, talked about her comeback in an interview on “The Evening Show.”

        “That’s the fans’ doing, not mine,” Whitfield said.
      `,
    },
    {
      name: 'apostrophe right before a closing mark',
      code: wire`
        BOSTON (AP) — The players’ union said Friday it would sue over the league’s new pension rules.

        “That’s the players’ money, not the owners’,” union president Andre Mullins said. “We will get it back for the ’90s retirees too.”
      `,
    },
    {
      name: 'headline quotation in single marks',
      code: wire`
        Governor: ‘We will not leave the islands cut off’

        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier.
      `,
    },
    {
      name: 'running quote in straight marks (7-bit copy)',
      code: wire`
        LEWISTON, Maine (AP) — A mill town that lost its last paper plant in 2019 voted Tuesday to turn the site into housing.

        "This is the first good news we have had in years," said Mayor Carla Dufresne. "People kept asking what would happen to the mill.

        "Now we can tell them."
      `,
    },
    { name: 'running quote, indented paragraphs', code: indented(RUNNING) },
    { name: 'running quote, CRLF line endings', code: RUNNING.replace(/\n/g, '\r\n') },
    { name: 'running quote, hard-wrapped at 72 columns without blank lines', code: hardWrapped(RUNNING) },
    {
      name: 'a running quote in which the speaker reports what someone else said (`Kessler said …`)',
      code: wire`
        DAVENPORT, Iowa (AP) — About 1,100 workers at three Harvest Loaf bakeries walked off the job early Monday.

        “Nobody out here wanted to strike,” said Loretta Vance, president of the union local. “Our plant manager looked us in the eye. Kessler said the raise was coming.

        “It never came,” Vance said.
      `,
    },
  ],
  invalid: [
    {
      name: 'deleted closing mark, next paragraph plain text',
      code: DELETED_CLOSE_PLAIN,
      messages: ['next paragraph does not continue it'],
      output: null,
    },
    { name: 'deleted closing mark, next paragraph opens with another speaker’s quote', code: OTHER_SPEAKER_NEXT },
    {
      // The paragraph's end after `daylight.` cannot be seen: `Dale` would not have fitted on its
      // line. Closing the quote before `he said` would write `When he climbed out,” he said`.
      name: 'hard-wrapped copy where the unclosed quote may run past a paragraph break the layout cannot show: reported, not fixed',
      code: [
        'TECUMSEH, Okla. (AP) — A tornado carved a path nearly 20 miles long',
        'across Pottawatomie County late Tuesday, injuring at least nine',
        'people, emergency officials said Wednesday.',
        'Sheriff’s spokeswoman Amanda Pruitt said deputies went door to',
        'door through the night in the Bethel Acres area.',
        '“Our deputies were working by flashlight with power lines down',
        'all around them,” Pruitt said. ‸“Nobody waited for daylight.',
        'Dale Whitcomb, 67, rode out the storm in a cellar his father',
        'dug in 1958. When he climbed out, he said, the barn was gone.',
        '“I heard it coming like everybody says,” Whitcomb said.',
        '',
      ].join('\n'),
      messages: ['closing mark before the attribution is missing'],
      output: null,
    },
    {
      name: 'closing mark deleted before the attribution, next paragraph opens another quote',
      code: wire`
        PORTLAND, Maine (AP) — Ferry crews returned to the Kittering pier on Monday, three weeks after a storm closed it.

        Harbor master Tom Levesque walked the deck with an engineer. ‸“The pilings came through better than anyone expected, Levesque said.

        “We were lucky,” said Anne Pelletier, the engineer.
      `,
      messages: ['closing mark before the attribution is missing'],
      output: wire`
        PORTLAND, Maine (AP) — Ferry crews returned to the Kittering pier on Monday, three weeks after a storm closed it.

        Harbor master Tom Levesque walked the deck with an engineer. “The pilings came through better than anyone expected,” Levesque said.

        “We were lucky,” said Anne Pelletier, the engineer.
      `,
    },
    {
      name: 'deleted closing mark, next paragraph opens with an unnamed speaker’s quote',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the storm-wrecked Kittering ferry pier.

        “We are not going to leave the islands cut off,” Marsh said. ‸“The crews start Monday.

        “Nobody has told the fishermen anything,” a dockworker said.
      `,
    },
    {
      name: 'story ends inside a quotation',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the storm-wrecked Kittering ferry pier.

        Marsh said the crews would start Monday. “We will finish by June, and not a day later,” she said. ‸“The islands have waited long enough.
      `,
      messages: ['story ends inside it'],
    },
    {
      name: 'story ends inside a quotation before the end mark',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier.

        “The islands have waited long enough,” Marsh said. ‸“We will be done by June.

        ___

        Associated Press writer Dana Okafor contributed to this report.
      `,
      messages: ['story ends inside it'],
    },
    {
      name: 'partial quote left open at the paragraph end while the quote continues (AP exception)',
      code: wire`
        AUGUSTA, Maine (AP) — Gov. Ellen Marsh called the repair money ‸“a down payment on the islands

        “We owe them more than a pier, and we will deliver it,” she said.
      `,
      messages: ['partial quote'],
    },
    {
      name: 'headline quotation left open',
      code: wire`
        Governor: ‸‘We will not leave the islands cut off

        AUGUSTA, Maine (AP) — Gov. Ellen Marsh said Tuesday the state would rebuild the Kittering ferry pier.
      `,
    },
    {
      name: 'quotation left open before the next quotation in the same paragraph',
      code: wire`
        PORTLAND, Maine (AP) — Ferry crews returned to the Kittering pier on Monday.

        ‸“It held up. “We were lucky,” said harbor master Tom Levesque.
      `,
    },
    {
      name: 'unclosed quote, indented paragraphs',
      code: indented(UNCLOSED_WRAPPED_SOURCE),
      output: indented(UNCLOSED_FIXED),
    },
    {
      name: 'unclosed quote, hard-wrapped at 72 columns without blank lines',
      code: hardWrapped(UNCLOSED_WRAPPED_SOURCE),
      output: hardWrapped(UNCLOSED_FIXED),
    },
    {
      name: 'the writer’s sentence about the speaker inside a quotation that seems to run on (`… on Friday. Vance said the company’s …`)',
      code: SPEAKER_INSIDE,
      messages: [/is never closed; the writer’s own words about its speaker follow inside it/],
    },
    {
      name: 'the writer’s sentence about the speaker inside a quotation, hard-wrapped with the paragraph break lost',
      code: SPEAKER_INSIDE_WRAPPED,
      messages: [/the writer’s own words about its speaker follow inside it/],
    },
    { name: 'the writer’s sentence about the speaker inside a quotation, indented paragraphs', code: indented(SPEAKER_INSIDE) },
    { name: 'deleted closing mark, CRLF line endings', code: DELETED_CLOSE_PLAIN.replace(/\n/g, '\r\n') },
    { name: 'deleted closing mark before another speaker, indented paragraphs', code: indented(OTHER_SPEAKER_NEXT) },
    { name: 'deleted closing mark before another speaker, hard-wrapped at 72 columns', code: hardWrapped(OTHER_SPEAKER_NEXT) },
    {
      name: 'deleted closing mark, hard-wrapped, next paragraph plain text',
      code: hardWrapped(DELETED_CLOSE_PLAIN),
    },
  ],
});

describe('quote-unclosed: a partial quote left open where the quote goes on', () => {
  it('reports the open partial quote once, and the next paragraph’s quotation stays the same speaker’s', () => {
    const { story, findings } = analyzeStory(wire`
      ROCKLAND, Maine (AP) — Harbor master Tom Levesque called the flood “the worst I have seen in 40 years, and the worst

      “I hope I ever see.”
    `);
    assert.deepEqual(findings.map((f) => f.rule), ['quote-unclosed']);
    const last = story.quotations[story.quotations.length - 1];
    assert.equal(last.attribution?.via, 'running');
    assert.equal(story.people[last.speaker]?.name, 'Tom Levesque');
  });
});
