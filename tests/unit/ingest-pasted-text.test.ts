/**
 * A report as it is pasted from a news page: a headline on its first line, a dateline before the
 * first sentence, acronyms written with full stops. Its words, not the page's furniture, are the
 * evidence; the headline is offered as the source's title.
 */
import { describe, expect, it } from 'vitest';
import { describeEvent, extractFromArticle, type Extraction, type KnownActor } from '@/lib/ingest';
import { headlineOf } from '@/lib/ingest/text';

const KNOWN: KnownActor[] = [
  { id: 'norway', name: 'Norway', kind: 'state', aliases: ['Oslo'] },
  { id: 'sahel-council', name: 'Sahel Transitional Council', kind: 'government', aliases: ['the Council', 'STC'] },
];
const EVENT = describeEvent({ title: 'Norway recognizes the Sahel Transitional Council' }, KNOWN);

async function run(text: string): Promise<Extraction> {
  return extractFromArticle({ text, event: EVENT, known: KNOWN });
}

describe('names as papers write them', () => {
  it('a stored acronym is found written with full stops too, as "U.N." for "UN"', async () => {
    const known: KnownActor[] = [
      ...KNOWN,
      { id: 'world-body', name: 'World Body Organisation', kind: 'intergovernmental', aliases: ['WBO'] },
    ];
    const result = await extractFromArticle({
      text: 'A spokesman for the W.B.O. said it regretted the recognition.',
      event: EVENT,
      known,
    });
    expect(result.proposals.map((p) => [p.actor.id, p.stance])).toEqual([['world-body', 'caution']]);
  });
});

describe('a dateline', () => {
  it('is left out of the evidence: where and whose wire, not what was said', async () => {
    for (const [text, quote] of [
      [
        'OSLO, May 2 (Reuters) - Norway recognized the Sahel Transitional Council on Friday.',
        'Norway recognized the Sahel Transitional Council on Friday.',
      ],
      [
        '(Reuters) - Norway recognized the Sahel Transitional Council.',
        'Norway recognized the Sahel Transitional Council.',
      ],
      [
        'U.S.-Norway talks aside, Norway recognized the council.',
        'U.S.-Norway talks aside, Norway recognized the council.',
      ],
    ]) {
      const result = await run(text);
      const norway = result.proposals.find((p) => p.actor.id === 'norway');
      expect(norway?.quote).toBe(quote);
      expect(text.slice(norway!.start, norway!.end)).toBe(quote);
    }
  });
});

describe('a pasted report’s headline', () => {
  it('is offered as the title when the first line reads as one', () => {
    expect(headlineOf('Norway recognizes Sahel council, drawing rebukes\n\nOSLO, May 2 - Norway on …')).toBe(
      'Norway recognizes Sahel council, drawing rebukes',
    );
    // A first sentence, a byline, a time stamp or a one-word line is not a headline.
    expect(headlineOf('Norway recognized the Sahel council on Monday.\n\nMore …')).toBeNull();
    expect(headlineOf('"We stand with Oslo," said Anna Berg.\n')).toBeNull();
    expect(headlineOf('By Jane Roe and John Doe\n\nNorway …')).toBeNull();
    expect(headlineOf('Updated 2 May 2025 10:04 GMT\n\nNorway …')).toBeNull();
    expect(headlineOf('Reuters\n\nNorway …')).toBeNull();
  });

  it('comes back with the proposals of a pasted text', async () => {
    const result = await run('Norway recognizes Sahel council\n\nNorway recognized the Sahel Transitional Council.');
    expect(result.title).toBe('Norway recognizes Sahel council');
  });
});
