import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, SLUG_PATTERN } from '@/lib/domain';
import { CompactKeyMap } from '@/lib/import/hashset';
import {
  GOT_QUOTE,
  MAYBE_IN_DB,
  SENT,
  STANCE_CODE,
  STANCE_CODE_MASK,
  classify,
  tallyStances,
} from '@/lib/import/stance-bits';
import {
  IMPORT_SCHEMA_STATEMENTS,
  SCHEMA_STATEMENTS,
  USER_SCHEMA_STATEMENTS,
  actorSearchText,
  newSourceId,
  relationId,
  secondSourceId,
  sourceKey,
  stanceId,
} from '@/lib/model';

describe('id rules', () => {
  it('names a stance by its actor and event, a relation by its ends and type', () => {
    expect(stanceId('fawzia-koofi', 'russia-recognizes-taliban')).toBe('fawzia-koofi--russia-recognizes-taliban');
    expect(relationId('a', 'HAS_PRESENCE_IN', 'b')).toBe('a--has-presence-in--b');
    // Every relation type gives its own id, in lower case.
    const ids = RELATION_TYPES.map((type) => relationId('x', type, 'y'));
    for (const id of ids) expect(id).toMatch(/^x--[a-z]+(-[a-z]+)*--y$/);
    expect(new Set(ids).size).toBe(RELATION_TYPES.length);
  });

  it('knows a source without an id by its address, else by its title and date', () => {
    expect(sourceKey('Any title', 'https://example.org/a', '2022').key).toBe('url:https://example.org/a');
    expect(sourceKey('Record', null, null).key).toBe('title:Record\u0000');
  });

  it('gives a new source a stable, readable slug that differs per key', () => {
    const a = sourceKey('UN voting record', 'https://example.org/a', null);
    const b = sourceKey('UN voting record', 'https://example.org/b', null);
    expect(newSourceId(a)).toBe(newSourceId({ ...a }));
    expect(newSourceId(a)).not.toBe(newSourceId(b));
    expect(newSourceId(a)).toMatch(SLUG_PATTERN);
    expect(newSourceId(sourceKey('!!!', null, null))).toMatch(/^source-[a-z0-9]{7}$/);
    // The fallback for a taken id is another slug, and another one per key.
    expect(secondSourceId(a)).toMatch(new RegExp(`^${newSourceId(a)}-[a-z0-9]+$`));
    expect(secondSourceId(a)).not.toBe(secondSourceId(b));
  });
});

describe('actorSearchText', () => {
  it('puts the name and every alias in one field', () => {
    expect(actorSearchText({ name: 'Fawzia Koofi', aliases: ['Koofi', 'Fawzia Kufi'] })).toBe(
      'Fawzia Koofi | Koofi | Fawzia Kufi',
    );
    expect(actorSearchText({ name: 'Chad', aliases: [] })).toBe('Chad');
    expect(actorSearchText({ name: 'Chad' })).toBe('Chad');
  });
});

describe('the schema statements', () => {
  it('can be applied to a database that has them already, each under its own name', () => {
    const statements = [...SCHEMA_STATEMENTS, ...IMPORT_SCHEMA_STATEMENTS, ...USER_SCHEMA_STATEMENTS];
    for (const statement of statements) expect(statement).toMatch(/ IF NOT EXISTS /);
    const names = statements.map((s) => s.match(/^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+)/)?.[1]);
    expect(names).not.toContain(undefined);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('stance bits', () => {
  it('keep the stance code, the classification and the flags apart', () => {
    for (const code of Object.values(STANCE_CODE)) expect(code & ~STANCE_CODE_MASK).toBe(0);
    const values = [STANCE_CODE_MASK, 3 << 2, MAYBE_IN_DB, SENT, GOT_QUOTE];
    values.forEach((a, i) => values.slice(i + 1).forEach((b) => expect(a & b).toBe(0)));
  });

  it('classify keeps the code and flags; a later batch (old undefined) leaves the classification', () => {
    const code = STANCE_CODE.condemnation;
    const value = classify(code | MAYBE_IN_DB | SENT, 'condemnation', 'support', false);
    expect(value & STANCE_CODE_MASK).toBe(code);
    expect(value & (MAYBE_IN_DB | SENT)).toBe(MAYBE_IN_DB | SENT);
    expect(classify(value, 'condemnation', undefined, true)).toBe(value | GOT_QUOTE);
  });

  it('tally: new, changed, unchanged; an unchanged stance that gained a quote is updated; untouched ones are not counted', () => {
    const stances = new CompactKeyMap(16);
    const add = (id: string, value: number) => stances.setValue(stances.add(id, 2).slot, value);
    const s = STANCE_CODE.support;
    add('new', classify(s, 'support', null, true));
    add('changed', classify(s, 'support', 'caution', false));
    add('same', classify(s, 'support', 'support', false));
    add('same-more-quotes', classify(s, 'support', 'support', true));
    add('not-written', s);
    const counts = { new: -1, updated: -1, unchanged: -1 };
    tallyStances(stances, counts);
    expect(counts).toEqual({ new: 1, updated: 2, unchanged: 1 });
  });
});
