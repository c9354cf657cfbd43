/**
 * Hostile input, generated (fast-check): random query strings for every read route, random JSON
 * bodies for every write route and the console, random CSV and JSON files for the import. Whatever
 * comes in, the answer is never a 500, never a stack trace or a driver's message, always a 4xx that
 * says what is wrong (or a success), and a read route never changes the graph. Runs are bounded in
 * count (a few dozen per route) so the file takes seconds, not minutes. On the shared database,
 * restored to the seed after (tests/integration/shared-neo4j.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as historyRoute } from '@/app/api/actors/[id]/history/route';
import { GET as exportRoute } from '@/app/api/export/route';
import { GET as graphRoute } from '@/app/api/graph/route';
import { POST as importRoute } from '@/app/api/import/route';
import { POST as queryRoute } from '@/app/api/query/route';
import { GET as questionRoute } from '@/app/api/questions/[name]/route';
import { POST as sessionRoute } from '@/app/api/session/route';
import { GET as evidenceRoute } from '@/app/api/stances/[id]/evidence/route';
import { GET as timelineRoute } from '@/app/api/timeline/route';
import { createUser } from '@/lib/auth/users';
import { QUESTIONS } from '@/lib/questions';
import type { Driver } from 'neo4j-driver';
import { call } from './edit-routes';
import { api, signIn } from './routes';
import { writingFile } from './shared-neo4j';

/** What an answer must never show: a stack frame, a driver's error code, a JS error's own words. */
const INTERNAL =
  /\n\s+at |Neo\.(Client|Database|Transient)Error|TypeError|ReferenceError|SyntaxError: Unexpected|Cannot read propert|is not a function|undefined is not/;
/** Statuses a bad request may get; 500 and 503 are not among them (Neo4j is up). */
const ANSWERS = new Set([200, 201, 304, 400, 401, 403, 404, 409, 413, 429]);

const RUNS = { numRuns: 30 } as const;

const scratch = writingFile('hostile');
let driver: Driver;
let editor: string;

/** Checks one answer: an allowed status, and for a refusal a JSON `{ error }` a person can read. */
function judge(where: string, status: number, body: unknown): void {
  expect(ANSWERS.has(status), `${where} answered ${status}: ${JSON.stringify(body)?.slice(0, 300)}`).toBe(true);
  if (status < 400) return;
  const error = (body as { error?: unknown } | null)?.error;
  expect(typeof error, `${where}: a ${status} without an error message`).toBe('string');
  expect((error as string).length).toBeGreaterThan(0);
  expect(error as string, `${where}: ${status} shows internals`).not.toMatch(INTERNAL);
}

async function judgeResponse(where: string, response: Response): Promise<void> {
  const text = await response.text();
  let body: unknown = null;
  if (response.status >= 400) {
    expect(
      () => (body = JSON.parse(text)),
      `${where}: a ${response.status} that is not JSON: ${text.slice(0, 200)}`,
    ).not.toThrow();
  }
  judge(where, response.status, body);
}

const withId = (id: string) => ({ params: Promise.resolve({ id }) });

/** Everything a read must leave as it was: node and relationship counts and the graph's version. */
async function graphState(): Promise<string> {
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     OPTIONAL MATCH (v:GraphVersion)
     RETURN nodes, rels, v.token AS token, v.n AS version`,
  );
  return JSON.stringify(records[0].toObject());
}

const realIds = ['russia', 'fawzia-koofi', 'russia-recognizes-taliban', 'vladimir-putin', 'united-nations'];
const value = fc.oneof(
  fc.constantFrom(
    ...realIds,
    'support',
    'caution,condemnation',
    'state',
    '0',
    '1',
    '-1',
    '3',
    '99999999999999999999',
    '1e3',
    '2025',
    '2025-07',
    '2025-02-30',
    '0000-00-00',
    'csv',
    'graphml',
    'view',
    'all',
    '',
    ' ',
    'null',
    '[]',
    "' OR 1=1 --",
    '"}) DETACH DELETE n //',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 3000 }).map((n) => 'x'.repeat(n)),
);
const KEYS = [
  'event',
  'stance',
  'kind',
  'actor',
  'depth',
  'from',
  'to',
  'q',
  'limit',
  'offset',
  'format',
  'scope',
  'granularity',
];
const key = fc.oneof(
  fc.constantFrom(...KEYS, 'a', 'b', 'year', 'hops', 'user', 'entity', 'cypher'),
  fc.string({ maxLength: 12 }),
);
const queryString = fc
  .array(fc.tuple(key, value), { maxLength: 6 })
  .map((pairs) => new URLSearchParams(pairs).toString());
// Never empty: "/api/sources/" is the list route, which Next would answer (read above with a query).
const pathId = fc.oneof(
  fc.constantFrom(...realIds, '..', '%', 'a--b'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
);

beforeAll(async () => {
  driver = scratch.driver();
  await createUser(
    { driver },
    { username: 'hostile-editor', password: 'a hostile editor’s long password', role: 'editor' },
  );
  editor = await signIn('hostile-editor', 'a hostile editor’s long password');
});

describe('read routes, given any query string', () => {
  it('answer with data or a 4xx naming the problem, and change nothing', async () => {
    const before = await graphState();
    const url = (path: string, query: string) => `http://127.0.0.1${path}?${query}`;
    await fc.assert(
      fc.asyncProperty(queryString, pathId, async (query, id) => {
        const encoded = encodeURIComponent(id);
        const reads: [string, () => Promise<Response | { status: number; body: unknown }>][] = [
          ['/api/graph', () => graphRoute(new Request(url('/api/graph', query)))],
          ['/api/export', () => exportRoute(new Request(url('/api/export', query)))],
          ['/api/actors', () => api.actors(`?${query}`)],
          ['/api/actors/{id}', () => api.actor(id, `?${query}`)],
          ['/api/events', () => api.events(`?${query}`)],
          ['/api/events/{id}', () => api.event(id)],
          ['/api/changes', () => call('GET', `/api/changes?${query}`)],
          ['/api/sources', () => call('GET', `/api/sources?${query}`)],
          ['/api/sources/{id}', () => call('GET', `/api/sources/${encoded}`)],
          ['/api/stances/{id}', () => call('GET', `/api/stances/${encoded}`)],
          ['/api/timeline', () => timelineRoute(new Request(url('/api/timeline', query)))],
          [
            '/api/actors/{id}/history',
            () => historyRoute(new Request(url(`/api/actors/${encoded}/history`, query)), withId(id)),
          ],
          [
            '/api/stances/{id}/evidence',
            () => evidenceRoute(new Request(url(`/api/stances/${encoded}/evidence`, '')), withId(id)),
          ],
        ];
        for (const [where, read] of reads) {
          const answer = await read();
          if (answer instanceof Response) await judgeResponse(`${where}?${query}`, answer);
          else judge(`${where}?${query} (${id})`, answer.status, answer.body);
        }
      }),
      RUNS,
    );
    expect(await graphState()).toBe(before);
  });

  it('answer every ready question, named or not, with its answer or a 4xx', async () => {
    const before = await graphState();
    const name = fc.oneof(fc.constantFrom(...Object.keys(QUESTIONS)), fc.string({ maxLength: 20 }));
    await fc.assert(
      fc.asyncProperty(name, queryString, async (question, query) => {
        const response = await questionRoute(new Request(`http://127.0.0.1/api/questions/x?${query}`), {
          params: Promise.resolve({ name: question }),
        });
        await judgeResponse(`/api/questions/${question}?${query}`, response);
      }),
      { numRuns: 80 },
    );
    expect(await graphState()).toBe(before);
  });
});

/** A JSON body: anything at all, or an object of the fields the routes know with values of any kind. */
const fields = ['name', 'kind', 'title', 'date', 'text', 'url', 'actor', 'event', 'stance', 'sourceId', 'quote'];
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(...fields, 'version', 'reason', 'statedOn', 'quoteKind', 'type', 'from', 'to', 'aliases'),
    fc.oneof(value, fc.integer(), fc.boolean(), fc.constant(null), fc.array(value, { maxLength: 3 })),
  ),
);

describe('write routes, given any body', () => {
  it('answer with what they did or a 4xx naming the problem', async () => {
    const writes: [string, 'POST' | 'PATCH' | 'DELETE', string][] = [
      ['POST', 'POST', '/api/actors'],
      ['PATCH', 'PATCH', '/api/actors/russia'],
      ['merge', 'POST', '/api/actors/united-nations/merge'],
      ['POST', 'POST', '/api/events'],
      ['PATCH', 'PATCH', '/api/events/russia-recognizes-taliban'],
      ['POST', 'POST', '/api/sources'],
      ['POST', 'POST', '/api/stances'],
      ['PATCH', 'PATCH', '/api/stances/fawzia-koofi--russia-recognizes-taliban'],
      ['DELETE', 'DELETE', '/api/stances/no-such--stance'],
      ['POST', 'POST', '/api/relations'],
      ['revert', 'POST', '/api/changes/no-such-change/revert'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.oneof(jsonBody, fc.string({ maxLength: 200 })),
        async ([, method, path], body) => {
          const answer = await call(method, path, body, { cookie: editor });
          judge(`${method} ${path} ${JSON.stringify(body).slice(0, 200)}`, answer.status, answer.body);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('sign-in and the console answer any body with a 4xx naming the problem', async () => {
    const post = (body: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const consoleBody = fc.oneof(
      jsonBody,
      fc.record({ cypher: fc.oneof(value, fc.constantFrom('MATCH (n) RETURN n LIMIT 1', 'RETURN 1 +', 'CREATE (n)')) }),
      fc.record({
        cypher: fc.constant('RETURN $p AS p'),
        params: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
      }),
    );
    const before = await graphState();
    await fc.assert(
      fc.asyncProperty(consoleBody, jsonBody, async (query, session) => {
        await judgeResponse(
          'POST /api/query',
          await queryRoute(new Request('http://127.0.0.1/api/query', post(query))),
        );
        await judgeResponse(
          'POST /api/session',
          await sessionRoute(new Request('http://127.0.0.1/api/session', post(session))),
        );
      }),
      RUNS,
    );
    expect(await graphState()).toBe(before);
  });
});

describe('the import, given any file', () => {
  /** A CSV of the right header and random rows, or random text. */
  const csvFile = fc.oneof(
    fc
      .array(fc.array(value, { minLength: 8, maxLength: 12 }), { minLength: 1, maxLength: 5 })
      .map((rows) =>
        [
          'actor,actor_kind,event,event_date,stance,stated_on,quote,quote_kind,source_title,source_url,source_date',
          ...rows.map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')),
        ].join('\n'),
      ),
    fc.string({ unit: 'binary', maxLength: 400 }),
  );
  const jsonFile = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc
      .record({
        actors: fc.array(jsonBody, { maxLength: 3 }),
        events: fc.array(jsonBody, { maxLength: 3 }),
        stances: fc.array(jsonBody, { maxLength: 3 }),
      })
      .map((sections) =>
        JSON.stringify({ format: 'stancegraph', version: 1, sources: [], relations: [], ...sections }),
      ),
  );

  it('answers a dry run of any CSV or JSON with a report or an error naming the problem, writing nothing', async () => {
    const before = await graphState();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          csvFile.map((f) => ['csv', f] as const),
          jsonFile.map((f) => ['json', f] as const),
        ),
        async ([format, text]) => {
          const response = await importRoute(
            new Request(`http://127.0.0.1/api/import?name=hostile.${format}&dryRun=1`, {
              method: 'POST',
              headers: { cookie: editor },
              body: text,
            }),
          );
          const where = `import of ${format} ${JSON.stringify(text).slice(0, 200)}`;
          if (response.status !== 200) return judgeResponse(where, response);
          const lines = (await response.text())
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line));
          const last = lines.at(-1);
          expect(['report', 'error'], where).toContain(last.type);
          if (last.type === 'error') {
            expect(last.error, where).not.toMatch(/failed on the server/);
            expect(last.error, where).not.toMatch(INTERNAL);
          } else {
            expect(last.report.written, where).toBe(false);
            for (const problem of last.report.problems) expect(problem.message, where).not.toMatch(INTERNAL);
          }
        },
      ),
      RUNS,
    );
    expect(await graphState()).toBe(before);
  });
});
