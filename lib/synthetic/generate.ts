/**
 * A realistic synthetic graph for scale work, written as import files (so it goes through the
 * import path): a JSON file with actors, events, sources and relations, and a CSV with one row per
 * stance. Skewed like real reactions: actor activity follows a Zipf law (a few actors take stances
 * on thousands of events, most on a handful), events differ in how much reaction they draw, and
 * actors in one bloc tend to side together. Deterministic for a given seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ActorKind, RelationType, Stance } from '../domain';
import { JSON_FORMAT, JSON_VERSION } from '../import/format';
import { slugify } from '../model/ids';
import { mulberry32 as rng } from '../random';
import { close, write, writeCsv } from './files';

export interface SyntheticOptions {
  actors: number;
  events: number;
  stances: number;
  seed?: number;
  outDir: string;
  /** Zipf exponent of actor activity. */
  skew?: number;
  /** Each stance row cites a source of its own (its row's number in the title and address), as a wire's dispatches would. */
  ownSources?: boolean;
}

export interface SyntheticFiles {
  json: string;
  csv: string;
  counts: { actors: number; events: number; sources: number; relations: number; stances: number };
}

const SYLLABLES = [
  'ka',
  'ra',
  'mo',
  'ni',
  'ta',
  've',
  'lo',
  'sa',
  'du',
  'ri',
  'an',
  'el',
  'bo',
  'mi',
  'zu',
  'po',
  'ga',
  'he',
  'ul',
  'ne',
  'sho',
  'tri',
  'var',
  'ost',
  'len',
  'dor',
  'mar',
  'kai',
  'ber',
  'tan',
];
const GIVEN = [
  'Amina',
  'Boris',
  'Chen',
  'Dalia',
  'Emil',
  'Farah',
  'Goran',
  'Hana',
  'Ivo',
  'Jana',
  'Karim',
  'Lena',
  'Malik',
  'Nadia',
  'Omar',
  'Petra',
  'Rami',
  'Sara',
  'Tomas',
  'Ula',
  'Viktor',
  'Yara',
  'Zoran',
  'Aziz',
  'Bela',
];
const TOPICS = [
  'ceasefire',
  'sanctions',
  'recognition',
  'humanitarian access',
  'election observation',
  'maritime boundaries',
  'nuclear safeguards',
  'refugee protection',
  'climate finance',
  'arms embargo',
  'peacekeeping mandate',
  'human rights monitoring',
  'trade agreement',
  'debt relief',
  'border closure',
];
const KIND_MIX: [ActorKind, number][] = [
  ['state', 0.08],
  ['government', 0.04],
  ['government-body', 0.16],
  ['person', 0.45],
  ['organisation', 0.24],
  ['intergovernmental', 0.03],
];
const STANCE_SENTENCES: Record<Stance, string> = {
  support: 'Delegations in support welcomed the measure as necessary and overdue.',
  condemnation: 'Delegations opposing it condemned the measure as a violation they reject.',
  caution: 'Other delegations expressed concern and urged restraint before any further step.',
};

interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  bloc: number;
}

function word(rand: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i += 1) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

function pickWeighted<T>(rand: () => number, items: [T, number][]): T {
  let r = rand();
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return items[items.length - 1][0];
}

/** Stances per actor: Zipf weights, capped at the number of events, summing to `total`. */
function actorDegrees(actors: number, events: number, total: number, skew: number): Int32Array {
  if (total > actors * events) throw new Error(`${total} stances do not fit ${actors} actors x ${events} events`);
  const weights = Float64Array.from({ length: actors }, (_, i) => 1 / Math.pow(i + 1, skew));
  const degrees = new Int32Array(actors);
  const capped = new Uint8Array(actors);
  let remaining = total;
  for (let round = 0; round < 50 && remaining > 0; round += 1) {
    let weightSum = 0;
    for (let i = 0; i < actors; i += 1) if (!capped[i]) weightSum += weights[i];
    let assigned = 0;
    for (let i = 0; i < actors; i += 1) {
      if (capped[i]) continue;
      const want = Math.max(round === 0 ? 1 : 0, Math.floor((remaining * weights[i]) / weightSum));
      const room = events - degrees[i];
      const add = Math.min(want, room);
      degrees[i] += add;
      assigned += add;
      if (degrees[i] >= events) capped[i] = 1;
    }
    remaining -= assigned;
    if (assigned === 0) break;
  }
  // What rounding left over goes one by one to the most active actors with room.
  for (let i = 0; remaining > 0; i = (i + 1) % actors) {
    if (degrees[i] < events) {
      degrees[i] += 1;
      remaining -= 1;
    }
  }
  for (let i = actors - 1; remaining < 0; i = (i - 1 + actors) % actors) {
    if (degrees[i] > 1) {
      degrees[i] -= 1;
      remaining += 1;
    }
  }
  return degrees;
}

export async function generateSynthetic(options: SyntheticOptions): Promise<SyntheticFiles> {
  const rand = rng(options.seed ?? 42);
  const skew = options.skew ?? 1.0;
  const nActors = options.actors;
  const nEvents = options.events;
  fs.mkdirSync(options.outDir, { recursive: true });
  const tag = `${nActors}a-${nEvents}e-${options.stances}s${options.ownSources ? '-own-sources' : ''}`;
  const jsonFile = path.join(options.outDir, `synthetic-${tag}.json`);
  const csvFile = path.join(options.outDir, `synthetic-${tag}.csv`);

  // Actors: unique names (and so unique slugs), a kind, a bloc.
  const actors: Actor[] = [];
  const taken = new Set<string>();
  const states: number[] = [];
  for (let i = 0; i < nActors; i += 1) {
    const kind = pickWeighted(rand, KIND_MIX);
    let name = '';
    for (let attempt = 0; ; attempt += 1) {
      const base =
        kind === 'person'
          ? `${GIVEN[Math.floor(rand() * GIVEN.length)]} ${word(rand, 3)}`
          : kind === 'state'
            ? `Republic of ${word(rand, 3)}`
            : kind === 'government'
              ? `Government of ${word(rand, 3)}`
              : kind === 'government-body'
                ? `${word(rand, 2)} Ministry of ${TOPICS[Math.floor(rand() * TOPICS.length)].replace(/^\w/, (c) => c.toUpperCase())}`
                : kind === 'intergovernmental'
                  ? `${word(rand, 2)} Union`
                  : `${word(rand, 3)} Foundation`;
      name = attempt > 2 ? `${base} ${attempt}` : base;
      if (!taken.has(slugify(name))) break;
    }
    taken.add(slugify(name));
    if (kind === 'state') states.push(i);
    actors.push({ id: slugify(name), name, kind, bloc: Math.floor(rand() * 6) });
  }
  if (!states.length) states.push(0);

  // Events: resolutions over 35 years; each bloc leans a way on each.
  const events = Array.from({ length: nEvents }, (_, i) => {
    const topic = TOPICS[Math.floor(rand() * TOPICS.length)];
    const year = 1990 + Math.floor(rand() * 36);
    const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const title = `Resolution ${1000 + i} on ${topic}`;
    const lean = Array.from({ length: 6 }, () => {
      const r = rand();
      return r < 0.5 ? 0 : r < 0.8 ? 1 : 2;
    });
    return { id: slugify(title), title, date: `${year}-${month}-${day}`, topic, lean };
  });

  const json = fs.createWriteStream(jsonFile);
  await write(json, `{"format":${JSON.stringify(JSON_FORMAT)},"version":${JSON_VERSION},\n"actors":[\n`);
  for (let i = 0; i < actors.length; i += 1) {
    const a = actors[i];
    const description =
      a.kind === 'person'
        ? `Official of bloc ${a.bloc + 1}`
        : a.kind === 'state'
          ? `A state of bloc ${a.bloc + 1}`
          : `A ${a.kind.replace('-', ' ')} of bloc ${a.bloc + 1}`;
    await write(
      json,
      `${i ? ',\n' : ''}${JSON.stringify({ id: a.id, name: a.name, kind: a.kind, aliases: [], description })}`,
    );
  }
  await write(json, '\n],\n"events":[\n');
  for (let i = 0; i < events.length; i += 1) {
    const e = events[i];
    await write(
      json,
      `${i ? ',\n' : ''}${JSON.stringify({ id: e.id, title: e.title, date: e.date, kind: 'resolution', description: `A vote on ${e.topic}.` })}`,
    );
  }
  // One voting record per event, with its text stored: the stance rows quote it.
  await write(json, '\n],\n"sources":[\n');
  for (let i = 0; i < events.length; i += 1) {
    const e = events[i];
    const text = `Record of the vote on ${e.title}, ${e.date}. ${STANCE_SENTENCES.support} ${STANCE_SENTENCES.condemnation} ${STANCE_SENTENCES.caution}`;
    await write(
      json,
      `${i ? ',\n' : ''}${JSON.stringify({ id: `record-${e.id}`, title: `Voting record: ${e.title}`, publisher: 'Synthetic Assembly', url: `https://records.example.org/${e.id}`, date: e.date, text, about: [e.id] })}`,
    );
  }
  // Relations: people lead or speak for states, bodies are part of them, organisations echo one another.
  await write(json, '\n],\n"relations":[\n');
  let relations = 0;
  const seen = new Set<string>();
  const relate = async (source: number, type: RelationType, target: number) => {
    if (source === target) return;
    const key = `${source}-${type}-${target}`;
    if (seen.has(key)) return;
    seen.add(key);
    await write(
      json,
      `${relations ? ',\n' : ''}${JSON.stringify({ source: actors[source].id, type, target: actors[target].id })}`,
    );
    relations += 1;
  };
  for (let i = 0; i < actors.length; i += 1) {
    const a = actors[i];
    const state = states[Math.floor(rand() * states.length)];
    if (a.kind === 'person') await relate(i, rand() < 0.1 ? 'LEADS' : 'SPEAKS_FOR', state);
    else if (a.kind === 'government-body' || a.kind === 'government') await relate(i, 'PART_OF', state);
    if (rand() < 0.3) await relate(i, 'ECHOES', Math.floor(rand() * actors.length));
  }
  await write(json, '\n]}\n');
  await close(json);

  // Stances: per actor, how many (Zipf); which events (popular ones more often); which stance (bloc lean).
  const degrees = actorDegrees(nActors, nEvents, options.stances, skew);
  // Shuffle which actor gets which rank, so activity does not follow file order.
  const order = Int32Array.from({ length: nActors }, (_, i) => i);
  for (let i = nActors - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const eventWeights = Float64Array.from({ length: nEvents }, (_, i) => 1 / Math.pow(i + 1, 0.6));
  const cumulative = new Float64Array(nEvents);
  let acc = 0;
  for (let i = 0; i < nEvents; i += 1) cumulative[i] = acc += eventWeights[i];
  const pickEvent = () => {
    const r = rand() * acc;
    let lo = 0;
    let hi = nEvents - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Per event, the actors that react (event-major output, like vote records).
  const perEvent: number[][] = Array.from({ length: nEvents }, () => []);
  const chosen = new Uint8Array(nEvents);
  for (let rank = 0; rank < nActors; rank += 1) {
    const actor = order[rank];
    const d = degrees[rank];
    const picks: number[] = [];
    if (d > nEvents / 3) {
      const all = Int32Array.from({ length: nEvents }, (_, i) => i);
      for (let i = 0; i < d; i += 1) {
        const j = i + Math.floor(rand() * (nEvents - i));
        [all[i], all[j]] = [all[j], all[i]];
        picks.push(all[i]);
      }
    } else {
      while (picks.length < d) {
        const e = pickEvent();
        if (!chosen[e]) {
          chosen[e] = 1;
          picks.push(e);
        }
      }
      for (const e of picks) chosen[e] = 0;
    }
    for (const e of picks) perEvent[e].push(actor);
  }

  const stances: Stance[] = ['support', 'condemnation', 'caution'];
  let row = 0;
  const citing = (title: string, url: string): [string, string] => {
    row += 1;
    return options.ownSources ? [`${title}, dispatch ${row}`, `${url}/dispatch-${row}`] : [title, url];
  };
  const rows = await writeCsv(
    csvFile,
    (function* () {
      for (let ei = 0; ei < nEvents; ei += 1) {
        const e = events[ei];
        for (const ai of perEvent[ei]) {
          const a = actors[ai];
          const lean = e.lean[a.bloc];
          const stance = rand() < 0.8 ? stances[lean] : stances[Math.floor(rand() * 3)];
          // Most quote the voting record; some cite the actor's own statement (no stored text).
          const own = rand() < 0.15;
          yield [
            a.name,
            a.kind,
            e.id,
            e.date,
            stance,
            // A vote is cast on its day; a statement is dated too, so the file exercises stated_on.
            e.date,
            own ? `${a.name} said its position on ${e.title} is one of ${stance}.` : STANCE_SENTENCES[stance],
            // Both are a record's account of the actor's position, not its own words.
            'reported',
            ...citing(
              own ? `Statements of ${a.name}` : `Voting record: ${e.title}`,
              own ? `https://statements.example.org/${a.id}` : `https://records.example.org/${e.id}`,
            ),
            e.date,
          ];
        }
      }
    })(),
  );
  return {
    json: jsonFile,
    csv: csvFile,
    counts: { actors: nActors, events: nEvents, sources: nEvents, relations, stances: rows },
  };
}
