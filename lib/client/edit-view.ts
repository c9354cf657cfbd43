/**
 * Pure helpers of the editors' forms and history: what another editor changed meanwhile (a 409's
 * current state against what the form was opened with), where a changed entity is seen in the
 * explorer, and the aliases field.
 */
import type { ChangedEntity } from '@/lib/types';
import { DEFAULT_STATE, hrefFor } from './url/url-state';

export interface FieldChange {
  field: string;
  label: string;
  /** As the form had it when it was opened. */
  was: string;
  /** As it is stored now. */
  now: string;
}

/** A stored value as one line for people: lists joined, nothing said as such. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(none)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(String).join(', ');
  return String(value);
}

/**
 * The fields (of `labels`, in its order) whose stored value differs from the one the form started
 * from: what the other editor changed. A record that is gone (null) changed every field.
 */
export function changedFields(
  base: Record<string, unknown>,
  current: Record<string, unknown> | null,
  labels: Record<string, string>,
): FieldChange[] {
  return Object.entries(labels).flatMap(([field, label]) => {
    const was = shownValue(base[field]);
    const now = current === null ? '(deleted)' : shownValue(current[field]);
    return was === now ? [] : [{ field, label, was, now }];
  });
}

/** Aliases as typed: one per line or comma-separated; blanks and repeats dropped (case-insensitively). */
export function parseAliases(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,\n]/)
    .map((alias) => alias.trim())
    .filter((alias) => {
      const key = alias.toLowerCase();
      if (!alias || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A stance's id is `<actorId>--<eventId>`; slugs hold no double hyphen, so the first one splits it. */
export function stanceParts(id: string): { actorId: string; eventId: string } | null {
  const at = id.indexOf('--');
  if (at <= 0 || at + 2 >= id.length) return null;
  return { actorId: id.slice(0, at), eventId: id.slice(at + 2) };
}

function field(entity: ChangedEntity, name: string): string | null {
  const value = entity.after?.[name] ?? entity.before?.[name];
  return typeof value === 'string' && value ? value : null;
}

/**
 * Where the explorer shows a changed entity: an actor's or event's panel, a stance on its event's
 * graph (a retracted one: its actor's panel), a relation around its first actor. A source has no panel of its own: its event's, when the
 * change names it. Null when there is nowhere to go.
 */
export function entityHref(entity: ChangedEntity): string | null {
  switch (entity.type) {
    case 'actor':
      return hrefFor({ ...DEFAULT_STATE, select: entity.id });
    case 'event':
      return hrefFor({ ...DEFAULT_STATE, event: entity.id, select: entity.id });
    case 'stance': {
      const parts = stanceParts(entity.id);
      const actorId = field(entity, 'actorId') ?? parts?.actorId ?? null;
      // A retracted stance is drawn nowhere; its actor's panel is where it was.
      if (entity.after === null) return actorId ? hrefFor({ ...DEFAULT_STATE, select: actorId }) : null;
      const eventId = field(entity, 'eventId') ?? parts?.eventId ?? null;
      return eventId ? hrefFor({ ...DEFAULT_STATE, event: eventId, select: entity.id }) : null;
    }
    case 'relation': {
      const from = field(entity, 'from');
      return from ? hrefFor({ ...DEFAULT_STATE, actor: from, select: entity.id }) : null;
    }
    case 'source': {
      const eventId = field(entity, 'event') ?? field(entity, 'eventId');
      return eventId ? hrefFor({ ...DEFAULT_STATE, event: eventId, select: eventId }) : null;
    }
  }
}

/**
 * A link's words for where entityHref goes: an actor or event by its name; a stance or relation by
 * its ends (their ids: its history entry does not hold their names), so that the links of one change
 * (a merge touches many stances) are told apart.
 */
export function entityLinkText(entity: ChangedEntity): string {
  switch (entity.type) {
    case 'actor':
      return `Open the actor ${field(entity, 'name') ?? entity.id}`;
    case 'event':
      return `Open the event ${field(entity, 'title') ?? entity.id}`;
    case 'stance': {
      const actor = field(entity, 'actorId') ?? stanceParts(entity.id)?.actorId ?? entity.id;
      const event = field(entity, 'eventId') ?? stanceParts(entity.id)?.eventId ?? '';
      return entity.after === null ? `Open ${actor}, whose stance it was` : `Open the stance of ${actor} on ${event}`;
    }
    case 'relation':
      return `Open the relation ${field(entity, 'from') ?? ''} ${field(entity, 'type') ?? ''} ${field(entity, 'to') ?? ''}`
        .replace(/\s+/g, ' ')
        .trim();
    case 'source':
      return `Open the event ${field(entity, 'title') ?? 'it'} is about`;
  }
}
