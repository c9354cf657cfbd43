import { describe, expect, it } from 'vitest';
import { ALLOWED_PROCEDURES } from '@/lib/query/guard';
import { CONSOLE_PROCEDURES, editorSchema, vocabularyOf } from '@/lib/client/query-page/editor-schema';

describe('the Cypher editor’s schema', () => {
  it('offers exactly the procedures the console lets through', () => {
    expect(CONSOLE_PROCEDURES.map((p) => p.name.toLowerCase()).sort()).toEqual([...ALLOWED_PROCEDURES].sort());
  });

  it('reads labels, relationship types and property keys from the vocabulary query’s rows', () => {
    const vocabulary = vocabularyOf({
      rows: [
        { kind: 'label', name: 'Event' },
        { kind: 'label', name: 'Actor' },
        { kind: 'type', name: 'TOOK_STANCE' },
        { kind: 'key', name: 'name' },
        { kind: 'key', name: 'name' },
        { kind: 'other', name: 'ignored' },
      ],
    });
    expect(vocabulary).toEqual({
      labels: ['Actor', 'Event'],
      relationshipTypes: ['TOOK_STANCE'],
      propertyKeys: ['name'],
    });
    const schema = editorSchema(vocabulary, ['event']);
    expect(schema.labels).toEqual([':Actor', ':Event']);
    expect(schema.relationshipTypes).toEqual([':TOOK_STANCE']);
    expect(schema.parameters).toEqual(['event']);
  });
});
