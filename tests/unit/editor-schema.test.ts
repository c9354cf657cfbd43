import { describe, expect, it } from 'vitest';
import { ALLOWED_PROCEDURES } from '@/lib/query/guard';
import { CONSOLE_PROCEDURES, editorSchema, vocabularyOf } from '@/lib/client/query-page/editor-schema';

describe('the Cypher editor’s schema', () => {
  it('offers exactly the procedures the console lets through', () => {
    expect(CONSOLE_PROCEDURES.map((p) => p.name.toLowerCase()).sort()).toEqual([...ALLOWED_PROCEDURES].sort());
  });

  it('reads the names of GET /api/schema', () => {
    expect(
      vocabularyOf({
        labels: [{ name: 'Actor', count: 15 }],
        relationshipTypes: [{ name: 'TOOK_STANCE', count: 14 }],
        propertyKeys: [{ name: 'name', count: null }],
        readAt: '2026-01-01T00:00:00.000Z',
      }),
    ).toEqual({ labels: ['Actor'], relationshipTypes: ['TOOK_STANCE'], propertyKeys: ['name'] });
  });

  it('offers labels and types as the editor completes them, and the parameters being set', () => {
    const schema = editorSchema(
      { labels: ['Actor', 'Event'], relationshipTypes: ['TOOK_STANCE'], propertyKeys: ['name'] },
      ['event'],
    );
    expect(schema.labels).toEqual([':Actor', ':Event']);
    expect(schema.relationshipTypes).toEqual([':TOOK_STANCE']);
    expect(schema.propertyKeys).toEqual(['name']);
    expect(schema.parameters).toEqual(['event']);
  });
});
