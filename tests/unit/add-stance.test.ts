import { describe, expect, it } from 'vitest';
import {
  draftProblems,
  saveStanceDraft,
  SaveStepError,
  type AddStanceApi,
  type Created,
  type DraftParts,
  type StanceDraft,
} from '@/lib/client/add-stance';
import type { SourceRecord, StanceRecord } from '@/lib/types';

const TEXT = 'Oslo, 4 July. Norway "regrets the decision", its foreign ministry said.';
const SOURCE: SourceRecord = {
  id: 'src-1',
  title: 'Oslo reacts',
  publisher: 'Wire',
  url: null,
  date: '2025-07-04',
  text: TEXT,
  version: 1,
};
const STANCE: StanceRecord = {
  id: 'norway--e-1',
  actorId: 'norway',
  eventId: 'e-1',
  stance: 'caution',
  evidence: [{ quote: 'regrets the decision', kind: 'direct', sourceId: 'src-1' }],
  statedOn: '2025-07-04',
  version: 1,
};

function fakeApi(overrides: Partial<AddStanceApi> = {}): { api: AddStanceApi; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const api: AddStanceApi = {
    createActor: async (input) => {
      calls.push(['actor', input]);
      return { actor: { id: 'norway', name: input.name, kind: input.kind, aliases: [], description: '', version: 1 } };
    },
    createEvent: async (input) => {
      calls.push(['event', input]);
      return { event: { id: 'e-1', title: input.title, date: input.date, kind: '', description: '', version: 1 } };
    },
    createSource: async (input) => {
      calls.push(['source', input]);
      return { source: SOURCE, existing: false };
    },
    createStance: async (input) => {
      calls.push(['stance', input]);
      return { stance: STANCE, created: true };
    },
    ...overrides,
  };
  return { api, calls };
}

const NEW_EVERYTHING: StanceDraft = {
  actor: { mode: 'new', name: ' Norway ', kind: 'state', description: '' },
  event: { mode: 'new', title: 'Vote', date: '2025-07-03', description: 'A vote' },
  source: { mode: 'new', title: 'Oslo reacts', publisher: ' Wire ', url: '', date: '2025-07-04', text: TEXT },
  quote: 'regrets the decision',
  quoteKind: 'direct',
  stance: 'caution',
};

describe('saving an Add stance draft', () => {
  it('creates the new actor, event and source first, then the stance naming them by id', async () => {
    const { api, calls } = fakeApi();
    const created: Created[] = [];
    const answer = await saveStanceDraft(NEW_EVERYTHING, api, (c) => created.push(c));
    expect(answer).toEqual({ stance: STANCE, created: true });
    expect(calls).toEqual([
      ['actor', { name: 'Norway', kind: 'state' }],
      ['event', { title: 'Vote', date: '2025-07-03', description: 'A vote' }],
      ['source', { title: 'Oslo reacts', text: TEXT, event: 'e-1', publisher: 'Wire', date: '2025-07-04' }],
      [
        'stance',
        {
          actor: 'norway',
          event: 'e-1',
          stance: 'caution',
          sourceId: 'src-1',
          quote: 'regrets the decision',
          quoteKind: 'direct',
        },
      ],
    ]);
    expect(created.map((c) => c.step)).toEqual(['actor', 'event', 'source']);
  });

  it('writes only the stance when actor, event and source are stored ones', async () => {
    const { api, calls } = fakeApi();
    await saveStanceDraft(
      {
        ...NEW_EVERYTHING,
        actor: { mode: 'existing', id: 'norway', name: 'Norway', kind: 'state' },
        event: { mode: 'existing', id: 'e-1', title: 'Vote' },
        source: { mode: 'stored', id: 'src-1' },
      },
      api,
      () => {},
    );
    expect(calls.map(([what]) => what)).toEqual(['stance']);
  });

  it('says which write failed, after handing back what was created before it', async () => {
    const refusal = new Error('The quote is not a verbatim part of the source.');
    const { api } = fakeApi({ createStance: () => Promise.reject(refusal) });
    const created: Created[] = [];
    const failure = await saveStanceDraft(NEW_EVERYTHING, api, (c) => created.push(c)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(SaveStepError);
    expect((failure as SaveStepError).step).toBe('stance');
    expect((failure as SaveStepError).cause).toBe(refusal);
    expect((failure as SaveStepError).message).toBe(refusal.message);
    expect(created.map((c) => c.step)).toEqual(['actor', 'event', 'source']);
  });

  it('stops before the stance when a pasted article is stored already without the quote', async () => {
    const stored = { ...SOURCE, text: 'Another wording of the same report.' };
    const { api, calls } = fakeApi({ createSource: async () => ({ source: stored, existing: true }) });
    const created: Created[] = [];
    const failure = (await saveStanceDraft(NEW_EVERYTHING, api, (c) => created.push(c)).catch(
      (e: unknown) => e,
    )) as SaveStepError;
    expect(failure.step).toBe('source');
    expect(failure.message).toMatch(/stored already.*Choose the quote again/);
    expect(created.at(-1)).toEqual({ step: 'source', source: stored, existing: true });
    expect(calls.map(([what]) => what)).not.toContain('stance');
  });

  it('uses a stored article that holds the quote, as stored', async () => {
    const { api, calls } = fakeApi({
      createSource: async () => ({ source: { ...SOURCE, id: 'src-old' }, existing: true }),
    });
    await saveStanceDraft(NEW_EVERYTHING, api, () => {});
    expect(calls.at(-1)?.[1]).toMatchObject({ sourceId: 'src-old' });
  });
});

describe('what an Add stance draft still lacks', () => {
  const complete: DraftParts = {
    actor: { mode: 'existing', id: 'norway', name: 'Norway', kind: 'state' },
    event: { mode: 'existing', id: 'e-1', title: 'Vote' },
    source: { mode: 'stored', id: 'src-1' },
    quote: 'regrets the decision',
    stance: 'caution',
  };

  it('lacks nothing when every part is chosen', () => {
    expect(draftProblems(complete)).toEqual([]);
  });

  it('names each missing part, in the form’s order', () => {
    expect(
      draftProblems({
        actor: null,
        event: { mode: 'existing', id: '', title: '' },
        source: { mode: 'stored', id: '' },
        quote: null,
        stance: null,
      }),
    ).toEqual([
      'Choose the actor, or add a new one.',
      'Choose the event, or add a new one.',
      'Choose a stored source, or paste the article.',
      'Select the quote in the source’s text.',
      'Choose the stance: support, condemnation or caution.',
    ]);
  });

  it('checks the new actor’s name, the new event’s date and the pasted article’s link, date and text', () => {
    expect(
      draftProblems({
        ...complete,
        actor: { mode: 'new', name: ' ', kind: 'state', description: '' },
        event: { mode: 'new', title: 'Vote', date: '3 July 2025', description: '' },
        source: { mode: 'new', title: 'T', publisher: '', url: 'javascript:alert(1)', date: '2025-13', text: ' ' },
      }),
    ).toEqual([
      'Give the new actor a name.',
      'Give the new event a date such as 2025-07-03 (or 2025-07, or 2025).',
      'Paste the article’s text.',
      'The link must be a full web address (https://…), or left empty.',
      'The article’s date must be like 2025-07-04 (or 2025-07, or 2025), or left empty.',
    ]);
  });

  it('refuses a quote longer than the model takes', () => {
    expect(draftProblems({ ...complete, quote: 'x'.repeat(10_001) })).toEqual([
      'The quote is longer than 10,000 characters: select fewer words.',
    ]);
  });
});
