/**
 * Who speaks in a sentence: the subject of a speech or stance verb (past an appositive, auxiliaries
 * and adverbs), "said X" after a quotation, "according to X", "echoed by X", every name of a list
 * ("France, Germany and Britain said"), or a pronoun pointing back to the last speaker of its kind.
 */
import type { Stance } from '../domain';
import { SPEECH_VERB, SPEECH_VERB_ANY, escape, speechVerbIn } from './lexicon';
import {
  INCLUDING,
  OWN_SPOKESMAN,
  accordingTo,
  quotedAs,
  postThenName,
  BLOC_MEMBERS,
  FOR_VIEW,
  VIEW_AFTER,
  SAID_X,
  afterPreposition,
  placeOfTitle,
  trailingAttribution,
  voiceOf,
} from './voices';
import { beforeNoun, byDemonym } from './mention-words';
import type { Mention } from './mentions';
import { pronounSpeaker } from './pronouns';
import {
  DESCRIBED_AFTER,
  NAME_AFTER,
  NOT_YET_BY,
  SOME_MEMBERS_OF,
  SUBJECT_GAP,
  UNNAMED_SAID,
  VERB_NEXT,
  AGENT,
  AGENT_CLAUSE,
  ASKED_OBJECT,
  DOCUMENT_PARTICIPLE,
  NOUN_NOT_VERB,
  SAID_AT,
  SECOND_DESCRIPTION,
  SUBJECT_SAID,
  insideParticipleAside,
} from './subject-words';
import { describingClauses } from './asides';
import { echoedOwner, echoesBefore, whomEchoed, withFollowingSuit } from './echo';
import { joinedIn, listAt, listJoint, listStart, nameBefore, voters } from './lists';
import { quotedSpans, type Sentence } from './sentences';
import { irregularForms } from './event';
import type { EventDescription } from './types';

/** A cue found in a sentence (lib/ingest/data/lexicon.json). */
export interface Found {
  start: number;
  end: number;
  stance: Stance | 'none';
  weight: number;
  phrase: string;
}

export interface Speaker {
  mention: Mention;
  /** Where the speaker's words are: after the subject, or before "said X". */
  from: number;
  to: number;
  how: string;
  factor: number;
  echoOf?: Mention;
}

/** Before a participle whose agent follows: "was welcomed by", "a move hailed by". */
const PASSIVE_LEAD = new RegExp(
  String.raw`\b(?:was|were|been|is|are|be)\s+(?:(?:\w+ly|also)\s+)?$|\b(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:move|decision|step|recognition|announcement|declaration|measure|ruling|verdict|vote|deal|agreement|withdrawal|law|sanctions)\s+(?:\w+ly\s+)?$`,
);
/**
 * A participle whose agent may follow: "was welcomed by", "a move hailed by", and one joined to such
 * a participle ("… hailed by X and criticised by Y").
 */
export function passiveLead(text: string, cue: Found, cues: Found[]): boolean {
  const lead = text.slice(Math.max(0, cue.start - 24), cue.start);
  if (PASSIVE_LEAD.test(lead)) return true;
  if (!/\b(?:and|but)\s+(?:\w+ly\s+)?$/.test(lead)) return false;
  const before = cues.filter((c) => c.end <= cue.start).at(-1);
  return before !== undefined && before.end > cue.start - 80 && passiveLead(text, before, cues);
}
/** What comes just after "X said (that)", "rejected suggestions that": a clause someone else reports or answers. */
const REPORTED_CLAUSE = new RegExp(
  `(?:(?:${SPEECH_VERB.source})(?:[^.;"“”]{0,60}?\\bthat)?|\\b(?:showed|shows|proved|proves|meant|means|revealed|reveals|demonstrated|demonstrates)(?:\\s+that)?|\\b(?:warned|warns|cautioned|complained|lamented|alleged)\\s+that|\\b(?:suggestion|claim|allegation|accusation|charge|report|fear)s?\\s+that)\\s+(?:the\\s+)?(?:neighbou?ring\\s+|fellow\\s+)?$`,
);
const SLOGAN = /\b(?:chant(?:ed|ing|s)?|slogans?|placards?|banners?)\b/i;
const FEELING =
  /^(?:(?:deeply|very|gravely|seriously)\s+)?(?:concern|worr|alarm|disappoint|sadden|dismay|troubl|shock|upset|pleas|delight|encourag|reassur|heartened|surpris|disturb|frustrat)/i;
/** A verb followed by its agent: "praised by", "condemned by". */
const PASSIVE_BY = /^[a-z]+(?:\s+[a-z]+ly)?,?\s+by\s/;
/** A cue that ends in "from" ("criticism from", "support ~ came from") is held by the names after it. */
export const heldByNamesAfter = (cue: Found) => /\bfrom$/i.test(cue.phrase);

/** An act's verb in any form, and "…recognise (the) " before its object: made once per act, not per sentence. */
const ACT_PATTERNS = new Map<string, { forms: RegExp; object: RegExp }>();
function actPatterns(act: string): { forms: RegExp; object: RegExp } {
  let patterns = ACT_PATTERNS.get(act);
  if (!patterns) {
    const forms = [`${escape(act)}\\w*`, ...irregularForms(act)].join('|');
    patterns = {
      forms: new RegExp(`(?<![\\w-])(?:${forms})(?![\\w-])`, 'gi'),
      object: new RegExp(`(?<![\\w-])${escape(act)}\\w*\\s+(?:(?:the|a|an)\\s+)?$`, 'i'),
    };
    ACT_PATTERNS.set(act, patterns);
  }
  return patterns;
}

export function findSpeakers(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  cues: Found[],
  last: Mention | null,
  event: EventDescription,
  /** The sentence before, in the same paragraph, had a speaker. */
  quoteGoesOn = false,
  /** Whether a name is on the acting side (lib/ingest/sides.ts). */
  onActingSide: (m: Mention) => boolean = (m) => event.actor !== null && sameName(m, event.actor),
): Speaker[] {
  const speakers: Speaker[] = [];
  // Where a subject's verb may be: speech verbs and cues; for the acting actor, any verb in the past
  // ("Russia on Wednesday ordered …"), but not a passive ("was delisted").
  const verbs = [
    ...[...sentence.text.matchAll(new RegExp(SPEECH_VERB.source, 'g'))]
      .filter((m) => !NOUN_NOT_VERB.test(sentence.text.slice(Math.max(0, m.index - 30), m.index + m[0].length)))
      .map((m) => sentence.start + m.index),
    ...cues.map((c) => c.start),
  ].sort((a, b) => a - b);
  const pastVerbs = [
    ...sentence.text.matchAll(/(?<![\w-])(?<!(?:was|were|is|are|been|be)\s+)[a-z]{3,}ed(?![\w-])/g),
  ].map((m) => sentence.start + m.index);
  // The act's own verb in any form ("Caldwen will withdraw its soldiers from …"), for the acting side.
  const act = event.act ? actPatterns(event.act) : null;
  if (act) for (const m of sentence.text.matchAll(act.forms)) pastVerbs.push(sentence.start + m.index);
  const actObject = act?.object ?? null;
  const taken = new Set<Mention>();
  const add = (speaker: Speaker) => {
    if (taken.has(speaker.mention) || speakers.some((s) => sameActor(s.mention, speaker.mention))) return;
    taken.add(speaker.mention);
    speakers.push(speaker);
  };
  for (const m of mentions) {
    if (m.possessive) continue;
    const before = text.slice(sentence.start, m.start);
    // "For Suhail Shaheen, who heads the political office, the decision vindicated …": the view is X's.
    // Not when the sentence says who holds the view: "For the Kremlin, it is pragmatic, analysts say".
    const forView =
      FOR_VIEW.test(before) && speechVerbIn(text.slice(m.end, sentence.end)) === null
        ? VIEW_AFTER.exec(text.slice(m.end, sentence.end))
        : null;
    if (forView) {
      add({ mention: m, from: m.end + forView[0].length, to: sentence.end, how: 'for X', factor: 0.8 });
      continue;
    }
    const quoted = quotedAs(text, before, m);
    if (quoted !== null) {
      add({ mention: m, from: quoted, to: sentence.end, how: 'quoted as', factor: 0.9 });
      continue;
    }
    const according = accordingTo(text, before, m);
    if (according === 'source') continue;
    if (according === 'voice')
      add({ mention: m, from: sentence.start, to: sentence.end, how: 'according to X', factor: 0.9 });
    // "echoed by neighbouring X", "a view echoed by Hallin's prime minister, X"; "Mali welcomed it, as
    // did Chad and Niger", "So did the African Union": the stance before, taken by every name of the list.
    else if (echoesBefore(before)) {
      const named = echoedOwner(text, mentions, sentence.start, m.start);
      for (const echo of listAt(text, mentions, m.start))
        add({
          mention: echo,
          from: echo.end,
          to: sentence.end,
          how: 'echo',
          factor: 0.8,
          echoOf: named ?? last ?? undefined,
        });
    }
    // '…," said X.' but not '…, and said X had not been told': there X is the reported clause's subject.
    else if (
      SAID_X.test(before.slice(-100)) &&
      /["”’]/.test(before) &&
      // '"…," Muttaqi said after meeting Russia's ambassador, X': the verb has its subject already.
      !SUBJECT_SAID.test(before.slice(-100)) &&
      // '"deeply regrets" the decision and has asked the Council to meet': the one asked, not a speaker.
      !ASKED_OBJECT.test(before.slice(-100)) &&
      // "…, and said the Sarrovian ambassador had been summoned": a people's word before its noun too.
      // '"a milestone" and said Kabul expected …': a verb of its own right after the name, too.
      !/^(?:(?:\s+[a-z-]+){0,2}\s+(?:had|has|have|was|were|is|are|would|will|could|should|did|does|do|must|might|may)\b|\s+[a-z]{3,}ed\b)/.test(
        text.slice(m.end, m.end + 40),
      ) &&
      !placeOfTitle(text, mentions, m) &&
      // '…," said Foreign Office spokesperson X': the body names X's post; X speaks.
      !postThenName(text, mentions, m)
    )
      add({ mention: m, from: sentence.start, to: m.start, how: 'said X', factor: 1 });
  }
  // "The move was welcomed by X", "… was condemned by X and Y", "a move hailed by X and criticised
  // by Y": the stance verb's agent holds it; "was welcomed in Kabul": a capital named for its state.
  for (const cue of cues) {
    // "concerned by Norway's move", "alarmed by Denmark": a feeling and its cause, not a passive's agent.
    if (!passiveLead(text, cue, cues) || FEELING.test(cue.phrase)) continue;
    const by = /^,?\s+by\s+(?:both\s+)?(?:the\s+)?/.exec(text.slice(cue.end, cue.end + 17));
    if (by) {
      // "condemned by Malian Foreign Minister X": past the agent's title.
      const at = cue.end + by[0].length;
      const titled = mentions.find(
        (m) => m.title && m.start > at && /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}$/u.test(text.slice(at, m.start)),
      );
      for (const m of listAt(text, mentions, titled?.start ?? at))
        add({ mention: m, from: cue.start, to: cue.end, how: 'passive', factor: 0.9 });
      continue;
    }
    const place = /^\s+in\s+/.exec(text.slice(cue.end, cue.end + 5));
    const capital = place && mentions.find((m) => m.start === cue.end + place[0].length);
    if (capital && capital.actor.kind === 'state' && capital.surface !== capital.actor.name && !capital.possessive)
      add({ mention: capital, from: cue.start, to: cue.end, how: 'passive', factor: 0.8 });
  }
  // "The strongest support came from X", "Criticism also came from X and Y", "drew criticism from X",
  // "a guarded response from X": a cue that ends in "from" is held by the names after it.
  for (const cue of cues) {
    if (!heldByNamesAfter(cue)) continue;
    const at = cue.end + (/^\s+(?:the\s+)?/.exec(text.slice(cue.end, cue.end + 6))?.[0].length ?? 0);
    for (const m of listAt(text, mentions, at))
      add({ mention: m, from: cue.start, to: cue.end, how: 'came from', factor: 0.9 });
  }
  for (const { mention, from } of joinedIn(text, sentence, mentions))
    add({ mention, from, to: sentence.end, how: 'joined', factor: 0.8 });
  // "The resolution, drafted by X": who drafted, signed or announced the act did it.
  for (const m of mentions) {
    // The cheap test first: the long pattern is tried only where "by" or "of" comes before the name.
    if (m.possessive || !/\b(?:by|of)\s/.test(text.slice(Math.max(sentence.start, m.start - 90), m.start))) continue;
    // "adopted by EU ministers in Luxembourg": where they met, not who.
    if (/\b(?:in|at|near|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 10), m.start))) continue;
    if (!AGENT.test(text.slice(sentence.start, m.start))) continue;
    // "The law must still be signed by X", "has yet to be ratified by Y": an act not done yet.
    if (NOT_YET_BY.test(text.slice(Math.max(sentence.start, m.start - 90), m.start))) continue;
    // A name just before "by" in the same phrase is the agent already ("drafted by Ghana by …");
    // one before a comma belongs to a clause between ("…, which denounced X, was signed by Y").
    if (
      mentions.some(
        (o) =>
          o !== m &&
          o.start > m.start - 60 &&
          o.end <= m.start &&
          /^\s+(?:[a-z]+\s+){0,3}by\s/.test(text.slice(o.end, m.start)) &&
          !text.slice(o.end, m.start).includes(','),
      )
    )
      continue;
    // "signed by Argentina, Brazil, Canada … and Peru": every name of the list.
    for (const agent of listAt(text, mentions, m.start))
      add({ mention: agent, from: sentence.start, to: sentence.end, how: 'by X', factor: 0.8 });
  }
  // "the ruling party, which drafted the law, said": the drafter did the act too.
  for (const m of mentions)
    if (!m.possessive && AGENT_CLAUSE.test(text.slice(m.end, m.end + 80)))
      add({ mention: m, from: sentence.start, to: sentence.end, how: 'by X', factor: 0.8 });
  for (const { mention, from, to } of voters(text, sentence, mentions))
    add({ mention, from, to, how: 'vote', factor: 0.9 });
  const asides = describingClauses(sentence, mentions);
  // "Jane Roe of the Labour Party": the body is who the person is, not a second speaker.
  const affiliations = new Map<Mention, Mention>();
  for (const m of mentions)
    if (m.actor.kind === 'person') {
      const o = mentions.find((x) => x.start > m.end && /^\s+of\s+(?:the\s+)?$/.test(text.slice(m.end, x.start)));
      if (o) affiliations.set(m, o);
    }
  const affiliated = new Set(affiliations.values());
  const trailer = mentions.find((m) => trailingAttribution(text, sentence, m));
  for (const m of mentions) {
    // "Diplomats said A and B might follow suit": what they expect of every name of the list.
    if (UNNAMED_SAID.test(text.slice(sentence.start, listStart(text, mentions, m)))) continue;
    // A name after a preposition ("Critics in X opposed it") is not the subject; after "if", of a
    // condition ("… if X retaliated"), not of a statement.
    const lead = text.slice(Math.max(sentence.start, m.start - 40), m.start);
    if (/\b(?:if|unless|whether)\s+(?:the\s+)?$/i.test(lead)) continue;
    // 'She noted that the government "has always believed that Afghanistan …"': a name inside the
    // words a verb of speech before them reports is what is said, not who says it.
    const quote = quotedSpans(text, sentence.start, sentence.end).find(([a, b]) => m.start > a && m.end < b);
    // So is one in a slogan chanted or carried ('Protesters chanted "Russia supports terror"'), and one
    // in a quotation its speaker closes ('"Russia should have sanctioned them," said a Kabul resident').
    if (
      quote &&
      (SPEECH_VERB_ANY.test(text.slice(sentence.start, quote[0])) ||
        SLOGAN.test(text.slice(sentence.start, quote[0])) ||
        SPEECH_VERB_ANY.test(text.slice(quote[1], Math.min(sentence.end, quote[1] + 40))))
    )
      continue;
    // The object of a verb: "told The Associated Press that …", "would not make the Taliban legitimate".
    if (
      /\b(?:told|tells?|telling|informed|assured|briefed|make|makes|made|making|render(?:s|ed)?)\s+(?:the\s+)?$/i.test(
        lead,
      )
    )
      continue;
    const relative = /^,\s+(?:which|who)\s+(?:also\s+)?(?:said|says|stated|told|added|warned|called|described)\b/;
    if (
      afterPreposition(lead.slice(-30)) &&
      !voiceOf(lead, m) &&
      !INCLUDING.test(lead) &&
      !relative.test(text.slice(m.end, m.end + 30))
    )
      continue;
    // A name inside a description of someone else (", which borders X,") is not the subject.
    // "Merkel's spokesman said": an unnamed spokesman speaks for the owner.
    const spokesman = m.possessive ? OWN_SPOKESMAN.exec(text.slice(m.end, m.end + 40)) : null;
    if (
      (m.possessive && !spokesman) ||
      affiliated.has(m) ||
      asides.some(([from, to]) => m.start >= from && m.end <= to)
    )
      continue;
    // "President Jane Roe of Vesmark welcomed": the state the title belongs to comes before the verb.
    const ofState =
      m.of && m.title ? new RegExp(`^\\s+of\\s+(?:the\\s+)?${escape(m.of)}(?![\\w-])`).exec(text.slice(m.end)) : null;
    const named = spokesman
      ? m.end + spokesman[0].length
      : (affiliations.get(m)?.end ?? m.end + (ofState?.[0].length ?? 0));
    // "X, conveying Sweden's opposition to …, said", "X, spokesman for Y, which runs Z, said": a
    // clause describing X (after an appositive, maybe) comes before X's verb.
    const described = named + (DESCRIBED_AFTER.exec(text.slice(named, named + 260))?.[0].length ?? 0);
    // "X, the party of the deposed president, Y, called": the whole description, Y in it, is skipped.
    // "X, who had refused …, welcomed": a verb inside the description is not X's.
    // Not a reporting clause between commas ("Valtice, the government announced, will leave").
    const aside = asides.find(
      ([from, to]) => from === named && !/\s(?:[a-z]+ed|said|says|told)\s*,$/.test(text.slice(from, to)),
    );
    // "X, Mali's foreign minister, a lawyer who …, called": a second description right after the first.
    const after = aside ? SECOND_DESCRIPTION.exec(text.slice(aside[1], aside[1] + 200)) : null;
    const end = Math.max(described, aside?.[1] ?? 0) + (after?.[0].length ?? 0);
    // A people's adjective before a noun ("Kenyan judges ruled") is not the state speaking; nor a
    // state's short name used as one behind an article ("said a US pullout was a disaster").
    if (
      m.actor.kind === 'state' &&
      beforeNoun(text, m) &&
      (byDemonym(m) ||
        (/^[A-Z.]{2,5}$/.test(m.surface) &&
          /\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) &&
          !VERB_NEXT.test(text.slice(m.end, m.end + 16))))
    )
      continue;
    // "EU capitals", "NATO allies": a bloc's short name before its members is no speaker.
    if (/^[A-Z.]{2,6}$/.test(m.surface) && BLOC_MEMBERS.test(text.slice(m.end, m.end + 20))) continue;
    // "Several members of the European Parliament said …": some of a chamber's or a council's members
    // are not the body; a group's members turning out ("hundreds of members of the union") are its voice.
    if (m.actor.kind !== 'organisation' && SOME_MEMBERS_OF.test(lead)) continue;
    // A one-word name right before another name qualifies it ("Kenyan Prime Minister …").
    // A day after it is when ("China Tuesday lodged a protest").
    if (!/\s/.test(m.surface) && NAME_AFTER.test(text.slice(m.end, m.end + 12))) continue;
    // The acting side acts with any verb ("Russia's ambassador, X, presented his credentials").
    // "the decision to recognise a Palestinian state undermined …": the act's object is no subject.
    if (actObject?.test(lead)) continue;
    const acting = onActingSide(m);
    const verb = (acting ? [...verbs, ...pastVerbs].sort((a, b) => a - b) : verbs).find((v) => v >= end);
    if (verb === undefined) continue;
    // "hailed the ICJ ruling": the act's word right after its doer's name, behind an article, is a noun.
    if (
      !verbs.includes(verb) &&
      /^\s+$/.test(text.slice(end, verb)) &&
      !/^[a-z]+(?:ed|s)\b/.test(text.slice(verb, verb + 20)) &&
      /\b(?:the|a|an|this|that|its|their)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start))
    )
      continue;
    // "X had been declared persona non grata": a passive says what was done to X, not what X said.
    if (/\b(?:been|being)\s+$/.test(text.slice(end, verb)) && /^[a-z]+ed\b/.test(text.slice(verb, verb + 20))) continue;
    // "The decision by X was praised by Y": the praise is Y's.
    if (
      PASSIVE_BY.test(text.slice(verb, verb + 60)) &&
      /\b(?:was|were|been|is|are|be)\s+(?:(?:\w+ly|also)\s+)?$/.test(text.slice(end, verb))
    )
      continue;
    // "Qatar felt that the Taliban showed pragmatism": the acting side's deed in someone's words is theirs.
    // So is a faint word in them ("… and said Volgara would review its posture"), and blame laid on
    // the acting side ("warned that Russia was rewarding a regime"), and blame or doubt laid on the act's
    // target ("said the Taliban had done nothing to earn recognition", "… must first meet their commitments").
    const target = [event.target, ...(event.targetNames ?? [])].some((n) => n && sameName(m, n));
    const faint =
      !verbs.includes(verb) ||
      cues.some(
        (c) =>
          c.start === verb &&
          (c.weight < 0.5 || (acting && c.stance === 'condemnation') || (target && c.stance !== 'support')),
      ) ||
      // "said Afghanistan should not be excluded", "… deserved recognition": the speaker's wish for X, not X's word.
      // So is a guess at what X will do ("diplomats said Brasko might follow suit").
      /\b(?:should|must|ought|deserv|might|may|could|would)/i.test(text.slice(end, verb + 8));
    // "… said the recognition showed that Moscow supported terrorist regimes": blame of the acting side in
    // someone's words, whatever verb follows its name.
    const blamed = acting && cues.some((c) => c.start > m.end && c.stance === 'condemnation');
    if ((faint || blamed) && REPORTED_CLAUSE.test(text.slice(Math.max(sentence.start, m.start - 90), m.start)))
      continue;
    // "The council has done nothing to earn it, Chad said": the target judged in the words of the name
    // after; not its own act of speech ("The council condemned the sanctions, NRK said").
    const ownAct = /^\s+$/.test(text.slice(end, verb)) && /^[a-z]+ed\b/.test(text.slice(verb, verb + 20));
    if (trailer && m.start < trailer.start && target && faint && !ownAct) continue;
    // "the vote led X to recall its envoy": X is the subject of the infinitive.
    const prompted =
      /\b(?:prompt(?:ed|ing)|led|leading|forc(?:ed|ing)|caus(?:ed|ing)|spurr(?:ed|ing)|push(?:ed|ing)|mov(?:ed|ing))\s+$/.test(
        lead,
      );
    const gap = prompted ? text.slice(end, verb).replace(/^\s+to\s/, ' ') : text.slice(end, verb);
    // "Iceland, its foreign ministry said, will not follow": the reporting clause between commas.
    if (
      verbs.includes(verb) &&
      /^\s*,\s+(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,4}$/.test(gap) &&
      /^[a-z]+\s*,\s+(?:[a-z]+\s+)?[a-z]+/.test(text.slice(verb, verb + 40))
    ) {
      const from = verb + (/^[a-z]+\s*,/.exec(text.slice(verb, verb + 40))?.[0].length ?? 0);
      add({ mention: m, from, to: sentence.end, how: 'subject', factor: 0.9 });
      continue;
    }
    // '"…," which includes X and Y, he said': the pronoun is who said it, not the name before it.
    if (/,\s+(?:he|she|they|we|it|I)\s+$/.test(text.slice(end, verb)) && SAID_AT.test(text.slice(verb, verb + 12)))
      continue;
    // "a General Assembly resolution condemning …": the name qualifies a document, whose participle it is.
    if (DOCUMENT_PARTICIPLE.test(text.slice(end, verb)) && /^[a-z]+ing\b/.test(text.slice(verb, verb + 20))) continue;
    // ", accusing …" after an object belongs to the clause's subject, not to the object.
    if (/^\s*,\s*$/.test(text.slice(end, verb)) && /^[a-z]+ing\b/.test(text.slice(verb, verb + 20))) continue;
    // "Foreign experts interviewed by KNA noted …": the agent of a participle inside the subject is not it.
    if (/\S\s+[a-z]{3,}(?:ed|en)\s+by\s+(?:the\s+)?$/.test(lead)) continue;
    // "X, speaking at a meeting with Y, said": Y was met, X speaks.
    if (insideParticipleAside(text, mentions, sentence.start, m)) continue;
    // The verb may open a quotation: 'The ministry "firmly rejects …"'.
    if (!SUBJECT_GAP.test(gap.replace(/\s["“‘'](?=[a-z])/g, ' ') + ' ')) continue;
    // "… prompting X to recall its envoy": X's words start after its name, not with the sentence;
    // "…, Chad said on Friday": they are the sentence before the name, unless that has a speaker of
    // its own ("X strongly condemned it, the White House said": X's words, relayed), other than the
    // name's own state ("Chad respected …, its foreign ministry said"; "Washington …, a State
    // Department spokesperson said": a ministry of no state named is taken for the subject's).
    const ownState = (s: Speaker) =>
      s.mention.actor.name === m.of ||
      (m.of === null && m.actor.kind === 'government-body' && s.mention.actor.kind === 'state');
    const relayed = speakers.some((s) => s.mention.start < m.start && !ownState(s));
    const from = m === trailer && !relayed ? sentence.start : m.end;
    // "X echoed that concern", "X echoed Niger's criticism": X takes the echoed words' stance.
    const echoing = /^echo(?:ed|es|ing)\b/.test(text.slice(verb, verb + 8));
    add({
      mention: m,
      from,
      to: sentence.end,
      how: prompted ? 'prompted' : echoing ? 'echo' : 'subject',
      factor: echoing ? 0.8 : 1,
      echoOf: echoing ? whomEchoed(text, mentions, verb, last) : undefined,
    });
    // "France, Germany and Britain said": every name of the list speaks.
    let head = m;
    for (;;) {
      const before = nameBefore(mentions, head);
      const joint = before && text.slice(before.end, head.start);
      if (!joint || !listJoint(joint)) break;
      // A list ends in "and" or "or": "Asked whether X would follow Oslo, the ministry said" is no list.
      if (head === m && !/\b(?:and|or|with)\b/.test(joint)) break;
      // "ambassador to the UN, X, said": a name after a preposition is no member of a list.
      // "The governments of Chile and Peru said": the list of whom they speak for is.
      const lead = text.slice(Math.max(sentence.start, before.start - 30), before.start);
      if (
        afterPreposition(lead) &&
        !voiceOf(lead, before) &&
        !INCLUDING.test(lead) &&
        !/\bleaders\s+of\s+(?:the\s+)?$/i.test(lead)
      )
        break;
      add({ mention: before, from, to: sentence.end, how: 'subject', factor: 0.9 });
      head = before;
    }
  }
  // "…, with Australia following suit": doing as the sentence's subject did (no subject, no one to follow).
  for (const m of mentions) {
    const subject = speakers.find((o) => o.how === 'subject' && o.mention.end <= m.start);
    if (subject && withFollowingSuit(text, m, sentence.start))
      add({ mention: m, from: m.end, to: sentence.end, how: 'echo', factor: 0.8, echoOf: subject.mention });
  }
  // Names inside a quotation are what the speaker outside it talks about.
  const quoted = quotedSpans(text, sentence.start, sentence.end);
  const inQuote = (s: Speaker) => quoted.some(([from, to]) => s.mention.start > from && s.mention.end < to);
  if (speakers.some((s) => !inQuote(s))) speakers.splice(0, speakers.length, ...speakers.filter((s) => !inQuote(s)));
  // '"…," said X. "Not one day less."': a quotation alone goes on with the last speaker's words.
  if (speakers.length === 0 && last && quoteGoesOn && /^["“][^"“”]*["”]$/.test(sentence.text))
    add({ mention: last, from: sentence.start, to: sentence.end, how: 'quote goes on', factor: 0.8 });
  if (speakers.length === 0 && last) {
    const pronoun = pronounSpeaker(sentence, last);
    if (pronoun) add(pronoun);
  }
  return speakers;
}

export function sameName(m: Mention, name: string): boolean {
  const n = name.toLowerCase();
  return m.actor.name.toLowerCase() === n || m.surface.toLowerCase() === n;
}

function sameActor(a: Mention, b: Mention): boolean {
  return a.actor.id !== null ? a.actor.id === b.actor.id : a.actor.name === b.actor.name;
}
