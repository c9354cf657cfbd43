/**
 * "the National Liberation Front (NLF)": the acronym in parentheses names the same actor wherever the
 * text writes it.
 */
import type { Mention } from './mentions';
import type { ProposedActor } from './types';

export function acronymsNamedAgain(
  text: string,
  /** The mentions found so far; the acronym in parentheses leaves them. */
  found: { mentions: Mention[] },
  claim: (m: Mention) => boolean,
  mention: (start: number, end: number, actor: ProposedActor) => Mention,
): void {
  for (const m of [...found.mentions]) {
    const acronym = /^\s*\(([A-Z][A-Za-z]{1,7})\)/.exec(text.slice(m.end, m.end + 12));
    if (!acronym || m.actor.kind === 'person') continue;
    const inParentheses = m.end + acronym[0].indexOf(acronym[1]);
    found.mentions = found.mentions.filter((o) => o.start !== inParentheses);
    for (const x of text.matchAll(new RegExp(`(?<![\\w-])${acronym[1]}(?![\\w-])`, 'g'))) {
      if (x.index === inParentheses) continue;
      const had = found.mentions.find((o) => o.start === x.index && o.end === x.index + acronym[1].length);
      if (had && had.actor.id === null) had.actor = m.actor;
      else if (!had) claim(mention(x.index, x.index + acronym[1].length, m.actor));
    }
  }
}
