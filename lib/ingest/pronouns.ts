/**
 * A sentence with no named speaker that a pronoun gives to the last one: "He said …", "The ministry
 * added …", after a quotation ('"We will not tolerate this," she said.') or set apart ("The move, she
 * said, was …"). A personal pronoun only for a person, "it" and "the ministry" only for a body.
 * Part of findSpeakers (speakers.ts).
 */
import type { Mention } from './mentions';
import type { Sentence } from './sentences';
import type { Speaker } from './speakers';

/**
 * A pronoun or "The ministry" opening a sentence: the last speaker goes on; not an "It" that opens a
 * description ("It is a sharp turn", "It was unclear whether").
 */
const PRONOUN_START =
  /^(?:(?:But|And|However|Meanwhile|Later|Separately|In addition|Still),?\s+)?(He|She|It(?!\s+(?:is|was|['’]s|remains|seemed|seems)\s+(?:a|an|the|not|unclear|clear|possible|likely|unlikely|too|hard|difficult|still)\b)|They|The (?:ministry|group|organi[sz]ation|government|council|network|body|bloc|alliance|union|coalition|movement|association|federation|commission|committee|minister|president|spokesperson|spokesman|spokeswoman|leader|party|statement|embassy|agency))\b/;

/** "The withdrawal, she said, was …": the speaker set apart inside the sentence. */
const PRONOUN_ASIDE =
  /^[^,"“”;]{3,80},\s+(he|she|it|they)\s+(?:said|says|added|argued|insisted|warned|noted|stressed|told\s+(?:[\w-]+\s+){0,2}?[\w-]+),/;

export function pronounSpeaker(sentence: Sentence, last: Mention): Speaker | null {
  // "He said …", or after a quote: '"We will not tolerate this," she said.'
  const opening = PRONOUN_START.exec(sentence.text);
  // After a quotation the words are before the pronoun: '"We will not tolerate this," she said.'
  const after = opening
    ? null
    : /["”’],?\s+(he|she|it|they|the\s+(?:statement|ministry|embassy|government|agency))(?=\s+(?:said|says|added|told|warned|wrote|insisted|stressed|reads|read|continued|stated))/.exec(
        sentence.text,
      );
  // "The move, she said, was …": the whole sentence is the words.
  const aside = opening || after ? null : PRONOUN_ASIDE.exec(sentence.text);
  const pronoun = opening ?? after ?? aside;
  if (pronoun) {
    const personal = /^(He|She)$/i.test(pronoun[1]);
    const words =
      after || aside
        ? { from: sentence.start, to: after ? sentence.start + after.index + 1 : sentence.end }
        : { from: sentence.start + pronoun.index + pronoun[0].length, to: sentence.end };
    if (personal === (last.actor.kind === 'person')) return { mention: last, ...words, how: 'pronoun', factor: 0.75 };
  }
  return null;
}
