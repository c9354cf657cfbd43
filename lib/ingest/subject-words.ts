/**
 * The words around a name that say whether it is the subject of what follows (speakers.ts): what may
 * stand between a subject and its verb, and what makes a name someone else's guess, a few members of a
 * body, the agent of an act still to come, or a qualifier of the name after it.
 */
import { EVENT_DOCUMENT, UNNAMED } from './lexicon';
import type { Mention } from './mentions';
import { WEEKDAY } from './names';

/** ", speaking at a meeting with X, said": what the subject was doing, however many commas it holds. */
const PARTICIPLE_ASIDE = '(?:speaking|talking|writing|addressing|appearing|meeting|visiting)';
/** After a subject, such an aside still open: no verb of its own yet after a comma (", condemned"). */
const PARTICIPLE_OPEN = new RegExp(
  `^,\\s+${PARTICIPLE_ASIDE}\\s(?:(?!,\\s+(?:[a-z]+ly\\s+)?[a-z]{3,}(?:ed|s)\\b)[^;.])*$`,
);

/**
 * "X, speaking at a meeting with Y, said": Y was met, X speaks. Not after an opening place ("In Oslo,
 * speaking to reporters, Foreign Minister X said") nor once the subject's verb has come.
 */
export function insideParticipleAside(text: string, mentions: Mention[], sentenceStart: number, m: Mention): boolean {
  return mentions.some(
    (s) =>
      s.start >= sentenceStart &&
      s.end < m.start &&
      !/\b(?:in|at|from|on|across)\s+$/i.test(text.slice(Math.max(sentenceStart, s.start - 8), s.start)) &&
      PARTICIPLE_OPEN.test(text.slice(s.end, m.start)),
  );
}

/**
 * Between a subject and its verb: a closing quotation mark (the “X Association” has), an appositive (", a former minister,"; not ", and Niger,", where a
 * list goes on), auxiliaries and adverbs, "joined the", "joined X in", "went further in a statement,"
 * before the words ("…, calling it …").
 */
export const SUBJECT_GAP = new RegExp(
  String.raw`^["”]?(?:\s+(?:party|group|movement|faction|bloc|alliance|coalition|front))?(?:\s*\([^)]{1,40}\))?(?:\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?(?:\s*,\s*according\s+to\s+[^,;]{1,60}(?:,\s*[^,;]{1,60})?,|\s*,\s+${PARTICIPLE_ASIDE}\s[^;"“”]{1,200}?,|\s*,(?!\s*(?:and|or)\s)(?:[^,;]|,(?=\d{3}))+?,|\s+[–—]\s[^–—;]{1,140}\s[–—]|\s*,)?(?:\s*(?:,\s*)?(?:which|who|that)\b)?(?:\s+(?:has|have|had|was|were|is|are|will|would|could|did|does|do|also|all|both|previously|formally|earlier|later|then|again|further|publicly|repeatedly|always|long|swiftly|quickly|immediately|strongly|firmly|sharply|openly|itself|himself|herself|themselves|on\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)(?:,?\s+\d{4})?|on\s+\w+|${WEEKDAY}|in\s+a\s+statement|[a-z]{3,}ed\s+(?:[\w'’-]+\s+){0,8}?but|[a-z]{3,}ed\s+and|continues\s+to|continued\s+to|went\s+on\s+to|(?:declined|refused|promised|vowed|threatened|sought|moved|hastened|appeared|seemed|appears|seems)\s+to|(?:become|became|becomes|is|was)(?:\s+on\s+\w+)?\s+(?:the|a)\s+\w+(?:\s+\w+)?\s+to|[a-z]+ly|(?:early|late)\s+[A-Z]?[a-z]+|(?:was|were|is|are|been)\s+(?:quick|quicker|swift|slow|first|the\s+first|among\s+the\s+first|among\s+those|among\s+the\s+(?:countries|states|governments|nations|leaders)|keen|eager|ready)\s+to|(?:issued|released|put\s+out|published|sent\s+out)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration|note|resolution|letter|appeal|press\s+release)(?:\s+and)?|(?:went|goes|go|hit|hits|struck|lashed)\s+(?:a\s+step\s+)?(?:further|back|out)(?:\s+[^,.;"“”]{1,60})?,|(?:answered|responded|retaliated)(?:\s+[^,.;"“”]{1,40})?,|(?:group|bloc|faction|caucus|benches)\s+in\s+(?:parliament|the\s+(?:assembly|senate|chamber|house|legislature))|joined\s+(?:in\s+)?(?:the\s+)?(?:(?:international|global|growing|chorus|wave)\s+(?:of\s+)?){0,2}|joined\s+(?:the\s+)?(?:[\w'’.-]+,?\s+(?:and\s+(?:the\s+)?)?){1,8}?(?:in|to)\s+|(?:reacted|responded)(?:\s+[a-z]+ly)?\s+to\s+(?:the|this|that|its|[A-Z][\w-]*['’]s)\s+(?:[a-z-]+\s+)?(?:move|decision|announcement|news|step|recognition|declaration),))*(?:\s+(?!(?:the|a|an|this|that|its|their|his|her|our|and|but|or|for|to|of|in|on|at|with|by|from|about|over|under|against|into|as|member|members|states|officials|forces|leaders|people|troops|citizens|residents|diplomats|lawmakers|rights|groups)\b)[a-z]+){0,4}\s+$`,
);
/** "Diplomats said privately that X might follow suit" (or "… that two neighbours, X and Y, …"): what unnamed voices expect of X is theirs, not X's. */
export const UNNAMED_SAID = new RegExp(
  `(?:^|[^\\w'’-])${UNNAMED.source}[^.;"“”]{0,60}?\\s(?:said|say|says|expect|expected|believe|believed|predicted|suggested)\\s+(?:privately\\s+|on\\s+\\w+\\s+)?(?:that\\s+)?(?:(?:the\\s+)?(?:[a-z]+\\s+){0,3}(?:neighbou?rs|countries|states|governments|allies|partners|members|capitals)\\s*,\\s*)?$`,
  'i',
);
/** A passive still to come before its agent: "must still be signed by", "has yet to be ratified by". */
export const NOT_YET_BY =
  /\b(?:must|will|would|should|needs?\s+to|has\s+yet\s+to|have\s+yet\s+to|is\s+yet\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+(?:still\s+|also\s+|first\s+)?be\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+(?:[\w-]+\s+){0,5}?by\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}$/i;
/** A few of a body's members before its name ("Several members of the X", "two senators from the Y"). */
export const SOME_MEMBERS_OF =
  /\b(?:several|some|many|a\s+few|a\s+group\s+of|a\s+number\s+of|dozens\s+of|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:[a-z-]+\s+)?(?:members|lawmakers|deputies|senators|MPs|MEPs|legislators|delegates)\s+(?:of|from|in)\s+(?:the\s+)?$/i;
/** A participle or relative clause after a name, maybe after an appositive, up to its closing comma. */
export const DESCRIBED_AFTER =
  /^(?:\s*,(?!\s*(?:and|or)\s)[^,;.\n"“”]{1,80}(?=,))?\s*,\s+(?:[a-z]+ing|which|who|whose)\s[^,;.\n"“”]{1,120}(?=,\s+(?:[a-z]+ly\s+)?(?:said|says|told|added|stated|wrote|declared)\b)/;
/** "The US will recognise …", "the UK has said": a verb after a short name makes it the subject, not a qualifier. */
export const VERB_NEXT =
  /^\s+(?:will|would|has|have|had|is|are|was|were|did|does|can|could|should|must|may|might|also|[a-z]+ed|says|said)\b/;
/** Another name right after a one-word name (a day is no name). */
export const NAME_AFTER = new RegExp(`^\\s+(?!${WEEKDAY}\\b)[A-Z]`);

/** A verb with its subject before it ("and has asked the"): whom it names is its object, not a speaker. */
export const ASKED_OBJECT =
  /\b(?:has|have|had|and)\s+(?:also\s+)?(?:asked|warned|urged|told)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+(?:and\s+)?){0,6}$/;

/** ", a lawyer educated in Paris who …," after a first description, before a verb in the past or present. */
export const SECOND_DESCRIPTION =
  /^\s+(?:a|an|the|who|which|whose)\s[^,;"“”.]{3,160}?,(?!\d{3})(?=\s+(?:(?:[a-z]+ly|also)\s+)?[a-z]+(?:ed|s)\b)/;

/** '"…," Muttaqi said after …': a name (or pronoun) between the quotation and its verb of speech. */
export const SUBJECT_SAID =
  /["”’],?\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added|warned|wrote|stated|declared|insisted|argued|noted)\s+(?:after|before|while|when|during|at|in|on|as)\b[^"“”]*$/;

/** A verb of speech where a verb was found. */
export const SAID_AT = /^(?:said|says|added|told|wrote|insisted|stressed|noted|argued)\b/;

/**
 * "as independent states", "the EU's calls", "other member states": a plural noun, not a verb. A
 * verb in the present follows its subject's name, a pronoun, "also" or an adverb.
 */
export const NOUN_NOT_VERB =
  /(?:^|\s)(?!(?:also|now|further|still|it|he|she|which|who|that|and|but|repeatedly|again)\s)(?![a-z]+ly\s)[a-z][a-z-]*\s+(?:states|calls|claims|notes|remarks|comments|posts)$|['’]s\s+(?:states|calls|claims|notes|remarks|comments|posts)$/;

/**
 * The act done by someone: "The resolution, drafted by X", "a decree signed by President X", "the
 * decision was taken … on the recommendation of X".
 */
export const AGENT = new RegExp(
  `(?:\\b(?:${EVENT_DOCUMENT})\\b(?:(?!\\b(?:statement|letter|communiqu|tweet|post)\\b)[^.;]){0,120}?|\\bit\\s+(?:was|had\\s+been)\\s+)\\b(?:drafted|sponsored|co-sponsored|tabled|signed|adopted|approved|passed|ratified|ordered|decreed|announced|proposed|introduced|submitted|put\\s+forward|initiated|read|made|(?<=\\b(?:decision|it)\\s+(?:was|has\\s+been|had\\s+been)\\s+(?:[a-z]+ly\\s+)?)taken)\\s+(?:[\\w-]+\\s+){0,5}?(?:by|(?:at|on|upon)\\s+the\\s+(?:suggestion|recommendation|proposal|initiative|advice)\\s+of)\\s+(?:the\\s+)?(?:[\\w'’.-]+\\s+){0,4}(?:[\\w'’.-]+,\\s+)?$`,
  'i',
);
export const AGENT_CLAUSE = new RegExp(
  `^(?:\\s+[a-z]+)?,\\s+(?:which|who)\\s+(?:had\\s+)?(?:drafted|sponsored|co-sponsored|tabled|proposed|introduced|submitted|initiated)\\s+(?:the|this|that|its)\\s+(?:[a-z-]+\\s+)?(?:${EVENT_DOCUMENT})\\b`,
  'i',
);
/** " resolution " between a name and a participle: the name qualifies a document. */
export const DOCUMENT_PARTICIPLE = new RegExp(
  `^\\s+(?:[a-z-]+\\s+)?(?:${EVENT_DOCUMENT}|statement|letter|communiqu[eé]|report|text)\\s+$`,
);
