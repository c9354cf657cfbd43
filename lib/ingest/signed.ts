/**
 * Round-ups of reactions often quote first and sign after a dash, with no verb of speech:
 * '"We condemn the move." -- White House spokesman Jay Carney'. The signer speaks the whole
 * paragraph's quotation, the sentences before the dash included.
 */
import type { Mention } from './mentions';
import type { Sentence } from './sentences';

/** A closing quotation mark, a dash, then up to six words (titles, a post: "the EU's head of foreign policy, X") before the name. */
const SIGNER_WORDS = String.raw`[-—–]{1,2}\s*(?:[\p{L}.'’-]+,?\s+){0,6}$`;
const SIGNED = new RegExp(`["”’]\\s*${SIGNER_WORDS}`, 'u');
const DASH_SIGNER = new RegExp(SIGNER_WORDS, 'u');

export interface Signature {
  mention: Mention;
  /** Where the dash is: the words signed are before it. */
  at: number;
}

/** Each paragraph's signer, by paragraph index: the last name after the dash ("White House spokesman X"). */
export function signatures(text: string, sentences: Sentence[], mentions: Mention[]): Map<number, Signature> {
  const out = new Map<number, Signature>();
  for (const sentence of sentences) {
    const signed = mentions.filter(
      (m) =>
        m.start >= sentence.start &&
        m.end <= sentence.end &&
        SIGNED.test(text.slice(Math.max(sentence.start, m.start - 60), m.start)),
    );
    const mention = signed[signed.length - 1];
    if (!mention || out.has(sentence.paragraph)) continue;
    const lead = text.slice(sentence.start, mention.start);
    out.set(sentence.paragraph, {
      mention,
      at: sentence.start + lead.search(DASH_SIGNER),
    });
  }
  return out;
}
