/**
 * POST /api/import?name=<file name>[&dryRun=1][&format=csv|json]: the file is the request body. It is
 * saved to a temporary file (an import reads it twice) and imported; the answer streams NDJSON lines:
 * {"type":"progress",...} while it works, then {"type":"report","report":...} or {"type":"error","error":...}.
 * GET /api/import: the recent import runs, interrupted ones marked incomplete.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { z } from 'zod';
import { BadRequestError, handle, json, parseOrThrow } from '@/lib/api/respond';
import { ImportBusyError, ImportFileError, importFile, listImportRuns } from '@/lib/import';
import type { ImportRunList, ImportStreamLine } from '@/lib/types';
import { appDb, isNeo4jUnavailable, unavailableReason } from '@/lib/neo4j';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const importQuerySchema = z.strictObject({
  name: z.string().trim().min(1, 'name (the file name) is required').max(200, 'name must be at most 200 characters'),
  dryRun: z.enum(['0', '1', 'true', 'false'], { message: 'dryRun must be 1 or 0' }).optional(),
  format: z.enum(['csv', 'json'], { message: 'format must be csv or json' }).optional(),
});

function message(error: unknown): string {
  if (error instanceof ImportFileError || error instanceof ImportBusyError) return error.message;
  if (isNeo4jUnavailable(error))
    return `${unavailableReason(error)} The import is recorded as incomplete; import the same file again to complete it.`;
  console.error('Import failed:', error);
  return 'The import failed on the server; the error was logged.';
}

export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const query = parseOrThrow(importQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    if (!request.body) throw new BadRequestError('The request has no body: send the file as the body.');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-upload-'));
    const file = path.join(
      dir,
      `${randomUUID()}${path.extname(query.name).toLowerCase() === '.json' ? '.json' : '.csv'}`,
    );
    try {
      await pipeline(
        Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>),
        fs.createWriteStream(file),
      );
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    if (fs.statSync(file).size === 0) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw new BadRequestError('The file is empty.');
    }
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (line: ImportStreamLine) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        let last = 0;
        try {
          const report = await importFile(appDb(), {
            file,
            displayName: query.name,
            format: query.format,
            dryRun: query.dryRun === '1' || query.dryRun === 'true',
            onProgress: (p) => {
              if (Date.now() - last < 250 && p.fraction < 1) return;
              last = Date.now();
              send({ type: 'progress', ...p });
            },
          });
          send({ type: 'report', report });
        } catch (error) {
          send({ type: 'error', error: message(error) });
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
          controller.close();
        }
      },
    });
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  });
}

export function GET(): Promise<Response> {
  return handle(async () => {
    const body: ImportRunList = { runs: await listImportRuns(appDb()) };
    return json(body);
  });
}
