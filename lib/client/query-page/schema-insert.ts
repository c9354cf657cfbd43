/**
 * What a click on a name of the console's schema list puts into the query at the cursor: `:Label`,
 * `[:TYPE]`, `.key`, or only the name where the text before already opened it (`(a:`, `-[r:`, `a.`).
 */
export type SchemaKind = 'label' | 'type' | 'key';

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A name as Cypher reads it: backquoted unless it is a plain identifier. */
export function cypherName(name: string): string {
  return PLAIN_NAME.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

/** The text to insert for `name`, given the query text just before the cursor. */
export function schemaInsertion(kind: SchemaKind, name: string, before: string): string {
  const quoted = cypherName(name);
  const last = before.trimEnd().at(-1);
  const touching = before.at(-1);
  if (kind === 'label') return touching === ':' ? quoted : `:${quoted}`;
  if (kind === 'key') return touching === '.' ? quoted : `.${quoted}`;
  // A relationship type: after `[:` or `|` only the name; inside `[` or `[r` the colon too.
  if (touching === ':' || last === '|') return quoted;
  if (/\[\s*[A-Za-z_][A-Za-z0-9_]*\s*$|\[\s*$/.test(before)) return `:${quoted}`;
  return `[:${quoted}]`;
}
