/**
 * How good the extractor is on hand-labelled reports (tests/fixtures/ingest/, the seed article):
 * recall and precision of actors, of (actor, stance) pairs, and of quotes that hold the labelled
 * evidence, with what each article missed and got wrong. `npm run eval:ingest` prints it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { ActorKind, Stance } from '../domain';
import { actStem, describeEvent } from './event';
import { STATE_BY_WORD } from './lexicon';
import { extractFromArticle } from '.';
import type { EventDescription, Extraction, KnownActor } from './types';

interface LabelledStance {
  actor: string;
  stance: Stance;
  evidence: string;
}

interface LabelledRelation {
  type: string;
  from: string;
  to: string;
}

/** The relations the extractor proposes; a labelled LEADS counts as SPEAKS_FOR (fixtures' README). */
const SCORED_RELATIONS = new Set(['SPEAKS_FOR', 'PART_OF', 'LEADS']);

export interface Case {
  name: string;
  text: string;
  contentType?: string;
  event: EventDescription;
  known: KnownActor[];
  /** Who published the report (a think tank's own brief speaks as "we"). */
  publisher?: string;
  stances: LabelledStance[];
  /** Who speaks for or is part of whom, as the report says it; left out, relations are not scored. */
  relations?: LabelledRelation[];
}

interface FixtureFile {
  publisher?: string;
  event: { title: string; actor?: string; act?: string; target?: string; aliases?: string[] };
  known?: { name: string; kind: ActorKind; aliases?: string[] }[];
  stances: LabelledStance[];
  relations?: LabelledRelation[];
}

export function loadFixtures(dir: string): Case[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const label = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as FixtureFile;
      const base = file.replace(/\.json$/, '');
      const html = fs.existsSync(path.join(dir, `${base}.html`));
      const text = fs.readFileSync(path.join(dir, `${base}.${html ? 'html' : 'txt'}`), 'utf8');
      const known = (label.known ?? []).map((k, i) => ({
        id: `known-${i}`,
        name: k.name,
        kind: k.kind,
        aliases: k.aliases ?? [],
      }));
      const event: EventDescription = {
        title: label.event.title,
        actor: label.event.actor ?? null,
        act: label.event.act ? actStem(label.event.act) : null,
        target: label.event.target ?? null,
        aliases: label.event.aliases ?? [],
        targetNames: label.event.target ? [label.event.target] : [],
      };
      // A relation without both ends written (a set being labelled) is left out rather than scored wrong.
      const relations = (label.relations ?? []).filter(
        (r) => SCORED_RELATIONS.has(r.type) && typeof r.from === 'string' && typeof r.to === 'string',
      );
      return {
        name: base,
        text,
        contentType: html ? 'text/html' : undefined,
        event,
        known,
        publisher: label.publisher,
        stances: label.stances,
        relations,
      };
    });
}

/** The seed article, labelled by the reviewed seed: its stances on the first event. */
export function seedCase(seedDir: string, articleFile: string): Case {
  const read = (f: string) => parse(fs.readFileSync(path.join(seedDir, f), 'utf8'));
  const actors = read('actors.yaml') as { id: string; name: string; kind: ActorKind; aliases?: string[] }[];
  const relations = read('relations.yaml') as { source: string; target: string; type: string }[];
  const stances = read('stances.yaml') as {
    actor: string;
    event: string;
    stance: Stance;
    evidence: { quote: string }[];
  }[];
  const events = read('events.yaml') as { id: string; title: string }[];
  const known: KnownActor[] = actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases ?? [],
    speaksFor: relations
      .filter((r) => r.source === a.id && (r.type === 'SPEAKS_FOR' || r.type === 'LEADS'))
      .map((r) => r.target),
  }));
  const eventId = 'russia-recognizes-taliban';
  const title = events.find((e) => e.id === eventId)!.title;
  return {
    name: 'seed: russia-recognizes-taliban',
    text: fs.readFileSync(articleFile, 'utf8'),
    event: describeEvent({ title }, known),
    known,
    stances: stances
      .filter((s) => s.event === eventId)
      .map((s) => ({
        actor: actors.find((a) => a.id === s.actor)!.name,
        stance: s.stance,
        evidence: s.evidence[0].quote,
      })),
  };
}

const norm = (name: string) =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']/g, "'")
    // "Kalat's defence ministry" and "Kalat defence ministry" are one name written two ways.
    .replace(/'s\s/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    // "UN Secretary-General" and "United Nations Secretary-General": one post, its body written two ways (the EU's too).
    .replace(/^u\.?n\.? /, 'united nations ')
    .replace(/^eu /, 'european union ')
    // "Harlund's embassy in Tiliboro" and "the Harlund embassy": one state's embassy, its city said or not.
    .replace(/ embassy in [a-z' -]+$/, ' embassy')
    // "the Open Kaspary faction" and "Open Kaspary" are one party, written with its noun or without.
    .replace(/ (?:party|faction)$/, '')
    // "Ministry of Foreign Affairs and Cooperation of Koluma" is Koluma's foreign ministry, as proposed.
    .replace(
      /^ministry of (?:foreign|external) affairs(?:(?:,| and) [a-z ,]+?)? of (?:the )?(?:(?:republic|kingdom|state) of )?(.+)$/,
      '$1 foreign ministry',
    )
    .replace(/^(.+) ministry of (?:foreign|external) affairs$/, '$1 foreign ministry')
    // "the foreign ministry of Varkand" is Varkand's foreign ministry, as proposed.
    .replace(/^([a-z]+ ministry) of (.+)$/, '$2 $1')
    // "the government of Estmarch" is the Estmarch government, as proposed.
    .replace(
      /^((?:(?:transitional|interim|caretaker|provisional|military) )?government|parliament|cabinet|presidency) of (.+)$/,
      '$2 $1',
    );

/**
 * A proposed name is the labelled actor when it is the same name, an alias of it, the same state
 * under another of its names ("Britain", proposed as "United Kingdom"), or its surname.
 */
export function sameActor(label: string, proposed: string, known: KnownActor[] = []): boolean {
  const a = norm(label);
  const b = norm(proposed);
  if (a === b) return true;
  const state = (name: string) => STATE_BY_WORD.get(name.replace(/^the\s+/i, ''));
  if (state(label) !== undefined && state(label) === state(proposed)) return true;
  const k = known.find((x) => [x.name, ...x.aliases].some((n) => norm(n) === a));
  if (k && [k.name, ...k.aliases].some((n) => norm(n) === b)) return true;
  return a.split(' ').length > 1 && b.split(' ').length > 1 && (a.endsWith(` ${b}`) || b.endsWith(` ${a}`));
}

export interface CaseResult {
  name: string;
  ms: number;
  labelled: { actors: number; pairs: number };
  proposed: { actors: number; pairs: number };
  found: { actors: number; pairs: number; quotes: number };
  correct: { actors: number; pairs: number };
  /** Speaks-for and part-of relations, either way round in type: labelled, found, proposed, proposed right. */
  relations: { labelled: number; found: number; proposed: number; correct: number };
  missed: string[];
  wrong: string[];
}

function score(c: Case, extraction: Extraction, ms: number): CaseResult {
  // An actor is proposed with or without a stance (the reviewer picks one); a pair needs the stance.
  const withStance = extraction.proposals.filter((p) => p.stance !== null);
  const proposedActors = [...new Set(extraction.proposals.map((p) => p.actor.name))];
  const proposedPairs = [...new Set(withStance.map((p) => `${p.actor.name}|${p.stance}`))];
  const missed: string[] = [];
  const wrong: string[] = [];
  let actors = 0;
  let pairs = 0;
  let quotes = 0;
  for (const label of c.stances) {
    if (extraction.proposals.some((p) => sameActor(label.actor, p.actor.name, c.known))) actors += 1;
    const mine = withStance.filter((p) => sameActor(label.actor, p.actor.name, c.known));
    const right = mine.filter((p) => p.stance === label.stance);
    if (right.length > 0) pairs += 1;
    if (mine.some((p) => p.quote.includes(label.evidence) || label.evidence.includes(p.quote))) quotes += 1;
    const spoke = extraction.proposals.some((p) => sameActor(label.actor, p.actor.name, c.known));
    if (mine.length === 0)
      missed.push(
        `${label.actor} (${label.stance}): ${spoke ? 'proposed without a stance' : 'no proposal'}; evidence "${label.evidence.slice(0, 80)}"`,
      );
    else if (right.length === 0)
      missed.push(
        `${label.actor}: proposed ${[...new Set(mine.map((p) => p.stance))].join('/')}, labelled ${label.stance}`,
      );
  }
  const correctActors = proposedActors.filter((a) => c.stances.some((l) => sameActor(l.actor, a, c.known))).length;
  const correctPairs = proposedPairs.filter((pair) => {
    const [a, s] = pair.split('|');
    return c.stances.some((l) => l.stance === s && sameActor(l.actor, a, c.known));
  }).length;
  for (const pair of proposedPairs) {
    const [a, s] = pair.split('|');
    if (!c.stances.some((l) => l.stance === s && sameActor(l.actor, a, c.known))) {
      const p = withStance.find((x) => x.actor.name === a && x.stance === s)!;
      wrong.push(`${a} (${s}) from "${p.quote.slice(0, 80)}" [${p.how}; cue ${p.cue}]`);
    }
  }
  return {
    name: c.name,
    ms,
    relations: scoreRelations(c, extraction),
    labelled: { actors: c.stances.length, pairs: c.stances.length },
    proposed: { actors: proposedActors.length, pairs: proposedPairs.length },
    found: { actors, pairs, quotes },
    correct: { actors: correctActors, pairs: correctPairs },
    missed,
    wrong,
  };
}

function scoreRelations(c: Case, extraction: Extraction): CaseResult['relations'] {
  if (!c.relations) return { labelled: 0, found: 0, proposed: 0, correct: 0 };
  const labelled = c.relations;
  const proposed = extraction.relations.filter((r) => r.type !== 'ECHOES');
  const same = (l: LabelledRelation, r: (typeof proposed)[number]) =>
    sameActor(l.from, r.from.name, c.known) && sameActor(l.to, r.to.name, c.known);
  return {
    labelled: labelled.length,
    found: labelled.filter((l) => proposed.some((r) => same(l, r))).length,
    proposed: proposed.length,
    correct: proposed.filter((r) => labelled.some((l) => same(l, r))).length,
  };
}

export async function runCase(c: Case): Promise<CaseResult> {
  const started = performance.now();
  const extraction = await extractFromArticle({
    text: c.text,
    contentType: c.contentType,
    event: c.event,
    known: c.known,
    publisher: c.publisher,
  });
  return score(c, extraction, performance.now() - started);
}

export function totals(results: CaseResult[]) {
  const sum = (f: (r: CaseResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    actorRecall: ratio(
      sum((r) => r.found.actors),
      sum((r) => r.labelled.actors),
    ),
    actorPrecision: ratio(
      sum((r) => r.correct.actors),
      sum((r) => r.proposed.actors),
    ),
    pairRecall: ratio(
      sum((r) => r.found.pairs),
      sum((r) => r.labelled.pairs),
    ),
    pairPrecision: ratio(
      sum((r) => r.correct.pairs),
      sum((r) => r.proposed.pairs),
    ),
    quoteRecall: ratio(
      sum((r) => r.found.quotes),
      sum((r) => r.labelled.pairs),
    ),
    relationRecall: ratio(
      sum((r) => r.relations.found),
      sum((r) => r.relations.labelled),
    ),
    relationPrecision: ratio(
      sum((r) => r.relations.correct),
      sum((r) => r.relations.proposed),
    ),
  };
}
