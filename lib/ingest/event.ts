/**
 * What "the event" is, for the extractor: who acted, the act, its target, and the words a report
 * uses for it. Built from an event's stored title ("Russia recognizes the Taliban government": the
 * first stored actor named, the verb after it, the stored actor after that), its description and the
 * actors the graph knows; the fixtures of the evaluation give theirs whole.
 */
import type { EventDescription, KnownActor } from './types';

/** A word stem that the act's verb and noun share: "recognizes", "recognition" -> "recogn". */
export function actStem(word: string): string {
  // "trade ban": the head of a noun phrase is its last word; a verb comes alone. What a preposition or
  // a participle adds after the head says what the act was done to ("annulment of an election",
  // "withdrawal from a customs union", "ruling voiding a lease").
  const words = word
    .toLowerCase()
    // "sanctions (asset freeze)": what the brackets add qualifies the head before them.
    .replace(/\s*\([^)]*\)?/g, '')
    .trim()
    .split(/\s+(?:of|from|to|on|against|with|for|in|\w+ing(?=\s+(?:a|an|the|its|their)\s))\s/)[0]
    .split(/\s+/);
  const lower = words[words.length - 1];
  const stripped = lower.replace(
    /(?:ations?|itions?|tions?|sions?|ments?|als?|izes?|ized|izing|ises?|ised|ising|es|ed|ing|s)$/,
    '',
  );
  const stem = stripped.replace(/[ei]$/, '');
  return stem.length >= 5 ? stem : lower.replace(/s$/, '');
}

/** Past forms a stem's suffixes do not make ("leave" -> "left"): the acts reports most often name. */
const IRREGULAR: Record<string, string[]> = {
  leave: ['left'],
  withdraw: ['withdrew', 'withdrawn'],
  quit: ['quit'],
  break: ['broke', 'broken'],
  sell: ['sold'],
  freez: ['froze', 'frozen'],
  cut: ['cut'],
  send: ['sent'],
  strik: ['struck'],
  hold: ['held'],
  win: ['won'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  shut: ['shut'],
  bring: ['brought'],
  buy: ['bought'],
  lose: ['lost'],
  choose: ['chose', 'chosen'],
  tear: ['tore', 'torn'],
  set: ['set'],
  put: ['put'],
};

/** The act's irregular past forms, if any ("left" for "leave"). */
export function irregularForms(act: string): string[] {
  return IRREGULAR[act] ?? [];
}

function findKnown(text: string, known: KnownActor[]): { actor: KnownActor; index: number; length: number } | null {
  let best: { actor: KnownActor; index: number; length: number } | null = null;
  for (const actor of known) {
    for (const form of [actor.name, ...actor.aliases]) {
      const index = text.toLowerCase().indexOf(form.toLowerCase());
      if (index < 0 || form.length < 2) continue;
      if (!best || index < best.index || (index === best.index && form.length > best.length))
        best = { actor, index, length: form.length };
    }
  }
  return best;
}

export function describeEvent(event: { title: string; description?: string }, known: KnownActor[]): EventDescription {
  const title = event.title;
  const actor = findKnown(title, known);
  let act: string | null = null;
  let target: string | null = null;
  const targetAliases: string[] = [];
  let actorName = actor?.actor.name ?? null;
  if (actor) {
    // "Norway, Ireland and Spain recognise …": the acting side is every stored actor of the list.
    let end = actor.index + actor.length;
    const listed = [actor.actor];
    for (;;) {
      const joint = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)/.exec(title.slice(end));
      const next = joint && findKnown(title.slice(end + joint[0].length), known);
      if (!joint || !next || next.index !== 0) break;
      listed.push(next.actor);
      end += joint[0].length + next.length;
    }
    if (listed.length > 1)
      actorName = listed
        .map((a) => a.name)
        .join(', ')
        .replace(/, ([^,]+)$/, ' and $1');
    const rest = title.slice(end).trim();
    const verb = /^([a-z][\w-]*)/i.exec(rest)?.[1];
    if (verb) act = actStem(verb);
    const after = rest.slice(verb?.length ?? 0);
    const object = findKnown(
      after,
      known.filter((k) => !listed.includes(k)),
    );
    if (object) {
      target = object.actor.name;
      targetAliases.push(...object.actor.aliases);
    } else if (after.trim()) target = after.replace(/^\s*(the|a|an)\s+/i, '').trim();
  }
  return {
    title,
    actor: actorName,
    act,
    target,
    aliases: [],
    targetNames: target ? [target, ...targetAliases] : [],
  };
}
