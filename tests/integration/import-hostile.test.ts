/**
 * Hostile uploads through the real POST /api/import handler, against the shared test database
 * (tests/integration/shared-neo4j.ts): each attack is refused with a small answer, leaves nothing in
 * the upload folder and the graph as it was, and the server still answers /api/health at once.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POST as importRoute } from '@/app/api/import/route';
import { GET as healthRoute } from '@/app/api/health/route';
import { MAX_CSV_COLUMNS } from '@/lib/import/reader';
import { UPLOAD_DIR } from '@/lib/import/uploads';
import { closeDriver, getDriver } from '@/lib/neo4j';
import { importRequest, signedInEditor } from './routes';
import { restoreSeed } from './shared-neo4j';

const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const VALID_ROW =
  'France,state,UN Resolution ES-11/1,2022-03-02,condemnation,France voted in favour,UN voting record,,2022';
let driver: Driver;
let before: Record<string, number>;

signedInEditor();

beforeAll(async () => {
  driver = getDriver();
  before = await snapshot();
  // The first check opens the connection pool: timed checks below measure the server, not that.
  expect((await healthRoute()).status).toBe(200);
});

afterAll(async () => {
  if (driver) await restoreSeed(driver);
  await closeDriver();
});

/** Nodes by label and relationships by type, import runs aside. */
async function snapshot(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery(`
    CALL { MATCH (n) WHERE NOT n:ImportRun UNWIND labels(n) AS k RETURN k, count(*) AS n
           UNION ALL MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS n
           UNION ALL MATCH (n:ImportRun) RETURN 'import runs' AS k, count(*) AS n }
    RETURN k, n ORDER BY k`);
  return Object.fromEntries(records.map((r) => [r.get('k'), Number(r.get('n'))]));
}

interface Answer {
  status: number;
  /** The NDJSON lines, or the one JSON error body. */
  lines: any[];
  bytes: number;
}

async function post(query: string, body: BodyInit): Promise<Answer> {
  const response = await importRoute(importRequest(query, body));
  const text = await response.text();
  const lines =
    response.status === 200
      ? text
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l))
      : [JSON.parse(text)];
  return { status: response.status, lines, bytes: Buffer.byteLength(text) };
}

const uploads = () => (fs.existsSync(UPLOAD_DIR) ? fs.readdirSync(UPLOAD_DIR) : []);

/** The server's own memory, sampled while `work` runs: its peak above where it started, in MB. */
async function peakGrowthMb<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: Math.round((peak - start) / (1024 * 1024)) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * A health check answered within this while a hostile file is refused: the server kept serving. A
 * blocked event loop (what a hostile file once caused) holds it for seconds; 200 ms was passed over
 * on this 2-core machine by other work alone (load 7 to 9).
 */
const RESPONSIVE_MS = 500;

/** Runs `work` while asking /api/health again and again: the slowest answer meanwhile, in ms. */
async function healthDuring<T>(work: () => Promise<T>): Promise<{ result: T; slowestMs: number }> {
  let done = false;
  let slowestMs = 0;
  const polling = (async () => {
    while (!done) {
      const started = performance.now();
      expect((await healthRoute()).status).toBe(200);
      slowestMs = Math.max(slowestMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const result = await work().finally(() => {
    done = true;
  });
  await polling;
  return { result, slowestMs };
}

/** The server answers its health check within RESPONSIVE_MS, and the graph is as it was. */
async function stillWell(): Promise<void> {
  const started = performance.now();
  const health = await healthRoute();
  const ms = performance.now() - started;
  expect(health.status).toBe(200);
  expect(ms).toBeLessThan(RESPONSIVE_MS);
  expect(uploads()).toEqual([]);
  expect(await snapshot()).toEqual(before);
}

describe('POST /api/import with hostile files', () => {
  it('refuses one actor with 10 million empty aliases (30 MB) with a short answer and bounded memory', async () => {
    const aliases = Buffer.alloc(10_000_000 * 3 - 1, '"",');
    const body = Buffer.concat([
      Buffer.from(
        '{"format":"stancegraph","version":1,"actors":[{"id":"a","name":"A","kind":"state","description":"d","aliases":[',
      ),
      aliases,
      Buffer.from(']}]}'),
    ]);
    expect(body.length).toBeGreaterThan(30_000_000);
    const { result: during, growthMb } = await peakGrowthMb(() =>
      healthDuring(() => post('?name=b.json&dryRun=1', body)),
    );
    const { result, slowestMs } = during;
    expect(slowestMs).toBeLessThan(RESPONSIVE_MS);
    expect(result.status).toBe(200);
    expect(result.lines.at(-1)).toEqual({
      type: 'error',
      error: expect.stringMatching(/^"actors" item 1 is too large \(more than 20,000 values\)/),
    });
    expect(result.bytes).toBeLessThan(2_000);
    // The body is saved as it streams in and the item refused after 20,000 values: a few MB of chunks.
    expect(growthMb).toBeLessThan(150);
    console.log(`30 MB aliases: server RSS grew by ${growthMb} MB at most`);
    await stillWell();
  });

  it('refuses a CSV header of 150,000 distinct names at once', async () => {
    const header = Array.from({ length: 150_000 }, (_, i) => `column${i}`).join(',');
    const started = performance.now();
    const { result: answer, slowestMs } = await healthDuring(() =>
      post('?name=wide.csv&dryRun=1', `${header}\n${VALID_ROW}\n`),
    );
    expect(slowestMs).toBeLessThan(RESPONSIVE_MS);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(answer.lines.at(-1)).toEqual({
      type: 'error',
      error: expect.stringMatching(new RegExp(`^The CSV header \\(row 1\\) has more than ${MAX_CSV_COLUMNS} columns`)),
    });
    await stillWell();
  });

  it('answers 413 to a body over IMPORT_MAX_BYTES, told or not, and keeps nothing of it', async () => {
    process.env.IMPORT_MAX_BYTES = String(1024 * 1024);
    try {
      const big = `${HEADER}\n${`${VALID_ROW}\n`.repeat(20_000)}`;
      expect(Buffer.byteLength(big)).toBeGreaterThan(1024 * 1024);
      const told = await importRoute(
        importRequest('?name=big.csv', big, { 'content-length': String(Buffer.byteLength(big)) }),
      );
      expect(told.status).toBe(413);
      expect(await told.json()).toEqual({ error: 'The request body is larger than 1 MB.' });
      // A streamed body with no length is counted as it arrives.
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 40; i += 1) controller.enqueue(new Uint8Array(64 * 1024).fill(0x41));
          controller.close();
        },
      });
      const streamed = await post('?name=big.csv', stream);
      expect(streamed.status).toBe(413);
    } finally {
      delete process.env.IMPORT_MAX_BYTES;
    }
    await stillWell();
  });

  it('runs one import at a time: a second, even a dry run, is refused while the first runs', async () => {
    let send!: ReadableStreamDefaultController<Uint8Array>;
    const slowBody = new ReadableStream<Uint8Array>({ start: (controller) => void (send = controller) });
    const first = post('?name=first.csv&dryRun=1', slowBody);
    send.enqueue(new TextEncoder().encode(`${HEADER}\n`));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = await post('?name=second.csv&dryRun=1', `${HEADER}\n${VALID_ROW}\n`);
    expect(second).toMatchObject({
      status: 429,
      lines: [{ error: 'Another import is running on this server; try again when it has finished.' }],
    });
    send.enqueue(new TextEncoder().encode(`${VALID_ROW}\n`));
    send.close();
    const done = await first;
    expect(done.lines.at(-1)).toMatchObject({ type: 'report', report: { invalidRows: 0, dryRun: true } });
    // Free again once the first is done.
    const third = await post('?name=third.csv&dryRun=1', `${HEADER}\n${VALID_ROW}\n`);
    expect(third.lines.at(-1)).toMatchObject({ type: 'report', report: { invalidRows: 0 } });
    await stillWell();
  });

  it('refuses an event dated past next year unless allowFuture=1', async () => {
    const year = new Date().getUTCFullYear() + 4;
    const csv = `${HEADER}\nFrance,state,Far event,${year},support,France agrees,UN voting record,,2022\n`;
    const refused = await post('?name=future.csv&dryRun=1', csv);
    expect(refused.lines.at(-1).report.problems).toEqual([
      { row: 2, line: 2, message: expect.stringMatching(new RegExp(`^event date ${year} is after ${year - 3}`)) },
    ]);
    const allowed = await post('?name=future.csv&dryRun=1&allowFuture=1', csv);
    expect(allowed.lines.at(-1).report).toMatchObject({ invalidRows: 0, events: { new: 1 } });
    await stillWell();
  });

  it('refuses an import with bytes that are not UTF-8, naming the row and byte', async () => {
    const head = Buffer.from(`${HEADER}\nFrance,state,UN Resolution ES-11/1,2022-03-02,condemnation,"caf`);
    const answer = await post(
      '?name=latin1.csv&dryRun=1',
      Buffer.concat([head, Buffer.from([0xe9]), Buffer.from('",UN voting record,,2022\n')]),
    );
    expect(answer.lines.at(-1)).toEqual({
      type: 'error',
      error: `CSV syntax error in row 2 (line 2): invalid UTF-8 at byte ${head.length} (save the file as UTF-8)`,
    });
    await stillWell();
  });

  it('refuses a file name that reverses its own text (a right-to-left override), before reading the body', async () => {
    const answer = await post(
      `?name=${encodeURIComponent('invoice\u202Efdp.csv')}&dryRun=1`,
      `${HEADER}\n${VALID_ROW}\n`,
    );
    expect(answer.status).toBe(400);
    expect(answer.lines).toEqual([
      {
        error: 'name (the file name) must not hold bidirectional control characters (U+202A–202E, U+2066–2069)',
      },
    ]);
    await stillWell();
  });
});
