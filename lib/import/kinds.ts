/**
 * An import never changes the kind of a quote already stored, as it never rewrites a stored source's
 * text: a file that gives a stored quote (same stance or relation, source and words) another kind is
 * refused for that row before anything is written. Whether words are someone's own is the reviewed
 * part of the evidence; a file, say an older export, must not turn reported speech into a quotation
 * of the actor, nor quietly unmark one. A row that gives no kind never conflicts: a stored quote keeps
 * its kind, and a new quote is reported (DEFAULT_QUOTE_KIND). A quote stored without a kind (before
 * kinds were) counts as reported.
 */
import { DEFAULT_QUOTE_KIND, STANCE_REL, quoteKindOf, type QuoteKind } from '../domain';
import { readQuery, type Db } from '../neo4j';
import { EXISTING_RELATIONS } from './cypher';
import { ENTITY_BATCH, chunks, truncate, type ImportRelation, type ImportState } from './state';

/** A quote of the file that gives its kind, as the row it is in would store it. */
export interface KindClaim {
  stanceId: string;
  sourceId: string;
  quote: string;
  kind: QuoteKind;
}

const ANY_STANCE = `MATCH ()-[r:${STANCE_REL}]->() RETURN count(r) > 0 AS any`;

const STORED_STANCE_IDS = `
UNWIND $ids AS id
MATCH ()-[r:${STANCE_REL} {id: id}]->()
RETURN id`;

/**
 * Claims whose quote is stored with another kind. Claim: [index, stanceId, sourceId, quote, kind].
 * The words are compared here, so only the conflicts come back, not every stored quote.
 */
const STORED_KIND_CONFLICTS = `
UNWIND $claims AS c
MATCH ()-[r:${STANCE_REL} {id: c[1]}]->()
WITH c, r, [i IN range(0, size(coalesce(r.quotes, [])) - 1) WHERE r.quotes[i] = c[3] AND r.sourceIds[i] = c[2]] AS at
WHERE size(at) > 0 AND coalesce(r.quoteKinds[at[0]], '${DEFAULT_QUOTE_KIND}') <> c[4]
RETURN c[0] AS index, coalesce(r.quoteKinds[at[0]], '${DEFAULT_QUOTE_KIND}') AS stored`;

function conflictMessage(quote: string, stored: QuoteKind, given: QuoteKind): string {
  return `the quote "${truncate(quote)}" is stored as ${stored}, not ${given}; an import never changes a stored quote's kind (give it as ${stored}, or without a kind)`;
}

/** For each claim (by its index in `claims`) that contradicts the kind stored for its quote, why. */
export async function stanceKindConflicts(
  db: Db,
  state: ImportState,
  claims: KindClaim[],
): Promise<Map<number, string>> {
  const conflicts = new Map<number, string>();
  if (!claims.length) return conflicts;
  // A database without stances (a first import, the benchmark's) has nothing to contradict.
  state.storedStances ??= Boolean((await readQuery(db, ANY_STANCE)).records[0].get('any'));
  if (!state.storedStances) return conflicts;
  // Ids first: only the quotes of stances that exist are sent to be compared.
  const stored = new Set<string>();
  for (const ids of chunks([...new Set(claims.map((c) => c.stanceId))], ENTITY_BATCH)) {
    for (const r of (await readQuery(db, STORED_STANCE_IDS, { ids })).records) stored.add(String(r.get('id')));
  }
  const asked = claims.flatMap((c, i) =>
    stored.has(c.stanceId) ? [[i, c.stanceId, c.sourceId, c.quote, c.kind]] : [],
  );
  for (const list of chunks(asked, ENTITY_BATCH)) {
    for (const r of (await readQuery(db, STORED_KIND_CONFLICTS, { claims: list })).records) {
      const index = Number(r.get('index'));
      const claim = claims[index];
      conflicts.set(index, conflictMessage(claim.quote, quoteKindOf(r.get('stored')), claim.kind));
    }
  }
  return conflicts;
}

/** Relations of a JSON file whose quote is stored with another kind: refused, as a stance's would be. */
export async function relationKindConflicts(db: Db, state: ImportState, relations: ImportRelation[]): Promise<void> {
  const claiming = relations.filter((r) => r.quote !== null && r.quoteKind !== null);
  for (const list of chunks(claiming, ENTITY_BATCH)) {
    const stored = new Map(
      (await readQuery(db, EXISTING_RELATIONS, { ids: list.map((r) => r.id) })).records.map((r) => [
        String(r.get('id')),
        { quote: r.get('quote') as unknown, sourceId: r.get('sourceId') as unknown, kind: r.get('quoteKind') },
      ]),
    );
    for (const relation of list) {
      const old = stored.get(relation.id);
      if (!old || old.quote !== relation.quote || old.sourceId !== relation.evidenceSourceId) continue;
      const kind = quoteKindOf(old.kind);
      if (kind !== relation.quoteKind)
        state.problem({
          section: 'relations',
          row: relation.row,
          message: conflictMessage(relation.quote!, kind, relation.quoteKind!),
        });
    }
  }
}
