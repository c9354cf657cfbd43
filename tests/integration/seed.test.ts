/**
 * Loading the seed: idempotent (MERGE), all-or-nothing on invalid data, and all-or-nothing when the
 * database fails in the middle of the write.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { GET as graphRoute } from '@/app/api/graph/route';
import { hydrateGraph } from '@/lib/client/data/graph-answer';
import { bumpGraphVersion } from '@/lib/graph/version';
import { closeDriver, getDriver, inWriteTransaction } from '@/lib/neo4j';
import { FIRST_EVENT_SEED_DIR, SeedValidationError, countGraph, seedFromDir } from '@/lib/seed';
import { readSeedDir } from '@/lib/seed/files';
import { validateSeed } from '@/lib/seed/validate';
import { writeSeed } from '@/lib/seed/write';
import { PROJECT_ROOT } from '@/neo4j-local/manager';
import { TEST_PORTS } from '../ports';
import { restoreSeed } from './shared-neo4j';
import { takersKeptAndListed } from './kept-beside-graph';

let driver: Driver;
const tempDirs: string[] = [];

beforeAll(() => {
  driver = getDriver();
});

afterAll(async () => {
  await closeDriver();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the first event's seed folder, with `edit` applied to one of its files. */
function seedCopy(file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-seed-'));
  tempDirs.push(dir);
  fs.cpSync(FIRST_EVENT_SEED_DIR, dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  return dir;
}

/** Every stored quote of a stance, as "stanceId | sourceId | kind | quote" (kind "none" if not stored), sorted. */
async function storedQuotes(): Promise<string[]> {
  const { records } = await driver.executeQuery(`
    MATCH ()-[r:TOOK_STANCE]->()
    UNWIND range(0, size(r.quotes) - 1) AS i
    RETURN r.id + ' | ' + r.sourceIds[i] + ' | ' + coalesce(r.quoteKinds[i], 'none') + ' | ' + r.quotes[i] AS quote
    ORDER BY quote`);
  return records.map((r) => r.get('quote') as string);
}

async function actorExists(id: string): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (a:Actor {id: $id}) RETURN count(a) AS n', { id });
  return Number(records[0].get('n')) > 0;
}

describe('npm run seed', () => {
  it('a second run changes nothing: same node and relationship counts', async () => {
    await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
    const before = await countGraph({ driver });
    const seed = await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
    const after = await countGraph({ driver });
    expect(after).toEqual(before);

    // The counts are exactly what the files describe, so nothing was duplicated by the first run either.
    const evidence = seed.stances.reduce((n, s) => n + s.evidence.length, 0);
    const about = seed.sources.reduce((n, s) => n + s.about.length, 0);
    // Beside them, the stances counted per date stated: one (:StanceDay) per date (lib/model/stance-days.ts).
    const { records: days } = await driver.executeQuery(
      `CALL () { MATCH ()-[r:TOOK_STANCE]->() RETURN count(DISTINCT coalesce(r.statedOn, '')) AS dates }
       CALL () { MATCH (d:StanceDay) RETURN count(d) AS days }
       RETURN dates, days`,
    );
    const dates = Number(days[0].get('dates'));
    expect(Number(days[0].get('days'))).toBe(dates);
    // And who took each stance, one (:StanceTakers) per event with stances (lib/model/stance-takers.ts).
    const takers = await takersKeptAndListed(driver);
    expect(takers.kept).toEqual(takers.listed);
    const eventsTaken = new Set(seed.stances.map((s) => s.eventId)).size;
    // And the graph's version, which each run counts up (lib/graph/version.ts).
    expect(after.nodes).toBe(seed.actors.length + seed.events.length + seed.sources.length + dates + eventsTaken + 1);
    expect(after.relationships).toBe(seed.stances.length + about + seed.relations.length);
    expect(await storedQuotes()).toHaveLength(evidence);
    // Each quote beside its own kind, as the files give it.
    expect(await storedQuotes()).toEqual(
      seed.stances.flatMap((s) => s.evidence.map((e) => `${s.id} | ${e.sourceId} | ${e.kind} | ${e.quote}`)).sort(),
    );
  });

  it('an invalid quote fails the load, naming file and item, and writes nothing', async () => {
    const before = await countGraph({ driver });
    // A new actor that would be written first, and a quote with a straight apostrophe instead of the article's curly one.
    const dir = seedCopy('stances.yaml', (text) =>
      text.replace('condemned Russia’s decision', "condemned Russia's decision"),
    );
    fs.appendFileSync(
      path.join(dir, 'actors.yaml'),
      '\n- id: should-not-be-written\n  name: Nobody\n  kind: person\n  description: Must not reach the database.\n',
    );
    await expect(seedFromDir({ driver }, dir)).rejects.toThrow(SeedValidationError);
    await expect(seedFromDir({ driver }, dir)).rejects.toThrow(
      /stances\.yaml: item 6 \(fawzia-koofi on russia-recognizes-taliban\): quote is not a verbatim substring of source "russia-recognizes-taliban-article"/,
    );
    expect(await countGraph({ driver })).toEqual(before);
    expect(await actorExists('should-not-be-written')).toBe(false);
  });

  it('the CLI reports every problem in one run and exits 1', () => {
    const dir = seedCopy('stances.yaml', (text) =>
      text.replace('stance: caution', 'stance: wary').replace('- actor: united-nations\n', '- actor: united-nation\n'),
    );
    fs.appendFileSync(
      path.join(dir, 'events.yaml'),
      '\n- id: russia-recognizes-taliban\n  title: Again\n  date: "2025"\n  kind: recognition\n  description: A duplicate id.\n',
    );
    const result = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'graph-seed/seed.ts', '--dir', dir],
      { cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env } },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The seed is invalid; nothing was written.');
    expect(result.stderr).toContain(
      'stances.yaml: item 8 (rangin-dadfar-spanta on russia-recognizes-taliban): stance: stance must be one of support, condemnation, caution',
    );
    expect(result.stderr).toContain(
      'stances.yaml: item 10 (united-nation on russia-recognizes-taliban): unknown actor "united-nation"',
    );
    expect(result.stderr).toContain('events.yaml: russia-recognizes-taliban: duplicate id');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('a failure in the middle of the write rolls everything back', async () => {
    const before = await countGraph({ driver });
    const seed = validateSeed(readSeedDir(FIRST_EVENT_SEED_DIR));
    seed.actors.push({
      id: 'rollback-probe',
      name: 'Rollback probe',
      kind: 'person',
      aliases: [],
      description: 'Written first, then rolled back.',
    });
    // The relations are written last; a map is not a storable property value, so Neo4j fails there.
    seed.relations.push({
      id: 'rollback-probe--leads--russia',
      type: 'LEADS',
      sourceId: 'rollback-probe',
      targetId: 'russia',
      evidence: {
        quote: { not: 'a string' } as unknown as string,
        sourceId: 'russia-recognizes-taliban-article',
        kind: null,
      },
    });
    await expect(writeSeed({ driver }, seed)).rejects.toThrow(/Property values can only be of primitive types|map/i);
    expect(await actorExists('rollback-probe')).toBe(false);
    expect(await countGraph({ driver })).toEqual(before);
  });
});

describe('answers cached before a seed', () => {
  const EVENT = 'russia-recognizes-taliban';
  /** Russia's stance as the app answers it now (from its read cache when the version is unchanged). */
  async function russiaAnswered(): Promise<string> {
    const response = await graphRoute(new Request(`http://127.0.0.1/api/graph?event=${EVENT}`));
    const { edges } = hydrateGraph(await response.json());
    return edges.find((e) => e.id === `russia--${EVENT}`)!.stance!;
  }

  it('are answered anew after a seed over an edited store, though no count changed', async () => {
    expect(await russiaAnswered()).toBe('support');
    // An editor's change, counted as editors' writes count it.
    await inWriteTransaction({ driver }, async (tx) => {
      await tx.run("MATCH ()-[r:TOOK_STANCE {id: $id}]->() SET r.stance = 'caution'", { id: `russia--${EVENT}` });
      await bumpGraphVersion(tx);
    });
    expect(await russiaAnswered()).toBe('caution');
    await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
    expect(await russiaAnswered()).toBe('support');
  });

  it('are answered anew after the store is emptied and seeded with other values, as many nodes as before', async () => {
    await restoreSeed(driver);
    expect(await russiaAnswered()).toBe('support');
    const other = seedCopy('stances.yaml', (text) => text.replace('stance: support', 'stance: caution'));
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await seedFromDir({ driver }, other);
    try {
      // The same counter and the same counts as after the first seed: only the version's token differs.
      expect(await russiaAnswered()).toBe('caution');
    } finally {
      await restoreSeed(driver);
    }
  });
});

describe('a database written by the earlier model, each quote an Evidence node', () => {
  const EXTRA = 'An extra quote that only the old model held';

  it('is moved onto the stances by the next seed: every quote kept once with its kind, no Evidence left, the old schema dropped', async () => {
    const quotes = await storedQuotes();
    const [{ id: stance, sourceId }] = (
      await driver.executeQuery(
        "MATCH ()-[r:TOOK_STANCE {id: 'fawzia-koofi--russia-recognizes-taliban'}]->() RETURN r.id AS id, r.sourceIds[0] AS sourceId",
      )
    ).records.map((r) => r.toObject());
    // Back to the old model: Evidence nodes (one more than the seed has), the stances without quotes.
    await driver.executeQuery('CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (v:Evidence) REQUIRE v.id IS UNIQUE');
    await driver.executeQuery(`
      MATCH (a:Actor)-[r:TOOK_STANCE]->()
      UNWIND range(0, size(r.quotes) - 1) AS i
      MATCH (s:Source {id: r.sourceIds[i]})
      CREATE (a)-[:SAID]->(:Evidence {id: r.id + '--' + i, stanceId: r.id, quote: r.quotes[i]})-[:CITES]->(s)`);
    await driver.executeQuery(
      `MATCH (a:Actor)-[r:TOOK_STANCE {id: $stance}]->(), (s:Source {id: $sourceId})
       CREATE (a)-[:SAID]->(:Evidence {id: $stance + '--extra', stanceId: $stance, quote: $quote})-[:CITES]->(s)`,
      { stance, sourceId, quote: EXTRA },
    );
    await driver.executeQuery('MATCH ()-[r:TOOK_STANCE]->() REMOVE r.quotes, r.sourceIds, r.quoteKinds');

    await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);

    // The seed gives its quotes their kinds again; the old model's extra quote, which it does not know, is reported.
    expect(await storedQuotes()).toEqual([...quotes, `${stance} | ${sourceId} | reported | ${EXTRA}`].sort());
    const left = await driver.executeQuery(
      'CALL { MATCH (v:Evidence) RETURN count(v) AS n UNION ALL MATCH ()-[r:SAID|CITES]->() RETURN count(r) AS n } RETURN sum(n) AS n',
    );
    expect(Number(left.records[0].get('n'))).toBe(0);
    const schema = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name WHERE name = 'evidence_id' RETURN count(*) AS n",
    );
    expect(Number(schema.records[0].get('n'))).toBe(0);

    // Seeding again changes nothing; then the extra quote is taken out, for the files after this one.
    await seedFromDir({ driver }, FIRST_EVENT_SEED_DIR);
    expect(await storedQuotes()).toHaveLength(quotes.length + 1);
    await driver.executeQuery(
      'MATCH ()-[r:TOOK_STANCE {id: $stance}]->() WITH r, [i IN range(0, size(r.quotes) - 1) WHERE r.quotes[i] <> $quote] AS keep SET r.quotes = [i IN keep | r.quotes[i]], r.sourceIds = [i IN keep | r.sourceIds[i]], r.quoteKinds = [i IN keep | r.quoteKinds[i]]',
      { stance, quote: EXTRA },
    );
    expect(await storedQuotes()).toEqual(quotes);
  });
});

describe('a seed against a database that is not there', () => {
  it('fails with the unreachable message and no stack trace', () => {
    const result = spawnSync(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'graph-seed/seed.ts'],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, NEO4J_URI: `bolt://127.0.0.1:${TEST_PORTS.nothing}` },
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^The graph database \(Neo4j\) is unreachable/);
  });
});
