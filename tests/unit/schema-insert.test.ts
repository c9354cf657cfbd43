import { describe, expect, it } from 'vitest';
import { cypherName, schemaInsertion } from '@/lib/client/query-page/schema-insert';

describe('what a click on the schema list inserts', () => {
  it('writes a label, a relationship type and a property key as they are used', () => {
    expect(schemaInsertion('label', 'Actor', 'MATCH (a')).toBe(':Actor');
    expect(schemaInsertion('type', 'TOOK_STANCE', 'MATCH (a)-')).toBe('[:TOOK_STANCE]');
    expect(schemaInsertion('key', 'name', 'RETURN a')).toBe('.name');
  });

  it('adds only the name where the text before already opened it', () => {
    expect(schemaInsertion('label', 'Actor', 'MATCH (a:')).toBe('Actor');
    expect(schemaInsertion('type', 'LEADS', 'MATCH (a)-[r:')).toBe('LEADS');
    expect(schemaInsertion('type', 'LEADS', 'MATCH (a)-[:PART_OF|')).toBe('LEADS');
    expect(schemaInsertion('type', 'LEADS', 'MATCH (a)-[r')).toBe(':LEADS');
    expect(schemaInsertion('type', 'LEADS', 'MATCH (a)-[')).toBe(':LEADS');
    expect(schemaInsertion('key', 'name', 'RETURN a.')).toBe('name');
  });

  it('backquotes names that are not plain identifiers', () => {
    expect(cypherName('Actor')).toBe('Actor');
    expect(cypherName('has space')).toBe('`has space`');
    expect(cypherName('odd`one')).toBe('`odd``one`');
    expect(schemaInsertion('label', '2nd', '(n')).toBe(':`2nd`');
  });
});
