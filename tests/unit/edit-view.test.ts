import { describe, expect, it } from 'vitest';
import {
  changedFields,
  entityHref,
  entityLinkText,
  parseAliases,
  shownValue,
  stanceParts,
} from '@/lib/client/edit-view';
import type { ChangedEntity } from '@/lib/types';

const LABELS = { name: 'Name', kind: 'Kind', aliases: 'Also known as', description: 'Description' };

describe('what another editor changed meanwhile', () => {
  const base = { name: 'Fawzia Koofi', kind: 'person', aliases: ['Koofi'], description: '', version: 3 };

  it('lists the fields whose stored value differs from the form’s, in the form’s order', () => {
    const current = { ...base, aliases: ['Koofi', 'Fawzia Kofi'], description: 'Former MP', version: 4 };
    expect(changedFields(base, current, LABELS)).toEqual([
      { field: 'aliases', label: 'Also known as', was: 'Koofi', now: 'Koofi, Fawzia Kofi' },
      { field: 'description', label: 'Description', was: '(none)', now: 'Former MP' },
    ]);
  });

  it('lists nothing when only the version moved, and every field of a record that is gone', () => {
    expect(changedFields(base, { ...base, version: 9 }, LABELS)).toEqual([]);
    expect(changedFields(base, null, LABELS).map((c) => c.now)).toEqual([
      '(deleted)',
      '(deleted)',
      '(deleted)',
      '(deleted)',
    ]);
  });

  it('says empty values and lists as people read them', () => {
    expect(shownValue(null)).toBe('(none)');
    expect(shownValue([])).toBe('(none)');
    expect(shownValue(['a', 'b'])).toBe('a, b');
    expect(shownValue(2)).toBe('2');
  });
});

describe('the aliases field', () => {
  it('takes one alias per line or comma-separated, without blanks or repeats', () => {
    expect(parseAliases('Koofi, Fawzia Kofi\n\n koofi \nKoofi Fawzia,')).toEqual([
      'Koofi',
      'Fawzia Kofi',
      'Koofi Fawzia',
    ]);
    expect(parseAliases('  ')).toEqual([]);
  });
});

describe('where a changed entity is seen in the explorer', () => {
  const entity = (
    type: ChangedEntity['type'],
    id: string,
    after: Record<string, unknown> | null = {},
  ): ChangedEntity => ({
    type,
    id,
    before: null,
    after,
  });

  it('splits a stance id into its actor and event', () => {
    expect(stanceParts('fawzia-koofi--russia-recognizes-taliban')).toEqual({
      actorId: 'fawzia-koofi',
      eventId: 'russia-recognizes-taliban',
    });
    expect(stanceParts('fawzia-koofi')).toBeNull();
    expect(stanceParts('--x')).toBeNull();
  });

  it('opens an actor’s or an event’s panel, and a stance on its event’s graph', () => {
    expect(entityHref(entity('actor', 'russia'))).toBe('/?select=russia');
    expect(entityHref(entity('event', 'e-1'))).toBe('/?event=e-1&select=e-1');
    expect(entityHref(entity('stance', 'russia--e-1'))).toBe('/?event=e-1&select=russia--e-1');
  });

  it('opens a retracted stance’s actor, a relation around its first actor, and no page for a bare source', () => {
    expect(entityHref({ type: 'stance', id: 'russia--e-1', before: { actorId: 'russia' }, after: null })).toBe(
      '/?select=russia',
    );
    expect(entityHref(entity('relation', 'rel-1', { from: 'putin', to: 'russia' }))).toBe(
      '/?actor=putin&depth=1&select=rel-1',
    );
    expect(entityHref(entity('source', 'src-1', { title: 'A report' }))).toBeNull();
  });

  it('names what a link opens by name or title, never by its id', () => {
    expect(entityLinkText(entity('actor', 'russia', { name: 'Russia' }))).toBe('Open the actor Russia');
    expect(entityLinkText({ type: 'actor', id: 'x-1', before: { name: 'Gone' }, after: null })).toBe(
      'Open the actor Gone',
    );
    expect(entityLinkText(entity('event', 'e-1', { title: 'A vote' }))).toBe('Open the event A vote');
    // A merge's stances, told apart by their ends.
    expect(entityLinkText(entity('stance', 'russia--e-1'))).toBe('Open the stance of russia on e-1');
    expect(entityLinkText(entity('stance', 'russia--e-2'))).toBe('Open the stance of russia on e-2');
    expect(entityLinkText({ type: 'stance', id: 'russia--e-1', before: { actorId: 'russia' }, after: null })).toBe(
      'Open russia, whose stance it was',
    );
    expect(entityLinkText(entity('relation', 'rel-1', { from: 'putin', type: 'LEADS', to: 'russia' }))).toBe(
      'Open the relation putin LEADS russia',
    );
  });
});
