/**
 * How a CSV cell finds the stored actor or event it names (lib/import/names.ts): by id, then by name,
 * title or alias compared with nameKey; ambiguity refused; otherwise a new entity with the cell's id.
 */
import { describe, expect, it } from 'vitest';
import { StoredNames, cellResolver } from '@/lib/import/names';
import type { CsvRow } from '@/lib/import/reader';
import { checkCsvRow } from '@/lib/import/validate';
import { nameKey } from '@/lib/model';

describe('nameKey', () => {
  it.each([
    ['Russia recognizes the Taliban government', 'russia recognizes the taliban government'],
    ['  RUSSIA   recognizes\tthe Taliban\u00a0government ', 'russia recognizes the taliban government'],
    // Composed and decomposed é are the same letter.
    ['Zoe\u0301 Ångström', 'zoé ångström'],
  ])('%j -> %j', (text, key) => expect(nameKey(text)).toBe(key));

  it('keeps punctuation and letters apart: only case and white space are forgiven', () => {
    expect(nameKey('Taliban-led government')).not.toBe(nameKey('Taliban led government'));
    expect(nameKey('UN')).not.toBe(nameKey('U.N.'));
  });
});

function stored() {
  const actor = new StoredNames();
  actor.add('taliban-government', ['Taliban government', 'Islamic Emirate of Afghanistan', 'Taliban']);
  actor.add('russia', ['Russia', 'Russian Federation', 'Moscow']);
  actor.add('china', ['China', "People's Republic of China", 'PRC']);
  actor.add('islamic-emirate', ['Islamic Emirate', 'Islamic Emirate of Afghanistan']);
  actor.add('rossiya', ['Россия']);
  const event = new StoredNames();
  event.add('russia-recognizes-taliban', ['Russia recognizes the Taliban government']);
  event.add('summit-a', ['The summit']);
  event.add('summit-b', ['The Summit']);
  return cellResolver({ actor, event });
}

describe('StoredNames: what a cell names', () => {
  const resolve = stored();

  it.each([
    // By id, as a slug cell or a name whose slug it is; a stored name is never replaced by the cell's.
    ['actor', 'russia', 'russia'],
    ['actor', 'RUSSIA', 'russia'],
    ['event', 'russia-recognizes-taliban', 'russia-recognizes-taliban'],
    // By name or title in any case and spacing, and by any alias.
    ['event', '  russia RECOGNIZES the taliban  government', 'russia-recognizes-taliban'],
    ['actor', 'taliban', 'taliban-government'],
    ['actor', 'Russian  federation', 'russia'],
    ['actor', 'prc', 'china'],
    // A name without a single Latin letter or digit has no slug, but is found by its name.
    ['actor', 'россия', 'rossiya'],
  ] as const)('%s %j -> stored %j', (entity, cell, id) => {
    expect(resolve(cell, entity)).toEqual({ id, name: null });
  });

  it('a cell no stored entity has is a new one, with the id and name it always had', () => {
    expect(resolve('France', 'actor')).toEqual({ id: 'france', name: 'France' });
    expect(resolve('UN Resolution ES-11/1', 'event')).toEqual({
      id: 'un-resolution-es-11-1',
      name: 'UN Resolution ES-11/1',
    });
    // An actor's name does not find an event, nor the reverse.
    expect(resolve('Russia', 'event')).toEqual({ id: 'russia', name: 'Russia' });
  });

  it('cells that differ only in case and spacing name one new entity', () => {
    const ids = ['New  Actor', 'new actor', ' NEW ACTOR', 'new-actor'].map((cell) => resolve(cell, 'actor'));
    expect(new Set(ids.map((m) => ('id' in m ? m.id : null)))).toEqual(new Set(['new-actor']));
  });

  it('a name two stored entities share is ambiguous, and names both', () => {
    expect(resolve('islamic emirate of afghanistan', 'actor')).toEqual({
      ambiguous: ['islamic-emirate', 'taliban-government'],
    });
    expect(resolve('THE SUMMIT', 'event')).toEqual({ ambiguous: ['summit-a', 'summit-b'] });
    // One entity giving the same name twice (a name repeated as an alias) is not two.
    const actor = new StoredNames();
    actor.add('russia', ['Russia', 'russia', 'RUSSIA']);
    expect(actor.match('Russia ')).toEqual({ id: 'russia', name: null });
  });

  it('checkCsvRow refuses an ambiguous cell, naming the stored entities, and takes a matched one', () => {
    const row: CsvRow = {
      actor: 'Islamic Emirate of Afghanistan',
      actor_kind: 'government',
      event: 'the summit',
      event_date: '2025',
      stance: 'support',
      stated_on: '',
      quote: 'q',
      quote_kind: '',
      source_title: 'S',
      source_url: '',
      source_date: '',
    };
    expect(checkCsvRow(row, resolve).problems).toEqual([
      'actor "Islamic Emirate of Afghanistan" is the name or an alias of 2 stored actors, "islamic-emirate" and "taliban-government": give the id of the one meant',
      'event "the summit" is the title of 2 stored events, "summit-a" and "summit-b": give the id of the one meant',
    ]);
    const found = checkCsvRow({ ...row, actor: 'Taliban', event: 'Russia Recognizes The Taliban Government' }, resolve);
    expect(found.problems).toEqual([]);
    expect(found.row).toMatchObject({
      actorId: 'taliban-government',
      actorName: null,
      eventId: 'russia-recognizes-taliban',
      eventTitle: null,
    });
  });
});
