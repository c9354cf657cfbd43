/**
 * The rule-based extractor: for each sentence, who speaks (the subject of a speech or stance verb,
 * "said X", "according to X", "echoed by X", a pronoun pointing back to the last speaker), which
 * stance its words give (the lexicon's cues, negation and hedges weighed), and whether it is about
 * the event (the act's words, "the decision", or the paragraph it continues); criticism of the
 * event's target that is not about the event is at most caution. Sentences are proposed whole, and
 * a speaker's own words inside quotation marks once more on their own, as direct quotes.
 */
import type { Stance } from '../domain';
import { echoedStance } from './echo';
import { DEALING_WITH, judge, OTHERS_CLAUSE, rhetorical, saidThoughOwned, VICTIM_BEFORE } from './judge';
import { leadIn } from './leadin';
import { ACT_BEFORE, actObject, actVerb, cuesIn, eventCues, notDoneYet, notFollowing, relevancePattern } from './acts';
import { answersAbout, headedSpeakers, transcriptSpeakers } from './headed';
import { findMentions, type Mention } from './mentions';
import { describingClauses } from './asides';
import { findSpeakers, heldByNamesAfter, sameName, type Found } from './speakers';
import { speechVerbIn } from './lexicon';
import { BACKGROUND, backgroundDating, insideQuotes, listPoint, splitSentences, type Sentence } from './sentences';
import { unnamedClauseBefore, unnamedTakesOver, unnamedVoices } from './unnamed';
import { ownWords, singleQuotesAsMarks, wholeQuotation } from './marks';
import { dedupeRelations, namedAsStored, roleRelations } from './relations';
import { ACTING_CLAUSE_AFTER, actedWithoutWords } from './acted';
import { actingSide, onActingSide, servesActingState, worriedByTheAct } from './sides';
import { headlineLike, inDateline, leadInSpeaker, proposal } from './proposals';
import { inOurWords, publisherVoice } from './publisher';
import { signatures } from './signed';
import type { EventDescription, Extractor, KnownActor, Proposal, ProposedRelation, UnnamedVoice } from './types';
import { trailingAttribution } from './voices';
import { tallied } from './tallies';

/** A sentence that qualifies what was said before it. */
const CAVEAT = /^(?:But|However|Yet|Still|That said)\b/;
/** A quotation that opens a sentence and is closed before its attribution: '"…," the ministers said'. */
const OPENING_QUOTE = /^["“][^"“”]{3,}["”]\s*,?\s*/;

/** A verb of speech, "that" or an opening quotation mark just before a name: the name opens a reported clause. */
const SAID_BEFORE =
  /(?:\b(?:said|says|told\s+[\w ]{1,30}?|added|noted|argued|claimed|wrote|posted|that)\s+|(?:^|\s)["“])(?:the\s+)?$/;

export class RuleExtractor implements Extractor {
  extract({
    text: original,
    event,
    known,
    publisher,
  }: {
    text: string;
    event: EventDescription;
    known: KnownActor[];
    publisher?: string;
  }) {
    // Read with its quotation marks made plain; the words proposed are the text's own.
    const text = singleQuotesAsMarks(original);
    const sentences = splitSentences(text);
    const inThePast = backgroundDating(text);
    const mentions = findMentions(text, known).filter((m) => !inDateline(text, m));
    const act = actVerb(event);
    const relevance = relevancePattern(event);
    const side = actingSide(text, event, mentions);
    const signed = signatures(text, sentences, mentions);
    const headed = headedSpeakers(text, known);
    const transcript = transcriptSpeakers(text, mentions);
    const answering = answersAbout(text, transcript, relevance);
    const voice = publisherVoice(publisher, known);
    const targetNames = [event.target, ...(event.targetNames ?? [])].filter((n): n is string => !!n);
    const object = actObject(targetNames);
    const actingWords = new Set([
      ...side.names,
      ...mentions.filter((m) => side.names.includes(m.actor.name) && !m.possessive).map((m) => m.surface),
    ]);
    const ownCues = eventCues(event, targetNames, [...actingWords]);
    const lowerTargets = new Set(targetNames.map((t) => t.toLowerCase()));
    // The target, or a body or official of it ("Vesna's foreign ministry", "Vesnian President X").
    const isTarget = (m: Mention) =>
      lowerTargets.has(m.actor.name.toLowerCase()) ||
      lowerTargets.has(m.surface.toLowerCase()) ||
      (m.of !== null && lowerTargets.has(m.of.toLowerCase()));
    const proposals: Proposal[] = [];
    const unnamed: UnnamedVoice[] = [];
    const relations: ProposedRelation[] = [];
    let lastSpeaker: Mention | null = null;
    // The person named last, and in which paragraph: "X abstained, and its envoy, Y, explained. She said …".
    let namedPerson: { mention: Mention; paragraph: number } | null = null;
    let lastStance: Stance | null = null;
    const stanceOf = new Map<string, Stance>();
    /** Who declined to say anything, so that one doing as they did is silent too. */
    const silent = new Set<string>();
    let relevantParagraph = -1;
    let spokeIn = -1;
    let spokeUntil = -1;
    const againstTheAct = new Set<string>();
    // "Washington was blunter.": who the paragraph's next stance belongs to as well.
    let pending: { mention: Mention; sentence: Sentence } | null = null;

    const textEnd = text.trimEnd().length;
    for (const sentence of sentences) {
      const signature = signed.get(sentence.paragraph);
      // A headline or dateline (no closing stop) is no one's statement; a signed quotation is, and so
      // is a point of a list ("- The EU urges all sides to …", a live page's key points, not its
      // related links), whose speaker no later pronoun means.
      const point = listPoint(text, sentence);
      if (
        headlineLike(sentence, textEnd) &&
        !point &&
        !(signature && signature.at < sentence.end && signature.at > sentence.start)
      )
        continue;
      // "Q: Will you recall your ambassador?": a reporter's question in a transcript says no one's stance.
      if (transcript.get(sentence.paragraph) === null) continue;
      const inSentence = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
      /**
       * The acting side doing to the target what the cue says ("said Moscow had embraced the Taliban"): the act
       * itself, told; not "said the bloc had stood with the ballot box", a judgement of the deed.
       */
      const actingSubjectBefore = (c: Found) =>
        inSentence.some(
          (t) => isTarget(t) && t.start >= c.end && /^["”’]?\s+(?:the\s+)?$/.test(text.slice(c.end, t.start)),
        ) &&
        inSentence.some(
          (m) =>
            m.end <= c.start &&
            !m.possessive &&
            onActingSide(text, m, side) &&
            ACTING_CLAUSE_AFTER.test(text.slice(m.end, c.start)) &&
            SAID_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)),
        );
      if (pending && pending.sentence.paragraph !== sentence.paragraph) pending = null;
      const leading = leadIn(text, sentence, inSentence);
      // Cues inside a name are not said by anyone; one owned by a name is a noun ("Russia’s support for");
      // one inside a description of someone (", who has long criticised …,") is not what they say now.
      const asides = describingClauses(sentence, inSentence);
      const cues = cuesIn(sentence.text, sentence.start, act, object, relevance, ownCues, lastStance).filter(
        (c) =>
          // Nor one in a title ("Justice Minister X"). A name inside a cue's gap is its object, not
          // its owner ("called on the Security Council to").
          !inSentence.some((m) => {
            const from = m.start - (m.title ? m.title.length + 1 : 0);
            return (c.start >= from && c.start < m.end) || (c.end > from && c.end <= m.end);
          }) &&
          saidThoughOwned(text, c) &&
          !asides.some(([from, to]) => c.start >= from && c.end <= to),
      );
      const aboutEvent = relevance.test(sentence.text);
      if (aboutEvent) relevantParagraph = sentence.paragraph;
      // The answers to a question about the event are about it too.
      const continues = !aboutEvent && (relevantParagraph === sentence.paragraph || answering.has(sentence.paragraph));

      const speakers = findSpeakers(
        text,
        sentence,
        inSentence,
        cues,
        lastSpeaker?.actor.kind !== 'person' &&
          namedPerson?.paragraph === sentence.paragraph &&
          /^(?:He|She)\s/.test(sentence.text)
          ? namedPerson.mention
          : lastSpeaker,
        event,
        spokeIn === sentence.paragraph ||
          // A paragraph that is one quotation, right after a speaker's paragraph, is theirs still.
          (spokeUntil >= 0 &&
            /^\s*\n\s*$/.test(text.slice(spokeUntil, sentence.start)) &&
            /^\s*(?:\n|$)/.test(text.slice(sentence.end))),
        (m) => onActingSide(text, m, side),
      );
      // '"…" -- Spokesman X': the signer says what is quoted before the dash, unless someone else is said to.
      if (
        signature &&
        sentence.start < signature.at &&
        !speakers.some((s) => !insideQuotes(sentence.text, s.mention.start - sentence.start))
      )
        speakers.splice(0, speakers.length, {
          mention: signature.mention,
          from: sentence.start,
          to: Math.min(sentence.end, signature.at),
          how: 'signed',
          factor: 0.9,
        });
      // A factbox's quotation under a line of capitals naming its speaker: theirs, unless the line
      // itself says who speaks ('"…," she said').
      const head = headed.get(sentence.paragraph);
      if (head && (speakers.length === 0 || wholeQuotation(text, sentence)))
        speakers.splice(0, speakers.length, {
          mention: head,
          from: sentence.start,
          to: sentence.end,
          how: 'heading',
          factor: 0.9,
        });
      // "Mao Ning: We welcome the decision.": a transcript's paragraph is its labelled speaker's.
      const labelled = transcript.get(sentence.paragraph);
      if (labelled && speakers.length === 0)
        speakers.push({ mention: labelled, from: sentence.start, to: sentence.end, how: 'transcript', factor: 0.9 });
      // "In our view the sale is defensible …": a body's own report gives its view in the first person.
      // "But we doubt …" after it is a caveat to that view, not another stance.
      if (voice && speakers.length === 0 && inOurWords(text, sentence) && !CAVEAT.test(sentence.text))
        speakers.push({ mention: voice, from: sentence.start, to: sentence.end, how: 'publisher', factor: 0.8 });
      spokeIn = speakers.length > 0 ? sentence.paragraph : -1;
      spokeUntil = speakers.length > 0 ? sentence.end : -1;
      // A lone speaker owns the whole sentence (a quote before "said X" included); several share it in turn.
      // Not past a semicolon outside quotation marks ("Friends are uneasy; X is furious": others' clause first),
      // unless the name closes the sentence ("…; …, X said").
      if (speakers.length === 1 && speakers[0].how === 'subject') {
        const lead = text.slice(sentence.start, speakers[0].mention.start);
        const clause =
          /["“”]/.test(lead) || trailingAttribution(text, sentence, speakers[0].mention) ? -1 : lead.lastIndexOf(';');
        speakers[0].from = clause >= 0 ? sentence.start + clause + 1 : sentence.start;
        speakers[0].to = sentence.end;
      }
      // '"We regret it," France, Spain and Sweden said': a quotation opening the sentence is said by
      // every subject named after it before any verb.
      const opening = OPENING_QUOTE.exec(sentence.text);
      if (opening)
        for (const s of speakers)
          if (
            s.how === 'subject' &&
            s.mention.start >= sentence.start + opening[0].length &&
            !speechVerbIn(text.slice(sentence.start + opening[0].length, s.mention.start))
          )
            s.from = sentence.start;
      // "A said …, while B said …": A's words end where B comes in.
      for (const s of speakers) {
        if (s.how !== 'subject') continue;
        const next = speakers.find(
          (o) =>
            o !== s &&
            o.how === 'subject' &&
            o.mention.start > s.from &&
            // "The spokesman of X, Y, said": Y is X's voice, and their words are the same.
            !(/^,\s*$/.test(text.slice(s.mention.end, o.mention.start)) && /^,/.test(text.slice(o.mention.end))) &&
            // "…, while Czech Prime Minister X criticised it": a people's word and a title may come between.
            /(?:[,;]\s*(?:while|whereas|but|and)?|\b(?:while|whereas))\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}$/.test(
              text.slice(s.from, o.mention.start),
            ),
        );
        if (next) s.to = Math.min(s.to, next.mention.start);
        s.to = Math.min(s.to, unnamedTakesOver(sentence, s.mention.end) ?? s.to);
        s.from = Math.max(s.from, unnamedClauseBefore(sentence, s.mention.start) ?? s.from);
      }
      // In the order they speak: "A condemned it, a view echoed by B" takes A's stance for B.
      let inTurn: Stance | undefined;
      let silentTurn = false;
      for (const speaker of [...speakers].sort((a, b) => a.mention.start - b.mention.start)) {
        const region = cues.filter(
          (c) =>
            c.start >= speaker.from &&
            c.end <= speaker.to &&
            // "…, drawing criticism from X": held by X (the names after it), not by the sentence's subject.
            (speaker.how === 'came from' || !heldByNamesAfter(c)) &&
            // "… but the decision was condemned by X": held by the passive's agent.
            (speaker.how === 'passive' || !speakers.some((s) => s.how === 'passive' && s.from === c.start)) &&
            !OTHERS_CLAUSE.test(text.slice(Math.max(0, c.start - 70), c.start)) &&
            // "58 percent voted in favour": a tally the speaker reports, not their stance.
            !tallied(text, c.start) &&
            // 'Kyiv said Moscow had "embraced the Taliban"': the acting side's deed, told by another, is not their support.
            !(c.stance === 'support' && actingSubjectBefore(c) && !onActingSide(text, speaker.mention, side)),
        );
        const judged = rhetorical(text, speaker, judge(text, region));
        // "India declined to comment. So did Turkey.": doing as one who said nothing says nothing.
        const echoesSilence =
          speaker.how === 'echo' &&
          !inTurn &&
          (silentTurn || (speaker.echoOf !== undefined && silent.has(speaker.echoOf.actor.name)));
        if (judged === 'none' || echoesSilence) {
          silent.add(speaker.mention.actor.name);
          silentTurn = true;
          continue;
        }
        // "accused Russia of …", "condemned Moscow for …": blame laid on the acting side is about its act,
        // whatever else the sentence says of the target.
        const blamesActingSide =
          judged !== null &&
          judged.stance === 'condemnation' &&
          inSentence.some(
            (m) =>
              m !== speaker.mention &&
              /^\s+(?:the\s+)?$/.test(text.slice(judged.cue.end, m.start)) &&
              onActingSide(text, m, side),
          );
        // A vote is on the motion, whoever it names. The target speaking of itself ("Vesna will defend
        // itself against this aggression") lays no blame on itself.
        const targetBetween =
          judged !== null &&
          !blamesActingSide &&
          // "would normalise ties with the Taliban", "rewards the junta": blame of dealing with the target
          // (not "the Council would embolden extremists", the target's own doing).
          !(
            DEALING_WITH.test(judged.cue.phrase) &&
            !inSentence.some((t) => isTarget(t) && t.end <= judged.cue.start && t.start >= speaker.from)
          ) &&
          // "said Moscow had handed the Taliban a victory": the acting side named first is whom it blames.
          !inSentence.some(
            (a) => a.start >= speaker.from && a.end <= judged.cue.start && !a.possessive && onActingSide(text, a, side),
          ) &&
          speaker.how !== 'vote' &&
          !isTarget(speaker.mention) &&
          targetNames.length > 0 &&
          inSentence.some(
            (m) =>
              m !== speaker.mention &&
              m.start >= speaker.from &&
              // "X, the union's largest member, reacted", "X, which fought Y, was furious": a description.
              !(m.possessive && m.start < judged.cue.start) &&
              !asides.some(([from, to]) => m.start >= from && m.end <= to && to <= judged.cue.start) &&
              m.end <= judged.cue.end + 40 &&
              // "an unprovoked attack on Ukraine", "the people of Ukraine": the target suffers the act here.
              !VICTIM_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)) &&
              targetNames.some(
                (t) => t.toLowerCase() === m.actor.name.toLowerCase() || t.toLowerCase() === m.surface.toLowerCase(),
              ),
          );
        let stance: Stance | null = null;
        let cue = '';
        let confidence = 0;
        // A factbox's quotation has no verb of speech: its heading says who speaks.
        const spoken = speechVerbIn(sentence.text) ?? (speaker.how === 'heading' ? 'quoted under their name' : null);
        const acting = onActingSide(text, speaker.mention, side);
        // "China and the UAE have not formally recognised the government": the report's fact, said by no one.
        if (!spoken && !acting && judged && event.act && notDoneYet(text, sentence.start, judged.cue, event.act))
          continue;
        const echoed: Stance | null =
          speaker.how === 'echo'
            ? (echoedStance(
                sentence.text,
                // "A condemned it, a view echoed by B": A is echoed, not the speaker before the sentence.
                inTurn ?? (speaker.echoOf && stanceOf.get(speaker.echoOf.actor.name)),
              ) ?? (judged ? null : lastStance))
            : null;
        if (echoed) {
          // "a view echoed by X": the stance echoed, whether or not the sentence names the event.
          stance = echoed;
          cue = 'echoed';
          confidence = 0.6;
        } else if (speaker.how === 'by X') {
          side.agents.add(speaker.mention.actor.name);
          stance = 'support';
          cue = 'the act';
          confidence = 0.7;
        } else if (judged && judged.weight < 0.6 && BACKGROUND.test(sentence.text)) {
          // "Earlier this year, X resumed cooperation with …": what came before the event, not a reaction.
          continue;
        } else if (aboutEvent || (continues && judged)) {
          const notAlike = judged?.stance === 'condemnation' && notFollowing(text, judged.cue, event, targetNames);
          stance = notAlike ? 'caution' : (judged?.stance ?? null);
          cue = judged?.cue.phrase ?? spoken ?? '';
          confidence = judged ? judged.weight * speaker.factor : 0.3;
          if (!judged && !cue && !acting) continue;
        } else if (judged && targetBetween) {
          // About the target, not the event: praise stands; criticism is at most caution.
          stance = judged.stance === 'support' ? 'support' : 'caution';
          cue = judged.cue.phrase;
          confidence = judged.weight * speaker.factor * 0.6;
        } else if (judged && (judged.weight >= 0.6 || (judged.weight >= 0.5 && spoken))) {
          // A report is about its event: a clear reaction said without naming it most often is one.
          stance = judged.stance;
          cue = judged.cue.phrase;
          confidence = judged.weight * speaker.factor * 0.6;
        } else if (spoken) {
          // Someone speaking in the report, on what it does not say or only hints: the reviewer decides.
          stance = null;
          cue = spoken;
          confidence = 0.2;
        } else if (!(acting && speaker.how === 'subject')) continue;
        // The acting side doing or defending the act: its blame is aimed at the target or the act's ground.
        // Not "stopped short of criticising": that is said only of someone else's act; nor a
        // minister resigning: that is a protest against the act from inside.
        // Nor blame whose subject or object is the act itself ("the decision to recognise … undermined",
        // "condemned the recognition"): that is said against the act, by someone not on its side.
        const againstAct =
          judged !== null &&
          judged.stance === 'condemnation' &&
          (ACT_BEFORE.test(text.slice(Math.max(sentence.start, judged.cue.start - 80), judged.cue.start)) ||
            relevance.test(text.slice(judged.cue.end, judged.cue.end + 25)) ||
            // "Oslo should not withdraw": the act's own verb, negated, in the blame.
            (event.act !== null &&
              /\bnot\b|n['’]t\b/i.test(judged.cue.phrase) &&
              judged.cue.phrase.toLowerCase().includes(event.act.toLowerCase())));
        // Who has spoken against the act once is not on its side later in the report ("Katz said").
        if (acting && againstAct) againstTheAct.add(speaker.mention.actor.name);
        if (
          acting &&
          stance !== 'support' &&
          // Not for a sentence dated years before the news that names no act: what the side did before.
          !(stance === null && inThePast(sentence) && !relevance.test(sentence.text)) &&
          !againstAct &&
          !againstTheAct.has(speaker.mention.actor.name) &&
          // "Prime Minister X expressed deep concern": a title with no state, taken for the acting one's;
          // its worry about the act (not "concern about the violence") says otherwise.
          !(
            judged &&
            worriedByTheAct(text, cue, judged.cue) &&
            speaker.mention.title &&
            !speaker.mention.of &&
            speaker.mention.actor.kind === 'person'
          ) &&
          // The acting actor stopping short of more ("stopped short of suspending X") still did the act.
          (!/^(?:stopped short of|resign)/i.test(cue) ||
            (event.actor !== null && sameName(speaker.mention, event.actor)))
        ) {
          cue = stance ? `the act (${cue})` : 'the act';
          stance = 'support';
          confidence = 0.6 * speaker.factor;
        }
        // Named with no words of speech or stance and not taken as acting: nothing for a reviewer to weigh.
        if (stance === null && !cue) continue;
        if (speaker.echoOf)
          relations.push({
            type: 'ECHOES',
            from: speaker.mention.actor,
            to: speaker.echoOf.actor,
            quote: sentence.text,
            start: sentence.start,
            end: sentence.end,
            confidence: 0.7,
          });
        proposals.push(proposal(speaker, sentence, stance, cue, confidence, 'reported'));
        if (pending && stance && speaker.mention.actor.name !== pending.mention.actor.name) {
          proposals.push(
            proposal(
              leadInSpeaker(pending.mention, 0.6),
              pending.sentence,
              stance,
              `${cue} (next)`,
              confidence * 0.6,
              'reported',
            ),
          );
          pending = null;
        }
        for (const own of ownWords(text, sentence, speaker))
          proposals.push(proposal(speaker, own, stance, cue, confidence * 0.9, 'direct'));
        if (stance) {
          lastStance = stance;
          inTurn = stance;
          stanceOf.set(speaker.mention.actor.name, stance);
          // Silent once, not for good: "On Saturday, Mali condemned it. So did Chad."
          silent.delete(speaker.mention.actor.name);
          silentTurn = false;
        }
      }
      const named = inSentence.filter((m) => m.actor.kind === 'person' && !m.possessive).at(-1);
      if (named) namedPerson = { mention: named, paragraph: sentence.paragraph };
      if (speakers.length > 0 && !point) lastSpeaker = speakers[speakers.length - 1].mention;
      else if (speakers.length === 0 && !leading) {
        // "Not so for Nilofar Bayat, a former captain. She called it …": the one person named last is
        // whom "she" points back to, not the speaker before.
        const people = inSentence.filter((m) => m.actor.kind === 'person' && !m.possessive);
        // "Amnesty International issued a statement. It said …": so does a body opening the sentence.
        const opening = inSentence.find(
          (m) => !m.possessive && /^(?:the\s+)?$/i.test(text.slice(sentence.start, m.start)),
        );
        if (people.length === 1) lastSpeaker = people[0];
        else if (people.length === 0 && opening && !['person', 'state'].includes(opening.actor.kind))
          lastSpeaker = opening;
      }
      if (leading && speakers.length === 0) {
        // Its own words of manner may say it ("was warm", "more hesitant"); else the next stance does.
        const judged = judge(text, cues);
        if (judged && judged !== 'none') {
          proposals.push(
            proposal(
              leadInSpeaker(leading, 0.8),
              sentence,
              judged.stance,
              judged.cue.phrase,
              judged.weight * 0.8,
              'reported',
            ),
          );
        } else pending = { mention: leading, sentence };
        lastSpeaker = leading;
      }

      if (aboutEvent || continues) {
        const voices = unnamedVoices(text, sentence, cues, inSentence);
        unnamed.push(...voices);
        // "… drew criticism from activists. They argue …": "they" are those voices, not a name before.
        if (voices.length > 0 && speakers.length === 0) lastSpeaker = null;
      }
    }

    actedWithoutWords(text, sentences, mentions, event, side, proposals);

    relations.push(...roleRelations(text, mentions, known, servesActingState(side, text, mentions)));
    const own = <T extends { start: number; end: number; quote: string }>(x: T): T => ({
      ...x,
      quote: original.slice(x.start, x.end),
    });
    return {
      text: original,
      proposals: namedAsStored(proposals, known, targetNames, side.names, mentions).map(own),
      unnamed: unnamed.map(own),
      relations: dedupeRelations(relations).map(own),
    };
  }
}
