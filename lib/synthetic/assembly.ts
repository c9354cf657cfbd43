/**
 * The second synthetic profile, shaped like an assembly's roll-call votes (issue 14): `members`
 * members each taking a stance on about `coverage` of `motions` motions spread over 1990-2025 (about
 * 140 stances per motion with the defaults), one voting record per motion holding every member's
 * own line (so every quote differs), a mix of the three stances that differs per member (some abstain
 * far more than others), and six blocs whose members drift towards another bloc over the years.
 * Written as the same import files as generate.ts, so it goes through the import path.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Stance } from '../domain';
import { JSON_FORMAT, JSON_VERSION } from '../import/format';
import { mulberry32 } from '../random';
import { close, write, writeCsv } from './files';
import type { SyntheticFiles } from './generate';

export interface AssemblyOptions {
  members: number;
  motions: number;
  /** The share of motions each member takes a stance on. */
  coverage?: number;
  seed?: number;
  outDir: string;
}

const FIRST_YEAR = 1990;
const YEARS = 36;
const BLOCS = 6;
const STANCES: Stance[] = ['support', 'condemnation', 'caution'];
const VOTE_WORDS: Record<Stance, string> = {
  support: 'voted in favour of',
  condemnation: 'voted against',
  caution: 'abstained on',
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export async function generateAssembly(options: AssemblyOptions): Promise<SyntheticFiles> {
  const rand = mulberry32(options.seed ?? 42);
  const coverage = options.coverage ?? 0.7;
  fs.mkdirSync(options.outDir, { recursive: true });
  const tag = `assembly-${options.members}m-${options.motions}x-${Math.round(coverage * 100)}`;
  const jsonFile = path.join(options.outDir, `${tag}.json`);
  const csvFile = path.join(options.outDir, `${tag}.csv`);

  const members = Array.from({ length: options.members }, (_, i) => ({
    id: `member-${pad(i, 4)}`,
    name: `Member ${pad(i, 4)}`,
    bloc: i % BLOCS,
    // The bloc it drifts towards, a little more each year, and how often it abstains.
    drift: (i % BLOCS) + 1 + Math.floor(rand() * (BLOCS - 1)),
    abstains: 0.05 + rand() * 0.3,
  }));
  const motions = Array.from({ length: options.motions }, (_, i) => {
    const year = FIRST_YEAR + Math.floor((i * YEARS) / options.motions);
    return {
      id: `motion-${pad(i, 5)}`,
      title: `Motion ${i}`,
      date: `${year}-${pad(1 + Math.floor(rand() * 12), 2)}-${pad(1 + Math.floor(rand() * 28), 2)}`,
      lean: Array.from({ length: BLOCS }, () => Math.floor(rand() * 2)),
    };
  });
  // Who took which stance when, decided first: the record's text and the CSV rows both come from it.
  const votes = motions.map((m) => {
    const yearShare = (Number(m.date.slice(0, 4)) - FIRST_YEAR) / YEARS;
    return members.flatMap((member) => {
      if (rand() >= coverage) return [];
      const bloc = rand() < yearShare * 0.6 ? member.drift % BLOCS : member.bloc;
      const stance: Stance =
        rand() < member.abstains ? 'caution' : rand() < 0.85 ? STANCES[m.lean[bloc]] : STANCES[Math.floor(rand() * 2)];
      // Most on the vote's day; some explain their vote in a month of the next year.
      const statedOn =
        rand() < 0.9 ? m.date : `${Number(m.date.slice(0, 4)) + 1}-${pad(1 + Math.floor(rand() * 12), 2)}`;
      return [{ member, stance, statedOn, line: `${member.name} ${VOTE_WORDS[stance]} ${m.title}.` }];
    });
  });

  const json = fs.createWriteStream(jsonFile);
  await write(json, `{"format":${JSON.stringify(JSON_FORMAT)},"version":${JSON_VERSION},\n"actors":[\n`);
  for (const [i, m] of members.entries())
    await write(
      json,
      `${i ? ',\n' : ''}${JSON.stringify({ id: m.id, name: m.name, kind: 'state', aliases: [], description: `A member of bloc ${m.bloc + 1}` })}`,
    );
  await write(json, '\n],\n"events":[\n');
  for (const [i, m] of motions.entries())
    await write(
      json,
      `${i ? ',\n' : ''}${JSON.stringify({ id: m.id, title: m.title, date: m.date, kind: 'vote', description: `A roll-call vote on ${m.title}.` })}`,
    );
  await write(json, '\n],\n"sources":[\n');
  for (const [i, m] of motions.entries()) {
    const text = [`Roll call on ${m.title}, ${m.date}.`, ...votes[i].map((v) => v.line)].join('\n');
    await write(
      json,
      `${i ? ',\n' : ''}${JSON.stringify({ id: `roll-call-${m.id}`, title: `Roll call: ${m.title}`, publisher: 'Synthetic Assembly', url: `https://assembly.example.org/${m.id}`, date: m.date, text, about: [m.id] })}`,
    );
  }
  await write(json, '\n],\n"relations":[]}\n');
  await close(json);

  const rows = await writeCsv(
    csvFile,
    (function* () {
      for (const [i, m] of motions.entries())
        for (const v of votes[i])
          yield [
            v.member.name,
            'state',
            m.id,
            m.date,
            v.stance,
            v.statedOn,
            v.line,
            'reported',
            `Roll call: ${m.title}`,
            `https://assembly.example.org/${m.id}`,
            m.date,
          ];
    })(),
  );
  return {
    json: jsonFile,
    csv: csvFile,
    counts: { actors: members.length, events: motions.length, sources: motions.length, relations: 0, stances: rows },
  };
}
