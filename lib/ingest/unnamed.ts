/**
 * Stances of unnamed voices ("critics", "rights groups", "international reactions"): listed apart
 * from named actors' proposals, for the reviewer to attribute or leave.
 */
import { judge } from './judge';
import { UNNAMED } from './lexicon';
import type { Mention } from './mentions';
import { heldByNamesAfter, passiveLead, type Found } from './speakers';
import { speechVerbIn } from './lexicon';
import { insideQuotes, type Sentence } from './sentences';
import type { UnnamedVoice } from './types';

/** A quotation closed just before the voice, with or without its verb of speech before the voice. */
const QUOTE_BEFORE = /["”]\s*,?\s*(?:(said|told|added|wrote|warned)\s+)?$/;
const UNNAMED_ADDRESSED = /\b(?:on|urged|urging|asked|told|to|for|with|against|towards?|warned)\s+$/i;

/** A cue ending in "from", or a passive's verb before "by", whose holders are named at `at`, a few words on. */
function heldBefore(text: string, cue: Found, at: number, cues: Found[]): boolean {
  if (cue.end > at) return false;
  const between = text.slice(cue.end, at);
  if (heldByNamesAfter(cue)) return /^\s+[^.;:"“”]{0,60}$/.test(between);
  return /^,?\s+by\s+[^.;:"“”]{0,50}$/.test(between) && passiveLead(text, cue, cues);
}

export function unnamedVoices(text: string, sentence: Sentence, cues: Found[], named: Mention[]): UnnamedVoice[] {
  const out: UnnamedVoice[] = [];
  for (const m of sentence.text.matchAll(new RegExp(UNNAMED.source, 'gi'))) {
    // '"… an example for others," he said': words quoted are someone's, not a voice of their own.
    if (insideQuotes(sentence.text, m.index)) continue;
    // "U.S. officials", "a senior Tajik official": a state's officials, named with it.
    const from = sentence.start + m.index;
    if (named.some((n) => n.start <= from && n.end > from)) continue;
    // "The X Alliance, a coalition of rights activists, called …": what the name is, not another voice.
    if (named.some((n) => n.end <= from && /^,\s+$/.test(text.slice(n.end, from)))) continue;
    // "Activists, many of them in exile, denounced …": part of the voice before, not another.
    if (/^\s+of\s+(?:them|whom|those)\b/i.test(sentence.text.slice(m.index + m[0].length))) continue;
    // "called on the international community to …", "a letter to diplomats": spoken to, not speaking.
    if (UNNAMED_ADDRESSED.test(sentence.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const at = sentence.start + m.index + m[0].length;
    // "drew criticism from rights groups", "was condemned by campaigners": the cue before holds them.
    const held = cues.filter((c) => heldBefore(text, c, sentence.start + m.index, cues)).at(-1);
    // '"It is a mistake," said a Western diplomat': the quotation that opens the sentence is the voice's words.
    const quoted = /^["“]/.test(sentence.text) ? QUOTE_BEFORE.exec(sentence.text.slice(0, m.index)) : null;
    const region = held
      ? [held]
      : cues.filter((c) => c.start >= at || (quoted !== null && c.start >= sentence.start && c.end <= from));
    const verb = speechVerbIn(text.slice(at, sentence.end)) ?? quoted?.[1] ?? null;
    const judged = judge(text, region);
    if (judged === 'none' || (!judged && !verb)) continue;
    out.push({
      who: m[0],
      stance: judged?.stance ?? null,
      cue: judged?.cue.phrase ?? verb ?? '',
      confidence: judged ? Math.round(judged.weight * 70) / 100 : 0.3,
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
    });
  }
  return out;
}

/** UNNAMED without its global flag, for a test that keeps no place between calls. */
const UNNAMED_ANY = new RegExp(UNNAMED.source, 'i');

/** A clause of its own: after a semicolon, or "while", "whereas" or "but", with a comma or not. */
const CLAUSE_BREAK = /(?:;|,\s*(?:while|whereas|but)|\b(?:while|whereas|but))\s+$/i;

/**
 * Where an unnamed voice takes over a sentence after `from` ("X welcomed it; rights groups called it
 * …"): the named speaker's words end there.
 */
export function unnamedTakesOver(sentence: Sentence, from: number): number | null {
  for (const m of sentence.text.matchAll(UNNAMED)) {
    const at = sentence.start + m.index;
    if (at > from && CLAUSE_BREAK.test(sentence.text.slice(0, m.index))) return at;
  }
  return null;
}

/**
 * Where a named speaker's words start after a clause of unnamed voices that opens the sentence
 * ("While diplomats said it was premature, X welcomed it"): after its comma, or null.
 */
export function unnamedClauseBefore(sentence: Sentence, at: number): number | null {
  const lead = /^(?:While|Whereas|Although|Though)\s+([^,;]{3,200}),\s+/.exec(sentence.text);
  if (!lead || sentence.start + lead[0].length > at) return null;
  return UNNAMED_ANY.test(lead[1]) ? sentence.start + lead[0].length : null;
}
