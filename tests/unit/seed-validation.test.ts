import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_EVENT_SEED_DIR, readSeedDir } from '@/lib/seed/files';
import { SeedValidationError, validateSeed, type RawSeed } from '@/lib/seed/validate';

/** The real first-event seed, parsed, for each test to spoil in one way. */
function realSeed(): RawSeed {
  const raw = readSeedDir(FIRST_EVENT_SEED_DIR);
  return { files: structuredClone(raw.files), readText: raw.readText };
}

type Item = Record<string, any>;
const list = (raw: RawSeed, key: keyof RawSeed['files']) => raw.files[key] as Item[];

function problemsOf(raw: RawSeed): string[] {
  try {
    validateSeed(raw);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems.map((p) => `${p.file}: ${p.item}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('the first event seed', () => {
  const seed = validateSeed(readSeedDir(FIRST_EVENT_SEED_DIR));

  it('is valid and yields every actor the article names, with its kind', () => {
    const kinds = Object.fromEntries(seed.actors.map((a) => [a.id, a.kind]));
    expect(kinds).toMatchObject({
      russia: 'state',
      'russian-foreign-ministry': 'government-body',
      'vladimir-putin': 'person',
      'amir-khan-muttaqi': 'person',
      'taliban-government': 'government',
      'fawzia-koofi': 'person',
      'afghan-womens-political-participation-network': 'organisation',
      'rangin-dadfar-spanta': 'person',
      'united-nations-security-council': 'intergovernmental',
      'united-nations': 'intergovernmental',
      china: 'state',
      'united-arab-emirates': 'state',
      germany: 'state',
      'german-interior-minister': 'person',
    });
    expect(seed.actors.find((a) => a.id === 'amir-khan-muttaqi')?.aliases).toEqual(
      expect.arrayContaining(['Muttaqi', 'Mottaki']),
    );
  });

  it('dates the first event and the historical timeline', () => {
    const dates = Object.fromEntries(seed.events.map((e) => [e.id, e.date]));
    expect(dates).toEqual({
      'russia-recognizes-taliban': '2025-07-03',
      'soviet-invasion-of-afghanistan': '1979',
      'taliban-return-to-power': '2021',
      'russia-taliban-economic-agreement': '2022',
      'russia-delists-taliban': '2025',
    });
  });

  it('stores the article once (its repeated paragraphs dropped), and every quote is in it', () => {
    const [article] = seed.sources;
    const firstParagraph = 'Fawzia Koofi, a former Afghan politician, condemned';
    expect(article.text.split(firstParagraph)).toHaveLength(2);
    for (const stance of seed.stances) for (const e of stance.evidence) expect(article.text).toContain(e.quote);
  });

  it('says of every quote whether it is the actor’s own words, and Koofi’s are the reporter’s account', () => {
    const kinds = (actor: string) =>
      seed.stances.filter((s) => s.actorId === actor).flatMap((s) => s.evidence.map((e) => `${e.kind}: ${e.quote}`));
    for (const stance of seed.stances) for (const e of stance.evidence) expect(e.kind, e.quote).not.toBeNull();
    for (const relation of seed.relations) expect(relation.evidence?.kind).toBe('reported');
    expect(kinds('fawzia-koofi')).toEqual([
      expect.stringMatching(/^reported: Fawzia Koofi, a former Afghan politician/),
    ]);
    // Own words: the three fragments the article puts in quotation marks and attributes (DOMAIN.md).
    expect(
      seed.stances.flatMap((s) => s.evidence.filter((e) => e.kind === 'direct').map((e) => `${s.actorId}: ${e.quote}`)),
    ).toEqual([
      'vladimir-putin: ally',
      'amir-khan-muttaqi: new phase of positive relations',
      'united-nations: gender apartheid',
    ]);
  });

  it('marks as direct only words inside quotation marks in the article, and gives each quoted fragment of a reported sentence alone', () => {
    const [article] = seed.sources;
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A fragment in quotation marks: after a space, up to a closing mark (a comma or full stop may sit inside it).
    const quoted = /(?:^|\s)["'“‘]([^"'“”‘’]+?)[,.]?["'”’](?=[\s,.;)]|$)/g;
    for (const stance of seed.stances) {
      for (const e of stance.evidence) {
        if (e.kind === 'direct') {
          expect(article.text, e.quote).toMatch(new RegExp(`["'“‘]${escape(e.quote)}[,.]?["'”’]`));
          continue;
        }
        const fragments = [...e.quote.matchAll(quoted)].map((m) => m[1]);
        const direct = stance.evidence.filter((d) => d.kind === 'direct').map((d) => d.quote);
        expect(direct, `${stance.id}: ${e.quote}`).toEqual(expect.arrayContaining(fragments));
      }
    }
  });

  it('gives ids that stay the same from run to run', () => {
    const again = validateSeed(readSeedDir(FIRST_EVENT_SEED_DIR));
    expect(again.stances.map((s) => s.evidence.map((e) => e.id))).toEqual(
      seed.stances.map((s) => s.evidence.map((e) => e.id)),
    );
    expect(seed.stances.find((s) => s.actorId === 'fawzia-koofi')?.id).toBe('fawzia-koofi--russia-recognizes-taliban');
  });
});

describe('validateSeed refuses, naming file and item', () => {
  it('a quote that is not verbatim (a straight apostrophe for a curly one)', () => {
    const raw = realSeed();
    const koofi = list(raw, 'stances').find((s) => s.actor === 'fawzia-koofi')!;
    koofi.evidence[0].quote = koofi.evidence[0].quote.replace('Russia’s', "Russia's");
    expect(problemsOf(raw)).toEqual([
      expect.stringMatching(
        /^stances\.yaml: item 6 \(fawzia-koofi on russia-recognizes-taliban\): quote is not a verbatim substring of source "russia-recognizes-taliban-article"/,
      ),
    ]);
  });

  it('a quote kind other than direct or reported', () => {
    const raw = realSeed();
    list(raw, 'stances')[0].evidence[0].kind = 'quoted';
    list(raw, 'relations')[0].evidence.kind = 'own words';
    expect(problemsOf(raw)).toEqual([
      'stances.yaml: item 1 (russia on russia-recognizes-taliban): evidence.0.kind: kind must be one of direct, reported',
      'relations.yaml: item 1 (vladimir-putin LEADS russia): evidence.kind: kind must be one of direct, reported',
    ]);
  });

  it('takes an entry without a kind, leaving it unsaid (stored as reported)', () => {
    const raw = realSeed();
    delete list(raw, 'stances')[0].evidence[0].kind;
    expect(validateSeed(raw).stances[0].evidence[0].kind).toBeNull();
  });

  it('a stance value outside support / condemnation / caution', () => {
    const raw = realSeed();
    list(raw, 'stances')[0].stance = 'neutral';
    expect(problemsOf(raw)).toEqual([
      'stances.yaml: item 1 (russia on russia-recognizes-taliban): stance: stance must be one of support, condemnation, caution',
    ]);
  });

  it('a stance without evidence', () => {
    const raw = realSeed();
    list(raw, 'stances')[0].evidence = [];
    expect(problemsOf(raw)).toEqual([
      'stances.yaml: item 1 (russia on russia-recognizes-taliban): evidence: a stance needs at least one evidence quote',
    ]);
  });

  it('dangling actor, event and source ids', () => {
    const raw = realSeed();
    list(raw, 'stances')[0].actor = 'rusia';
    list(raw, 'stances')[1].event = 'no-event';
    list(raw, 'stances')[2].evidence[0].source = 'no-source';
    list(raw, 'relations')[0].target = 'nobody';
    list(raw, 'sources')[0].about.push('not-an-event');
    expect(problemsOf(raw)).toEqual(
      expect.arrayContaining([
        'stances.yaml: item 1 (rusia on russia-recognizes-taliban): unknown actor "rusia"',
        'stances.yaml: item 2 (russian-foreign-ministry on no-event): unknown event "no-event"',
        'stances.yaml: item 3 (vladimir-putin on russia-recognizes-taliban): evidence cites unknown source "no-source"',
        'relations.yaml: item 1 (vladimir-putin LEADS nobody): unknown actor "nobody"',
        'sources.yaml: russia-recognizes-taliban-article: about: unknown event "not-an-event"',
      ]),
    );
  });

  it('duplicate ids, stances and relations', () => {
    const raw = realSeed();
    list(raw, 'actors').push({ ...list(raw, 'actors')[0] });
    list(raw, 'stances').push(structuredClone(list(raw, 'stances')[0]));
    list(raw, 'relations').push(structuredClone(list(raw, 'relations')[0]));
    list(raw, 'actors').push({
      id: 'russia-recognizes-taliban',
      name: 'Clash',
      kind: 'state',
      description: 'Same id as an event.',
    });
    expect(problemsOf(raw)).toEqual(
      expect.arrayContaining([
        'actors.yaml: russia: duplicate id',
        expect.stringMatching(/^stances\.yaml: item 15 \(russia on russia-recognizes-taliban\): duplicate stance/),
        'relations.yaml: item 12 (vladimir-putin LEADS russia): duplicate relation',
        'actors.yaml: russia-recognizes-taliban: id is also used by an event; ids must be unique across actors and events',
      ]),
    );
  });

  it('malformed fields: slugs, kinds, dates, relation types, unknown keys, self-relations', () => {
    const raw = realSeed();
    list(raw, 'actors')[0].id = 'Russia';
    list(raw, 'actors')[1].kind = 'ministry';
    list(raw, 'events')[0].date = '3 July 2025';
    list(raw, 'relations')[1].type = 'ADMIRES';
    list(raw, 'relations')[2].target = list(raw, 'relations')[2].source;
    list(raw, 'actors')[2].colour = 'red';
    const problems = problemsOf(raw);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^actors\.yaml: item 1 \(Russia\): id: must be a slug/),
        expect.stringMatching(
          /^actors\.yaml: item 2 \(russian-foreign-ministry\): kind: kind must be one of state, government/,
        ),
        expect.stringMatching(/^events\.yaml: item 1 \(russia-recognizes-taliban\): date: must be a date like "2025"/),
        expect.stringMatching(
          /^relations\.yaml: item 2 \(russian-foreign-ministry ADMIRES russia\): type: type must be one of LEADS/,
        ),
        'relations.yaml: item 3 (amir-khan-muttaqi SPEAKS_FOR amir-khan-muttaqi): an actor cannot relate to itself',
        expect.stringMatching(/^actors\.yaml: item 3 \(vladimir-putin\): .*colour/),
      ]),
    );
  });

  it('a missing source text file', () => {
    const raw = realSeed();
    list(raw, 'sources')[0].text = 'sources/missing.txt';
    expect(problemsOf(raw)).toContain(
      'sources.yaml: russia-recognizes-taliban-article: text file "sources/missing.txt" not found',
    );
  });

  it('a file that is not valid YAML, by file name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-yaml-'));
    try {
      fs.cpSync(FIRST_EVENT_SEED_DIR, dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'actors.yaml'), '- id: russia\n  name: [unclosed\n');
      expect(() => readSeedDir(dir)).toThrow(/actors\.yaml: \(YAML\):/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a source text path that leaves the seed folder', () => {
    const raw = readSeedDir(FIRST_EVENT_SEED_DIR);
    expect(raw.readText('../../package.json')).toBeUndefined();
  });
});
