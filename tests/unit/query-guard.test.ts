import { describe, expect, it } from 'vitest';
import { RefusedQueryError, assertConsoleSafe, stripLiterals } from '@/lib/query/guard';
import { adjustSyntaxMessage } from '@/lib/query/console';

describe('stripLiterals', () => {
  it('blanks strings, quoted names and comments, keeping the code', () => {
    const stripped = stripLiterals("MATCH (n {name: 'CREATE; x'}) // DELETE\nRETURN n /* SET */");
    expect(stripped.replace(/[ ]+/g, ' ').trim()).toBe("MATCH (n {name: ''}) \nRETURN n");
    expect(stripped.split('\n')).toHaveLength(2); // line numbers survive
    expect(stripLiterals('RETURN "it\\"s" AS `we``ird`')).toBe('RETURN "" AS quoted_name');
  });
});

describe('assertConsoleSafe', () => {
  it.each([
    'MATCH (a:Actor) RETURN a',
    "MATCH (a:Actor) WHERE a.name = 'CREATE (:X); DELETE' RETURN a",
    'MATCH (a:Actor) RETURN a.created, a.set AS `SET`',
    'MATCH (a:Actor) RETURN a;',
    'CALL db.labels()',
    "CALL db.index.fulltext.queryNodes('actor_search', 'koofi') YIELD node RETURN node",
    'MATCH (a:Actor) CALL (a) { MATCH (a)--(b) RETURN count(b) AS n } RETURN a, n',
    'MATCH (a:Actor) WHERE a.name STARTS WITH $setting RETURN a',
  ])('lets a read through: %s', (cypher) => {
    expect(() => assertConsoleSafe(cypher)).not.toThrow();
  });

  it.each([
    ['CREATE (:X)', 'CREATE writes to the graph'],
    ['MATCH (n) DETACH DELETE n', 'DELETE writes to the graph'],
    ['MATCH (n) RETURN n; MATCH (m) RETURN m', 'Only one statement at a time'],
    ["LOAD CSV FROM 'file:///x' AS r RETURN r", 'LOAD CSV is not allowed'],
    ['CALL { RETURN 1 AS x } IN TRANSACTIONS RETURN x', 'IN TRANSACTIONS is not allowed'],
    ['USE system MATCH (n) RETURN n', 'USE is not allowed'],
    ['SHOW TRANSACTIONS', 'Administration commands'],
    ["TERMINATE TRANSACTIONS 'x'", 'Administration commands'],
    ['DROP INDEX actor_kind', 'Schema and administration commands'],
    ['CALL dbms.components()', 'The procedure dbms.components is not allowed'],
    ['CALL `db`.labels()', 'The procedure quoted_name.labels is not allowed'],
    ['RETURN "unclosed', 'never closed'],
    ['   ', 'The query is empty'],
  ])('refuses %s', (cypher, reason) => {
    expect(() => assertConsoleSafe(cypher)).toThrow(RefusedQueryError);
    expect(() => assertConsoleSafe(cypher)).toThrow(reason);
  });
});

describe('adjustSyntaxMessage', () => {
  it('reports positions as the person wrote the query, without the pre-flight prefix', () => {
    expect(adjustSyntaxMessage('Invalid input (line 2, column 16 (offset: 23))\n"MATCH (a:Actor RETURN a"')).toBe(
      'Invalid input (line 1, column 16 (offset: 15))\n"MATCH (a:Actor RETURN a"',
    );
  });
});
