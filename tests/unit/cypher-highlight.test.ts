import { describe, expect, it } from 'vitest';
import { offsetOf, tokenizeCypher, type Token, type TokenType } from '@/lib/client/cypher-highlight';

const typed = (tokens: Token[], type: TokenType) => tokens.filter((t) => t.type === type).map((t) => t.text);

describe('tokenizeCypher', () => {
  const query = [
    '// who spoke for whom',
    "MATCH p = (a:Actor {kind: 'person'})-[:SPEAKS_FOR|PART_OF*1..3]->(top:Actor)",
    'WHERE a.id = $actor AND size(nodes(p)) > 2.5e0 /* a note */',
    'RETURN p, count(*) AS chains LIMIT 10',
  ].join('\n');
  const tokens = tokenizeCypher(query);

  it('gives back the text exactly, so the overlay lines up with the textarea', () => {
    expect(tokens.map((t) => t.text).join('')).toBe(query);
  });

  it('finds keywords in any case, but not property names or labels that spell one', () => {
    expect(typed(tokens, 'keyword')).toEqual(['MATCH', 'WHERE', 'AND', 'RETURN', 'AS', 'LIMIT']);
    const lower = tokenizeCypher('match (n:Match) return n.end');
    expect(typed(lower, 'keyword')).toEqual(['match', 'return']);
    expect(typed(lower, 'label')).toEqual(['Match']);
    expect(typed(lower, 'identifier')).toEqual(['n', 'n', 'end']);
  });

  it('marks strings, comments, numbers, parameters, labels and functions', () => {
    expect(typed(tokens, 'string')).toEqual(["'person'"]);
    expect(typed(tokens, 'comment')).toEqual(['// who spoke for whom', '/* a note */']);
    expect(typed(tokens, 'number')).toEqual(['1', '3', '2.5e0', '10']);
    expect(typed(tokens, 'param')).toEqual(['$actor']);
    expect(typed(tokens, 'label')).toEqual(['Actor', 'SPEAKS_FOR', 'PART_OF', 'Actor']);
    expect(typed(tokens, 'function')).toEqual(['size', 'nodes', 'count']);
  });

  it('keeps a keyword inside a string or comment out of the keywords', () => {
    const t = tokenizeCypher("RETURN 'CREATE (n)' AS s // DELETE n");
    expect(typed(t, 'keyword')).toEqual(['RETURN', 'AS']);
    expect(typed(t, 'string')).toEqual(["'CREATE (n)'"]);
  });

  it('handles escapes, backticks and text still being typed without throwing', () => {
    expect(typed(tokenizeCypher('RETURN "say \\"hi\\"" AS `the ``quote```'), 'string')).toEqual(['"say \\"hi\\""']);
    expect(typed(tokenizeCypher('RETURN 1 AS `the ``quote```'), 'identifier')).toEqual(['`the ``quote```']);
    for (const partial of ["RETURN 'unfinished", 'RETURN 1 /* open', 'MATCH (a:`Act', 'RETURN $', '']) {
      expect(tokenizeCypher(partial).map((t) => t.text).join('')).toBe(partial);
    }
    expect(typed(tokenizeCypher("RETURN 'unfinished\nMATCH"), 'string')).toEqual(["'unfinished\nMATCH"]);
  });
});

describe('offsetOf', () => {
  it('turns the line and column of a syntax error into a caret position', () => {
    const text = 'MATCH (a:Actor)\nWHERE a.name =\nRETURN a';
    expect(offsetOf(text, 3, 8)).toBe(38);
    expect(text[offsetOf(text, 3, 8)]).toBe('a');
    expect(offsetOf(text, 1, 1)).toBe(0);
    expect(offsetOf(text, 9, 99)).toBe(text.length);
  });
});
