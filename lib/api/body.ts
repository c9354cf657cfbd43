/**
 * Request bodies read within a byte limit. The limit is checked against `Content-Length` before
 * anything is read, and again while the body streams in (a client may send no length, or lie), so
 * an oversized body costs the server at most `maxBytes` of memory or disk.
 */
import fs from 'node:fs';

export class PayloadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${formatBytes(maxBytes)}.`);
    this.name = 'PayloadTooLargeError';
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function checkDeclaredLength(request: Request, maxBytes: number): void {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBytes) {
    throw new PayloadTooLargeError(maxBytes);
  }
}

/** Every chunk of the body, stopping with PayloadTooLargeError once more than `maxBytes` arrived. */
async function* limitedChunks(request: Request, maxBytes: number): AsyncGenerator<Uint8Array> {
  checkDeclaredLength(request, maxBytes);
  if (!request.body) return;
  const reader = request.body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      received += value.byteLength;
      if (received > maxBytes) throw new PayloadTooLargeError(maxBytes);
      yield value;
    }
  } finally {
    // Stop the upload rather than drain it: the rest is never wanted.
    await reader.cancel().catch(() => undefined);
  }
}

/** The body as text (UTF-8), at most `maxBytes`. */
export async function readTextBody(request: Request, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of limitedChunks(request, maxBytes)) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The body written to `file`, at most `maxBytes`; returns the bytes written. On any failure the
 * partial file is removed before the error is thrown.
 */
export async function saveBody(request: Request, file: string, maxBytes: number): Promise<number> {
  const out = await fs.promises.open(file, 'wx');
  let written = 0;
  try {
    for await (const chunk of limitedChunks(request, maxBytes)) {
      await out.write(chunk);
      written += chunk.byteLength;
    }
    await out.close();
    return written;
  } catch (error) {
    await out.close().catch(() => undefined);
    fs.rmSync(file, { force: true });
    throw error;
  }
}
