/**
 * The console's first line of defence: a lexical check of the Cypher text, run before the database
 * sees it. It strips comments, strings and quoted identifiers (so a keyword hidden in them is
 * neither missed nor falsely found), then refuses what a read-only console must never run.
 *
 * It is one layer of several (docs/api.md, "The Cypher console"): the EXPLAIN pre-flight, a READ session
 * and read transaction that is rolled back, a timeout, a row cap and the server's own limits back it up.
 */

export class RefusedQueryError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'RefusedQueryError';
  }
}

/** Read-only procedures the console may CALL (lower-case). Everything else is refused. */
export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
] as const;

/**
 * The code of a query with comments removed and string literals and quoted identifiers blanked,
 * keeping line structure. Throws on an unterminated string, identifier or comment.
 */
export function stripLiterals(cypher: string): string {
  let out = '';
  let i = 0;
  while (i < cypher.length) {
    const c = cypher[i];
    const next = cypher[i + 1];
    if (c === '/' && next === '/') {
      while (i < cypher.length && cypher[i] !== '\n') i++;
      out += ' ';
    } else if (c === '/' && next === '*') {
      const end = cypher.indexOf('*/', i + 2);
      if (end < 0) throw new RefusedQueryError('The query has a /* comment that is never closed.');
      out += cypher.slice(i, end + 2).replace(/[^\n]/g, ' ');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < cypher.length && cypher[j] !== c) j += cypher[j] === '\\' ? 2 : 1;
      if (j >= cypher.length) throw new RefusedQueryError('The query has a string that is never closed.');
      out += `${c}${c}`;
      i = j + 1;
    } else if (c === '`') {
      let j = i + 1;
      // A doubled backtick is an escaped backtick inside the identifier.
      while (j < cypher.length && !(cypher[j] === '`' && cypher[j + 1] !== '`')) j += cypher[j] === '`' ? 2 : 1;
      if (j >= cypher.length) throw new RefusedQueryError('The query has a `quoted name` that is never closed.');
      out += 'quoted_name';
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// A keyword is a word not preceded by "." or "$" (a property or a parameter named like one).
const word = (w: string) => new RegExp(`(?<![.$\\w])${w}(?!\\w)`, 'i');

const RULES: { pattern: RegExp; reason: string }[] = [
  { pattern: /(?<![.$\w])LOAD\s+CSV(?!\w)/i, reason: 'LOAD CSV is not allowed: the console only reads the graph.' },
  {
    pattern: /(?<![.$\w])IN\s+(?:\d+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS(?!\w)/i,
    reason: 'CALL { … } IN TRANSACTIONS is not allowed: it is for batched writes.',
  },
  {
    pattern: /^\s*(?:CYPHER\b[^\n]*?\s)?USE(?!\w)|(?<![.$\w])USE\s+[\w`]/i,
    reason: 'USE is not allowed: the console queries the app’s database only.',
  },
  {
    pattern:
      /^\s*(?:SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|START|STOP|ENABLE|RENAME|DEALLOCATE|REALLOCATE|DRYRUN)(?!\w)/i,
    reason: 'Administration commands (SHOW, TERMINATE, GRANT, ALTER, START/STOP …) are not allowed in the console.',
  },
  {
    pattern:
      /(?<![.$\w])(?:CREATE|DROP)(?:\s+OR\s+REPLACE)?\s+(?:COMPOSITE\s+)?(?:DATABASE|ALIAS|USER|ROLE|SERVER|(?:RANGE\s+|TEXT\s+|POINT\s+|LOOKUP\s+|FULLTEXT\s+|VECTOR\s+|BTREE\s+)?INDEX|(?:\w+\s+)?CONSTRAINT)(?!\w)/i,
    reason:
      'Schema and administration commands (indexes, constraints, databases, users, roles) are not allowed in the console.',
  },
  {
    pattern: /^\s*(?:EXPLAIN|PROFILE)(?!\w)/i,
    reason: 'EXPLAIN and PROFILE are not available in the console; send the query itself.',
  },
];

const WRITE_CLAUSES = ['CREATE', 'MERGE', 'SET', 'REMOVE', 'DELETE', 'DETACH', 'FOREACH', 'DROP'];

/** Throws RefusedQueryError naming the first reason the query cannot run in the console. */
export function assertConsoleSafe(cypher: string): void {
  const code = stripLiterals(cypher).replace(/;\s*$/, '');
  if (code.trim() === '') throw new RefusedQueryError('The query is empty.');
  if (code.includes(';')) {
    throw new RefusedQueryError('Only one statement at a time: remove the ";" between statements.');
  }
  for (const rule of RULES) {
    if (rule.pattern.test(code)) throw new RefusedQueryError(rule.reason);
  }
  for (const clause of WRITE_CLAUSES) {
    if (word(clause).test(code)) {
      throw new RefusedQueryError(`${clause} writes to the graph; the console is read-only.`);
    }
  }
  const calls = code.matchAll(/(?<![.$\w])CALL\s+([A-Za-z_][\w.]*)/gi);
  for (const [, name] of calls) {
    if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name.toLowerCase())) {
      throw new RefusedQueryError(
        `The procedure ${name} is not allowed; the console may call only ${ALLOWED_PROCEDURES.map(displayName).join(', ')}.`,
      );
    }
  }
}

function displayName(name: string): string {
  return name
    .replace('relationshiptypes', 'relationshipTypes')
    .replace('propertykeys', 'propertyKeys')
    .replace('nodetypeproperties', 'nodeTypeProperties')
    .replace('reltypeproperties', 'relTypeProperties')
    .replace('querynodes', 'queryNodes');
}
