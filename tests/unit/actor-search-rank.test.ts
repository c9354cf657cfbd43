import { describe, expect, it } from 'vitest';
import { rankActorHits, searchRank } from '@/lib/graph/search';
import type { ActorSearchHit } from '@/lib/types';

// Names, aliases and descriptions as graph-seed/first-event/actors.yaml has them; `score` is what
// Lucene gave each (higher for the Russian foreign ministry, whose name holds both words' stems).
const hit = (name: string, aliases: string[], description: string, score: number): ActorSearchHit => ({
  id: name.toLowerCase().replace(/\W+/g, '-'),
  name,
  kind: 'person',
  aliases,
  description,
  score,
});
const MUTTAQI = hit('Amir Khan Muttaqi', ['Muttaqi', 'Mottaki'], 'Foreign minister of the Taliban government.', 10.9);
const MINISTRY = hit(
  'Russian foreign ministry',
  ['Ministry of Foreign Affairs of Russia', 'Russian MFA'],
  "Russia's ministry of foreign affairs.",
  14.7,
);
const RUSSIA = hit('Russia', ['Russian Federation', 'Moscow'], 'State; the first country to recognize the Taliban.', 7);
const PUTIN = hit('Vladimir Putin', ['Putin'], 'President of Russia.', 7.5);
const KOOFI = hit('Fawzia Koofi', ['Koofi', 'Fawzia Kofi'], 'Former Afghan politician.', 9);
const AWPPN = hit('Afghan Women’s Political Participation Network', ['AWPPN'], 'Echoes Koofi’s condemnation.', 9.5);
const UN = hit('United Nations', ['UN'], 'Intergovernmental organisation.', 5.3);
const UNSC = hit('United Nations Security Council', ['UN Security Council'], 'The UN body.', 9.1);

const names = (q: string, hits: ActorSearchHit[]) => rankActorHits(q, hits).map((h) => h.name);

describe('rankActorHits', () => {
  it('finds a role in a description before a name that holds the words only in part', () => {
    expect(names('foreign minister', [MINISTRY, MUTTAQI])).toEqual(['Amir Khan Muttaqi', 'Russian foreign ministry']);
    expect(names('Taliban foreign minister', [MINISTRY, MUTTAQI])[0]).toBe('Amir Khan Muttaqi');
  });

  it('ranks a name above a description that says the same', () => {
    expect(names('Koofi', [AWPPN, KOOFI])).toEqual(['Fawzia Koofi', 'Afghan Women’s Political Participation Network']);
    expect(names('russia', [MINISTRY, PUTIN, RUSSIA])).toEqual([
      'Russia',
      'Russian foreign ministry',
      'Vladimir Putin',
    ]);
  });

  it('puts an actor whose whole name or alias is the search first', () => {
    expect(names('UN', [UNSC, UN])).toEqual(['United Nations', 'United Nations Security Council']);
    expect(names('mottaki', [MINISTRY, MUTTAQI])[0]).toBe('Amir Khan Muttaqi');
  });

  it('prefers whole words to prefixes and typos, and falls back on the index’s score', () => {
    expect(searchRank('koof', KOOFI)).toEqual([0, 0, 0, 1, 1]);
    expect(searchRank('kofi', KOOFI)).toEqual([0, 1, 1, 1, 0]);
    expect(searchRank('mutaqi', MUTTAQI)).toEqual([0, 0, 0, 1, 0]);
    expect(names('president', [RUSSIA, PUTIN])).toEqual(['Vladimir Putin', 'Russia']);
  });
});
