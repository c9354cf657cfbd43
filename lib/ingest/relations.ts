/**
 * What the proposals add up to: the relations a title or an owner states ("Afghan Foreign Minister
 * X" speaks for Afghanistan, "the Russian foreign ministry" is part of Russia), a stored official's
 * words proposed for whom the graph says they speak for, and each proposal and relation once.
 */
import { INTERGOVERNMENTAL, STATE_BY_WORD } from './lexicon';
import type { Mention } from './mentions';
import { NO_LONGER, ownerOfPost } from './posts';
import type { KnownActor, Proposal, ProposedActor, ProposedRelation } from './types';

/**
 * After a name: a membership, then of what ("…, a member of the ruling X"). Not a trade ("an analyst
 * at the X"): the labelled reports leave a scholar's or an analyst's institution out.
 */
const MEMBER_OF = /^,\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?member\s+of\s+(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}$/i;

/** A body's name, then one of its organs. */
const ORGAN_OF_BODY =
  /^(.+?)\s+(?:Commission|Council|Secretariat|Parliament|Assembly|Court|Delegation|Mission|Presidency)$/;
/** A bloc's office, in a place or not (state-bodies.ts postsOfBodies). */
const OFFICE_OF_BODY = /^(.+?)\s+(?:delegation|office|representation)(?:\s+(?:in|to)\s+.+)?$/;
/** An organ, then "of" and its body's name (state-bodies.ts organsOfBodies). */
const ORGAN_BEFORE_BODY =
  /^(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,3}(?:Commission|Council|Secretariat|Assembly|Parliament|Committee|Board|Court|Delegation|Mission|Office|Presidency)\s+of\s+(?:the\s+)?(.+)$/u;

/** "Afghan Foreign Minister X" speaks for Afghanistan; "the Russian foreign ministry" is part of Russia. */
export function roleRelations(
  text: string,
  mentions: Mention[],
  known: KnownActor[],
  /** The state an official serves when the report leaves it unsaid ("Defence Minister X" of the acting state). */
  unsaidState: (m: Mention) => string | null = () => null,
): ProposedRelation[] {
  const out: ProposedRelation[] = [];
  const stateActor = (name: string): ProposedActor => {
    const k = known.find((a) => a.name === name || a.aliases.includes(name));
    return k ? { id: k.id, name: k.name, kind: k.kind } : { id: null, name, kind: 'state' };
  };
  const relate = (
    type: ProposedRelation['type'],
    from: ProposedActor,
    to: ProposedActor,
    start: number,
    end: number,
    confidence: number,
  ) => out.push({ type, from, to, quote: text.slice(start, end), start, end, confidence });
  for (const m of mentions) {
    // "The African Union Commission", "the EU Council": an organ of the body its name begins with.
    const suffixed = ORGAN_OF_BODY.exec(m.actor.name);
    const prefixed = ORGAN_BEFORE_BODY.exec(m.actor.name);
    const organ = prefixed ?? suffixed ?? OFFICE_OF_BODY.exec(m.actor.name);
    const stored = organ && known.find((k) => k.name === organ[1] || k.aliases.includes(organ[1]));
    if (
      organ &&
      m.actor.kind !== 'person' &&
      (INTERGOVERNMENTAL.has(organ[1]) ||
        (prefixed && (stored?.kind === 'intergovernmental' || stored?.kind === 'organisation')))
    ) {
      const body: ProposedActor = stored
        ? { id: stored.id, name: stored.name, kind: stored.kind }
        : { id: null, name: organ[1], kind: 'intergovernmental' };
      relate('PART_OF', m.actor, body, m.start, m.end, 0.7);
      continue;
    }
    // "The Taliban's spokesman X", "NATO's secretary-general, X": X speaks for the owner of the post.
    const owner = m.actor.kind === 'person' && !(m.of && m.title) ? ownerOfPost(text, mentions, m) : null;
    if (owner) {
      const to = owner.actor.id === null && owner.actor.kind === 'state' ? stateActor(owner.actor.name) : owner.actor;
      const stored = to.kind === 'state' ? storedGovernment(m, known, to.name) : null;
      relate('SPEAKS_FOR', m.actor, stored ?? to, owner.start, owner.end, 0.7);
      continue;
    }
    // "Human Rights Watch's Fereshta Abbasi", "the AU's Peace and Security Council", "Sweden's National
    // Assembly": a person or an organ of the body (or the state's organ) whose possessive stands before.
    const possessor = possessiveOwner(text, mentions, m);
    if (possessor) {
      relate('PART_OF', m.actor, possessor.actor, possessor.start, m.end, 0.6);
      continue;
    }
    // "Aminata Diallo of the Movement for Change", "Y, a member of the X": a member of the body.
    const body =
      m.actor.kind === 'person'
        ? mentions.find(
            (o) =>
              o.start > m.end &&
              o.start - m.end <= 90 &&
              (/^\s+of\s+(?:the\s+)?$/.test(text.slice(m.end, o.start)) ||
                (MEMBER_OF.test(text.slice(m.end, o.start)) && !NO_LONGER.test(text.slice(m.end, o.start)))),
          )
        : undefined;
    if (body && body.actor.kind !== 'person' && body.actor.kind !== 'state') {
      relate('PART_OF', m.actor, body.actor, m.start, body.end, 0.6);
      continue;
    }
    // A state left unsaid is no match for whom the graph already has the official speak for.
    const served = m.actor.kind === 'person' && !m.of && storedSpeaksFor(m, known).length === 0 ? unsaidState(m) : null;
    if (served) {
      relate(
        'SPEAKS_FOR',
        m.actor,
        stateActor(served),
        m.title ? text.lastIndexOf(m.title, m.start) : m.start,
        m.end,
        0.5,
      );
      continue;
    }
    if (!m.of) continue;
    if (m.actor.kind === 'person' && m.title) {
      // The word before the title too: "Afghan Foreign Minister X".
      const from = Math.max(0, text.slice(0, text.lastIndexOf(m.title, m.start)).search(/\S+\s*$/));
      relate('SPEAKS_FOR', m.actor, storedGovernment(m, known, m.of) ?? stateActor(m.of), from, m.end, 0.7);
    } else if (m.actor.kind === 'government-body' || m.actor.kind === 'government') {
      relate('PART_OF', m.actor, stateActor(m.of), m.start, m.end, 0.7);
    }
  }
  return out;
}

/** The body (or, for a government's organ, the state) whose possessive name stands just before `m`. */
function possessiveOwner(text: string, mentions: Mention[], m: Mention): Mention | null {
  const owner = mentions.find((o) => o.possessive && o.end < m.start && /^['’]s?\s+$/.test(text.slice(o.end, m.start)));
  if (!owner || owner.actor.kind === 'person') return null;
  if (owner.actor.kind === 'state') return m.actor.kind === 'government-body' && !m.of ? owner : null;
  return m.actor.kind === 'person' || owner.actor.kind === 'intergovernmental' ? owner : null;
}

/** The ids the graph has a stored actor speaking for. */
function storedSpeaksFor(m: Mention, known: KnownActor[]): string[] {
  return (m.actor.id && known.find((k) => k.id === m.actor.id)?.speaksFor) || [];
}

/**
 * "Afghan Foreign Minister X", where the graph has X speaking for the Taliban government: the
 * government the title's state word stands for, stored, rather than the state a government
 * contests or shares.
 */
function storedGovernment(m: Mention, known: KnownActor[], state: string): ProposedActor | null {
  const stored = storedSpeaksFor(m, known);
  if (!stored.length || known.some((k) => stored.includes(k.id) && (k.name === state || k.aliases.includes(state))))
    return null;
  const governments = known.filter((k) => stored.includes(k.id) && k.kind === 'government');
  return governments.length === 1 ? { id: governments[0].id, name: governments[0].name, kind: 'government' } : null;
}

/**
 * "Kabul welcomed the move", "Afghanistan thanked Moscow", where the act's target is a stored
 * government of that state (the Taliban government, "Islamic Emirate of Afghanistan"): the state
 * named speaks through the government the act is about, stored as an actor of its own or not. Only
 * the state itself is read so: its officials and bodies ("Afghanistan's UN envoy", an embassy a rival
 * government still runs) keep whom their own words name.
 */
function forTargetGovernment(proposals: Proposal[], known: KnownActor[], targetNames: string[]): Proposal[] {
  const targets = new Set(targetNames.map((t) => t.toLowerCase()));
  const government = known.find(
    (k) => k.kind === 'government' && [k.name, ...k.aliases].some((n) => targets.has(n.toLowerCase())),
  );
  if (!government) return proposals;
  const states = new Set<string>();
  for (const name of [government.name, ...government.aliases]) {
    // "Islamic Emirate of Afghanistan", "Afghan government", "government in Kabul".
    const word =
      /\b(?:of|in)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*)$/u.exec(name)?.[1] ?? name.split(/\s+/)[0];
    const state = STATE_BY_WORD.get(word);
    if (state) states.add(state);
  }
  if (states.size !== 1) return proposals;
  const actor: ProposedActor = { id: government.id, name: government.name, kind: government.kind };
  // "Afghanistan's caretaker government", unstored, is that government too.
  const [state] = states;
  const isTheState = (p: Proposal) =>
    (p.actor.kind === 'state' && p.actor.name === state) ||
    // "the Afghan caretaker government": named by its people's word too.
    (p.actor.kind === 'government' &&
      p.actor.id === null &&
      (p.actor.name.startsWith(`${state} `) || STATE_BY_WORD.get(p.actor.name.split(' ')[0]) === state));
  return proposals.map((p) => (isTheState(p) ? { ...p, actor } : p));
}

/**
 * "Selvane's government will cut …", "the government of Brannoch designated …": an unstored government
 * of the acting state, supporting its own act, is that state, as reports and their readers name who acted.
 */
function forActingState(proposals: Proposal[], acting: string[], mentions: { actor: ProposedActor }[]): Proposal[] {
  return proposals.map((p) => {
    // "Norway government", "Norwegian government".
    const state = acting.find(
      (n) => p.actor.name === `${n} government` || STATE_BY_WORD.get(p.actor.name.replace(/ government$/, '')) === n,
    );
    if (!state || p.actor.id !== null || p.actor.kind !== 'government' || p.stance !== 'support') return p;
    const actor = mentions.find((m) => m.actor.kind === 'state' && m.actor.name === state)?.actor;
    return { ...p, actor: actor ?? { id: null, name: state, kind: 'state' } };
  });
}

/** A stored official's words are proposed for those the graph says they speak for, too. */
function withRepresented(proposals: Proposal[], known: KnownActor[]): Proposal[] {
  const out = [...proposals];
  for (const p of proposals) {
    if (p.quoteKind !== 'reported' || !p.actor.id) continue;
    const speaker = known.find((k) => k.id === p.actor.id);
    for (const id of speaker?.speaksFor ?? []) {
      const represented = known.find((k) => k.id === id);
      if (!represented || out.some((o) => o.actor.id === id && o.stance !== null)) continue;
      out.push({
        ...p,
        actor: { id: represented.id, name: represented.name, kind: represented.kind },
        confidence: Math.round(p.confidence * 80) / 100,
        how: `speaks for: ${speaker!.name}`,
      });
    }
  }
  return out;
}

/**
 * The proposals as the graph and its readers name their actors: the acting state for its government,
 * the target's stored government for its state, one proposal per actor and span, and a stored
 * official's words for whom they speak for too.
 */
export function namedAsStored(
  proposals: Proposal[],
  known: KnownActor[],
  targetNames: string[],
  acting: string[],
  mentions: { actor: ProposedActor }[],
): Proposal[] {
  return withRepresented(
    dedupe(forTargetGovernment(forActingState(proposals, acting, mentions), known, targetNames)),
    known,
  );
}

function key(actor: ProposedActor): string {
  return actor.id ?? `name:${actor.name.toLowerCase()}`;
}

function dedupe(proposals: Proposal[]): Proposal[] {
  const best = new Map<string, Proposal>();
  for (const p of proposals) {
    const k = `${key(p.actor)}|${p.start}|${p.end}`;
    const had = best.get(k);
    if (!had || p.confidence > had.confidence) best.set(k, p);
  }
  return [...best.values()].sort((a, b) => a.start - b.start);
}

export function dedupeRelations(relations: ProposedRelation[]): ProposedRelation[] {
  const seen = new Set<string>();
  return relations.filter((r) => {
    const k = `${r.type}|${key(r.from)}|${key(r.to)}`;
    // An actor is no part of itself, stored or not ("the Taliban's government" and the stored Taliban government).
    if (seen.has(k) || key(r.from) === key(r.to) || r.from.name.toLowerCase() === r.to.name.toLowerCase()) return false;
    seen.add(k);
    return true;
  });
}
