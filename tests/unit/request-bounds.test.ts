import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PayloadTooLargeError, readTextBody, saveBody } from '@/lib/api/body';
import { CONSOLE_PARAMS_MAX_DEPTH, consoleParamsProblem } from '@/lib/api/console-params';

/** A request whose body arrives in `chunks` pieces of `size` bytes, with or without a Content-Length. */
function streamed(chunks: number, size: number, declare?: number): { request: Request; pulled: () => number } {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  const headers = declare === undefined ? undefined : { 'content-length': String(declare) };
  const request = new Request('http://127.0.0.1/api/x', {
    method: 'POST',
    body,
    headers,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('request bodies within a byte limit', () => {
  it('reads a body under the limit whole', async () => {
    const { request } = streamed(4, 1000);
    expect(await readTextBody(request, 4000)).toBe('a'.repeat(4000));
  });

  it('refuses a declared length over the limit before reading anything', async () => {
    const { request, pulled } = streamed(1000, 1000, 1_000_000);
    await expect(readTextBody(request, 10_000)).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('stops an undeclared body as soon as it passes the limit, not at its end', async () => {
    const { request, pulled } = streamed(100_000, 1000);
    await expect(readTextBody(request, 10_000)).rejects.toThrow('The request body is larger than 10 KB.');
    expect(pulled()).toBeLessThan(20);
  });

  it('saves an upload to a file, and removes the partial file when it is too large', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'body-test-'));
    try {
      const ok = path.join(dir, 'ok.csv');
      expect(await saveBody(streamed(3, 100).request, ok, 1000)).toBe(300);
      expect(fs.statSync(ok).size).toBe(300);
      const big = path.join(dir, 'big.csv');
      await expect(saveBody(streamed(100, 100).request, big, 1000)).rejects.toBeInstanceOf(PayloadTooLargeError);
      expect(fs.existsSync(big)).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('console parameters', () => {
  it('accepts ordinary JSON parameters', () => {
    expect(
      consoleParamsProblem({ n: 5, name: 'Koofi', ids: ['a', 'b'], range: { from: 1.5, to: 2 }, none: null }),
    ).toBeNull();
  });

  it.each([
    '__isInteger__',
    '__isDate__',
    '__isDateTime__',
    '__isPoint__',
    '__isNode__',
    '__isPath__',
    '__isDuration__',
  ])('refuses an object shaped like a driver %s', (marker) => {
    expect(consoleParamsProblem({ n: { [marker]: true, low: 5, high: 0 } })).toMatch(/type markers/);
    expect(consoleParamsProblem({ list: [{ [marker]: true }] })).toMatch(/params\.list\[0\]/);
  });

  it('refuses whole numbers a JS number cannot hold exactly', () => {
    expect(consoleParamsProblem({ n: 1e308 })).toMatch(/params\.n is a whole number outside ±2\^53/);
    expect(consoleParamsProblem({ n: -(2 ** 53) })).toMatch(/outside ±2\^53/);
    expect(consoleParamsProblem({ n: 2 ** 53 - 1 })).toBeNull();
  });

  it('refuses nesting past the bound without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i += 1) deep = { a: deep };
    expect(consoleParamsProblem({ deep })).toBe(`params are nested more than ${CONSOLE_PARAMS_MAX_DEPTH} levels deep.`);
    let ok: unknown = 1;
    for (let i = 0; i < CONSOLE_PARAMS_MAX_DEPTH - 1; i += 1) ok = [ok];
    expect(consoleParamsProblem(ok)).toBeNull();
  });

  it('refuses too many values', () => {
    expect(consoleParamsProblem({ ids: Array.from({ length: 20_000 }, (_, i) => i) })).toMatch(
      /more than 10,000 values/,
    );
  });
});
