/**
 * A report reaches the extractor in more shapes than one paragraph a line: copied from a page whose
 * paragraphs run together ("Friday.Sweden said"), wrapped at a fixed width (plain-text wire copy,
 * mail, a terminal browser's dump), or as HTML whose paragraphs are kept apart by <br> only. Each
 * shape yields what the same report as paragraphs does.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { extractFromArticle } from '@/lib/ingest';
import { runCase, seedCase } from '@/lib/ingest/evaluate';
import { splitSentences, withParagraphBreaks } from '@/lib/ingest/sentences';
import { prepareText, unwrapped } from '@/lib/ingest/text';
import { SAHEL_EVENT, SAHEL_KNOWN } from './ingest-speakers';

const HEADLINE = 'Norway recognises Sahel council, neighbours split';
const PARAGRAPHS = [
  'Norway recognized the Sahel Transitional Council on Friday, the first European government to do so since the council took power.',
  'Sweden condemned the recognition, saying it rewarded a government that had jailed elected officials and closed the independent press.',
  '"This is a reward for a coup and nothing else," Swedish Foreign Minister Anna Berg told reporters in Stockholm. "We will say so at every table."',
  'Denmark was more guarded. Its foreign ministry said in a statement that it was studying the decision and urged restraint on all sides.',
  'The council welcomed the move as "a door opened by a friend", and its spokesman, Idrissa Kone, said other capitals would follow within the year.',
  'Finland, which holds the rotating chair of the regional forum, has not commented.',
];

async function pairs(text: string): Promise<string[]> {
  const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
  for (const p of extraction.proposals) expect(extraction.text.slice(p.start, p.end)).toBe(p.quote);
  return extraction.proposals.map((p) => `${p.actor.name}: ${p.stance}`).sort();
}

/** Greedy wrapping at `width` columns, as plain-text tools do. */
function wrap(paragraph: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

const asParagraphs = [HEADLINE, ...PARAGRAPHS].join('\n\n');

describe('a report in the shapes it is pasted in', () => {
  it('as paragraphs, the report this file compares against', async () => {
    expect(await pairs(asParagraphs)).toEqual(
      expect.arrayContaining([
        'Anna Berg: condemnation',
        'Denmark: caution',
        'Sahel Transitional Council: support',
        'Sweden: condemnation',
      ]),
    );
  });

  it('with its paragraphs run together, as a page copied whole gives them', async () => {
    const runTogether = `${HEADLINE}\n${PARAGRAPHS.join('')}`;
    expect(await pairs(runTogether)).toEqual(await pairs(asParagraphs));
    // Each paragraph is one again, so each sentence ends where it did.
    expect(splitSentences(withParagraphBreaks(runTogether)).map((s) => s.text)).toEqual(
      splitSentences(asParagraphs).map((s) => s.text),
    );
  });

  it('wrapped at a fixed width, with blank lines between paragraphs or none', async () => {
    for (const width of [60, 72, 100]) {
      const wrapped = [HEADLINE, ...PARAGRAPHS].map((p) => wrap(p, width));
      expect(await pairs(wrapped.join('\n\n'))).toEqual(await pairs(asParagraphs));
      expect(await pairs(wrapped.join('\n'))).toEqual(await pairs(asParagraphs));
      // The quotes are the report's words with single spaces, not its line ends.
      expect(unwrapped(wrapped.join('\n\n'))).toBe(asParagraphs);
    }
  });

  it('a word broken at its hyphen by the wrap is whole again', () => {
    const text = [
      'The vote in the national assembly came late on Thursday after a ten-',
      'hour debate in which the opposition walked out twice and the speaker',
      'suspended the sitting until the early hours of the morning, when it',
      'resumed without them and passed the bill by a narrow margin of votes.',
    ].join('\n');
    expect(unwrapped(text)).toBe(
      'The vote in the national assembly came late on Thursday after a ten-hour debate in which the opposition walked out twice and the speaker suspended the sitting until the early hours of the morning, when it resumed without them and passed the bill by a narrow margin of votes.',
    );
  });

  it('a report of one paragraph a line is left as it is, short lines and all', () => {
    const text = [
      HEADLINE,
      'By Staff Reporter',
      'OSLO, May 2 -',
      ...PARAGRAPHS,
      'Reporting by A. Writer; editing by B. Editor',
    ].join('\n');
    expect(unwrapped(text)).toBe(text);
    expect(unwrapped(asParagraphs)).toBe(asParagraphs);
  });

  it('as HTML whose paragraphs are kept apart by <br> only', async () => {
    const html = `<!doctype html><html><head><title>${HEADLINE}</title></head><body><div id="story"><h1>${HEADLINE}</h1><div>${PARAGRAPHS.join('<br><br>')}</div></div></body></html>`;
    const prepared = prepareText(html);
    for (const paragraph of PARAGRAPHS) expect(prepared.text).toContain(paragraph);
    expect(await pairs(html)).toEqual(await pairs(asParagraphs));
  });
});

describe('the seed article in every shape', () => {
  it('yields its ten stances wrapped, run together or with no-break spaces, as in paragraphs', async () => {
    const dir = path.resolve('graph-seed/first-event');
    const seed = seedCase(dir, path.join(dir, 'sources', 'russia-recognizes-taliban.txt'));
    const paragraphs = seed.text.split('\n').filter((line) => line.trim() !== '');
    const shapes = [
      paragraphs.map((p) => wrap(p, 72)).join('\n\n'),
      paragraphs.map((p) => wrap(p, 60)).join('\n'),
      `${paragraphs[0]}\n${paragraphs.slice(1).join('')}`,
      seed.text.replaceAll(' the ', '\u00a0the\u00a0'),
    ];
    for (const text of shapes) {
      const result = await runCase({ ...seed, text });
      expect(result.found.pairs).toBe(10);
      expect(result.correct.pairs).toBe(result.proposed.pairs);
    }
  });
});

describe("a live page's key points", () => {
  it('a point of a list without a full stop is a statement; a pronoun after the list is not its speaker', async () => {
    const text = [
      HEADLINE,
      'Key points',
      '- Sweden condemns the recognition as a reward for a coup',
      '- Denmark urges restraint on all sides',
      'It called the recognition a grave mistake.',
      'Finland said the recognition was premature.',
    ].join('\n');
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    const pairsOf = extraction.proposals.map((p) => `${p.actor.name}: ${p.stance}`);
    expect(pairsOf).toEqual(expect.arrayContaining(['Sweden: condemnation', 'Denmark: caution', 'Finland: caution']));
    // "It" after the list is not Denmark, whose point was a summary, not a turn in the report.
    expect(pairsOf).not.toContain('Denmark: condemnation');
    // The headline and "Key points" are no one's words.
    expect(extraction.proposals.some((p) => p.quote.startsWith(HEADLINE) || p.quote === 'Key points')).toBe(false);
  });
});

describe('spaces and characters a page hides', () => {
  it('no-break spaces and soft hyphens are plain text: stored names match and cues are found', async () => {
    const withHidden = asParagraphs
      .replaceAll('Sahel Transitional', 'Sahel\u00a0Transitional')
      .replaceAll('Anna Berg', 'Anna\u00a0Berg')
      .replaceAll('condemned', 'con\u00addemned')
      .replaceAll('recognition', 'recog\u00adnition\u200b');
    expect(await pairs(withHidden)).toEqual(await pairs(asParagraphs));
    const extraction = await extractFromArticle({ text: withHidden, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(extraction.proposals.find((p) => p.stance === 'support' && p.actor.id === 'sahel-council')).toBeDefined();
    expect(extraction.text).toBe(asParagraphs);
  });
});

describe('a stop with no space after it', () => {
  it('ends a sentence before a capitalised word or a quotation opening with one', () => {
    expect(splitSentences('The vote was close.Sweden abstained.').map((s) => s.text)).toEqual([
      'The vote was close.',
      'Sweden abstained.',
    ]);
    expect(splitSentences('It ended in 1967."We won," he said.').map((s) => s.text)).toEqual([
      'It ended in 1967.',
      '"We won," he said.',
    ]);
    expect(splitSentences('She called it "a mistake".Denmark did not.').map((s) => s.text)).toEqual([
      'She called it "a mistake".',
      'Denmark did not.',
    ]);
  });

  it('does not after an initial, an abbreviation, a web address or a decimal', () => {
    for (const text of [
      'The U.S.Secretary of State said so.',
      'Mr.Berg said so.',
      'It was reported by amu.tv and by Reuters.',
      'Growth was 3.5 per cent.',
      'He spoke in St.Petersburg on Friday.',
    ])
      expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });
});

describe("a briefing's transcript", () => {
  it('"Name: words" gives the words to the person named; a reporter\'s question and a dateline are no one\'s', async () => {
    const text = [
      "Foreign Ministry Spokesperson Lena Varga's Regular Press Conference",
      'AFP: Norway has recognized the Sahel Transitional Council. What is your comment?',
      'Lena Varga: We have noted the reports. We welcome the decision and hope it will help the region.',
      'Reuters: Will your country follow suit?',
      'Lena Varga: I have nothing further to share at the moment.',
      'OSLO: Officials said the recognition was a grave mistake.',
    ].join('\n\n');
    const extraction = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    const said = extraction.proposals
      .filter((p) => p.quoteKind === 'reported')
      .map((p) => [p.actor.name, p.stance, p.quote]);
    expect(said).toContainEqual(['Lena Varga', 'support', 'We welcome the decision and hope it will help the region.']);
    expect(said.every(([name]) => name === 'Lena Varga' || name === 'Norway')).toBe(true);
  });
});
