/**
 * Straight single quotes as quotation marks ('This brave decision …,' X said), as many papers print
 * them: read as quotation marks, never an apostrophe, and the words proposed are the text's own.
 */
import { describe, expect, it } from 'vitest';
import { extractFromArticle } from '@/lib/ingest';
import { singleQuotesAsMarks } from '@/lib/ingest/marks';
import { SAHEL_EVENT, SAHEL_KNOWN, stancesBySpeaker } from './ingest-speakers';

describe('straight single quotes', () => {
  it('a pair around words becomes ‘ ’, one character for one; apostrophes stay', () => {
    const text = "'This brave decision will be an example,' Mali's foreign minister said. He didn't say more.";
    const read = singleQuotesAsMarks(text);
    expect(read).toBe("‘This brave decision will be an example,’ Mali's foreign minister said. He didn't say more.");
    expect(read.length).toBe(text.length);
  });

  it("a plural's apostrophe inside a quotation does not close it", () => {
    expect(singleQuotesAsMarks("She said: 'The countries' leaders must answer for it.'")).toBe(
      "She said: ‘The countries' leaders must answer for it.’",
    );
    // With no quotation open, it is left alone.
    expect(singleQuotesAsMarks("The countries' leaders met.")).toBe("The countries' leaders met.");
  });

  it('a quotation does not run across a paragraph', () => {
    expect(singleQuotesAsMarks("He called it 'historic\n\nShe disagreed.' Then")).toBe(
      "He called it 'historic\n\nShe disagreed.' Then",
    );
  });

  it("'…,' said X: the speaker's words are found and proposed as written", async () => {
    const text = "'We welcome the recognition and hope others follow,' said Ghana's foreign ministry on Friday.";
    const { proposals } = await extractFromArticle({ text, event: SAHEL_EVENT, known: SAHEL_KNOWN });
    expect(stancesBySpeaker(proposals)).toEqual({ 'Ghana foreign ministry': ['support'] });
    for (const p of proposals) expect(p.quote).toBe(text.slice(p.start, p.end));
    expect(proposals.some((p) => p.quote.includes("'We welcome"))).toBe(true);
  });
});
