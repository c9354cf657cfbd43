/**
 * "Paris was blunter." "Norway, the bloc's largest donor, was more forthright." "In Lisbon, the
 * reaction was warm." "X took a harder line.": a sentence that only says who reacts next. What they said follows in the same
 * paragraph, often through an official, so their stance is the next one proposed there.
 */
import type { Mention } from './mentions';
import type { Sentence } from './sentences';

/**
 * A comparison of manner with the voices before: "was blunter", "were more hesitant", "was sharper
 * still", "was the most receptive", "was the warmest"; not "was stung" (a passive) nor "more
 * divided" (no one stance), nor "was the latest". After "the reaction" any word of manner ("the
 * reaction was warm").
 */
const MANNER =
  /\s+(?:was|were)\s+(?:(?:even|far|much|rather|notably|markedly|no)\s+)?(?:(?:more|less|(?:the\s+)?(?:most|least))\s+(?!divided|mixed|split|muted)[a-z-]+|(?!never|later|together|further|either|neither|other|under|over)[a-z]{3,}er|the\s+(?!latest|largest|biggest|first|last)[a-z]{3,}est)(?:\s+still)?(?:\s+in\s+tone)?(?:,?\s+but\s+no\s+less\s+[a-z]+)?\s*\.$/;
/** "took a harder line", "struck a softer tone": a manner compared too. */
const LINE =
  /\s+(?:took|struck|adopted|sounded|had)\s+an?\s+(?:(?:much|far|rather|notably|markedly)\s+)?(?:[a-z]{3,}er|more\s+[a-z]+|less\s+[a-z]+|different)\s+(?:line|tone|view|stance|position|note)\s*\.$/;
const ANY_MANNER = /\s+(?:was|were)\s+(?:(?:more|less|even|far|much|rather)\s+)?(?!divided|mixed|split)[a-z-]+\s*\.$/;
const BEFORE =
  /^(?:(?:But|And|Yet|Meanwhile|Elsewhere),?\s+)?(?:(?:observers|officials|diplomats|delegates|monitors)\s+(?:from|of|at)\s+)?(?:the\s+)?$/i;
/** ", the union's largest member," or " in Arvella" between the name and "was". */
const BETWEEN = /^(?:\s+\(\p{Lu}{2,8}\))?(?:,[^,;]{1,100},|\s+in\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?$/u;
/** "In Lisbon, the reaction was …", "In Tashkent and Astana, officials were …". */
const REACTION =
  /^(?:\s+and\s+\p{Lu}[\p{L}-]+)?,\s+(?:the\s+(?:reaction|response|mood|tone)|officials|diplomats|ministers|leaders)$/iu;

export function leadIn(text: string, sentence: Sentence, mentions: Mention[]): Mention | null {
  const manner =
    MANNER.exec(sentence.text) ??
    LINE.exec(sentence.text) ??
    (/^In\s/.test(sentence.text) ? ANY_MANNER.exec(sentence.text) : null);
  if (!manner || /["“”]/.test(sentence.text)) return null;
  const verbAt = sentence.start + manner.index;
  for (const m of mentions) {
    if (m.possessive || m.end > verbAt) continue;
    const before = text.slice(sentence.start, m.start);
    const between = text.slice(m.end, verbAt);
    if (BEFORE.test(before) && BETWEEN.test(between)) return m;
    if (/^In\s+$/.test(before) && REACTION.test(between)) return m;
  }
  return null;
}
