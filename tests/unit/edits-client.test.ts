import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '@/lib/client/data/api';
import { changeStance, conflictOf, revertChange } from '@/lib/client/data/edits';

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the editors’ fetchers', () => {
  it('send the write as JSON with its method, to the record’s address', async () => {
    const fetch = vi.fn(async () => answer(200, { stance: { id: 'a--e', version: 3 } }));
    vi.stubGlobal('fetch', fetch);
    await changeStance('a--e', { version: 2, stance: 'caution', reason: 'later statement' });
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/stances/a--e');
    expect(init.method).toBe('PATCH');
    expect(JSON.parse(String(init.body))).toEqual({ version: 2, stance: 'caution', reason: 'later statement' });
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('keep a 409’s whole answer on the error, so the form can show the record as it is now', async () => {
    const current = { id: 'a--e', stance: 'support', version: 4 };
    vi.stubGlobal('fetch', async () => answer(409, { error: 'This stance was changed by someone else.', current }));
    const error = await changeStance('a--e', { version: 2, stance: 'caution', reason: 'r' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).message).toBe('This stance was changed by someone else.');
    expect(conflictOf(error)).toEqual({ error: 'This stance was changed by someone else.', current });
  });

  it('read a refused revert’s later changes, and no conflict in other failures', async () => {
    const conflicts = [{ id: 'c2', summary: 'changed it again' }];
    vi.stubGlobal('fetch', async () => answer(409, { error: 'Later changes', current: null, conflicts }));
    expect(conflictOf(await revertChange('c1', '').catch((e: unknown) => e))?.conflicts).toEqual(conflicts);
    expect(conflictOf(new ApiRequestError('Bad input', 400, { error: 'Bad input' }))).toBeNull();
    expect(conflictOf(new Error('network'))).toBeNull();
  });

  it('send a revert without a reason as an empty object', async () => {
    const fetch = vi.fn(async () => answer(200, { change: { id: 'c3' } }));
    vi.stubGlobal('fetch', fetch);
    await revertChange('c1', '');
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/changes/c1/revert');
    expect(init.body).toBe('{}');
  });
});
