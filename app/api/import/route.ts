/**
 * POST /api/import?name=<file name>[&dryRun=1][&format=csv|json][&allowFuture=1]: the file is the
 * request body, at most IMPORT_MAX_BYTES (413 past it). It is saved to a temporary file (an import
 * reads it twice) and imported; the answer streams NDJSON lines: {"type":"progress",...} while it
 * works, then {"type":"report","report":...} or {"type":"error","error":...}. One import (dry runs
 * included) runs at a time in the server: another is answered 429 before its body is read.
 * GET /api/import: the recent import runs, interrupted ones marked incomplete.
 *
 * POST needs an editor's session (401 without one, 403 for an account that may not write or a
 * request from another site), checked before anything of the body is read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { saveBody } from '@/lib/api/body';
import { BadRequestError, errorResponse, handle, json, parseOrThrow } from '@/lib/api/respond';
import { requireEditor } from '@/lib/auth/session';
import { importMaxBytes, parseEnv } from '@/lib/config/env';
import { ImportBusyError, ImportFileError, importFile, listImportRuns } from '@/lib/import';
import { uploadPath } from '@/lib/import/uploads';
import type { ImportRunList, ImportStreamLine } from '@/lib/types';
import { appDb, isNeo4jUnavailable, unavailableReason } from '@/lib/neo4j';
import { lineText } from '@/lib/model/limits';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const importQuerySchema = z.strictObject({
  // The file's name is shown back to people, so it follows the rules of every other name.
  name: lineText('name (the file name)', 200),
  dryRun: z.enum(['0', '1', 'true', 'false'], { message: 'dryRun must be 1 or 0' }).optional(),
  format: z.enum(['csv', 'json'], { message: 'format must be csv or json' }).optional(),
  allowFuture: z.enum(['0', '1', 'true', 'false'], { message: 'allowFuture must be 1 or 0' }).optional(),
});

const yes = (flag: string | undefined) => flag === '1' || flag === 'true';

/**
 * Set while an import (or dry run) holds this server: checked and set in one synchronous step, so two
 * requests cannot both pass. An import checks and holds the file, CPU and memory it needs alone.
 */
let importRunning = false;

function message(error: unknown): string {
  if (error instanceof ImportFileError || error instanceof ImportBusyError) return error.message;
  if (isNeo4jUnavailable(error))
    return `${unavailableReason(error)} The import is recorded as incomplete; import the same file again to complete it.`;
  console.error('Import failed:', error);
  return 'The import failed on the server; the error was logged.';
}

export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    const user = await requireEditor(appDb(), request);
    const query = parseOrThrow(importQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
    if (!request.body) throw new BadRequestError('The request has no body: send the file as the body.');
    if (importRunning)
      return errorResponse(429, 'Another import is running on this server; try again when it has finished.');
    importRunning = true;
    let handedOver = false;
    const file = uploadPath(path.extname(query.name).toLowerCase() === '.json' ? '.json' : '.csv');
    try {
      // saveBody removes the partial file itself when the body is too large or the client goes away.
      if ((await saveBody(request, file, importMaxBytes(parseEnv(process.env)))) === 0)
        throw new BadRequestError('The file is empty.');
      const response = importResponse(file, query, user.username);
      handedOver = true;
      return response;
    } finally {
      if (!handedOver) {
        fs.rmSync(file, { force: true });
        importRunning = false;
      }
    }
  });
}

/** Runs the import of a saved upload as the answer streams; the upload is removed and the server freed at the end. */
function importResponse(file: string, query: z.infer<typeof importQuerySchema>, user: string): Response {
  const encoder = new TextEncoder();
  let open = true;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: ImportStreamLine) => {
        // A client that went away gets nothing more; the import still finishes (or fails) whole.
        if (open) controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      };
      let last = 0;
      try {
        const report = await importFile(appDb(), {
          file,
          displayName: query.name,
          format: query.format,
          dryRun: yes(query.dryRun),
          allowFuture: yes(query.allowFuture),
          user,
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
        fs.rmSync(file, { force: true });
        importRunning = false;
        if (open) controller.close();
        open = false;
      }
    },
    cancel() {
      open = false;
    },
  });
  return new Response(body, {
    status: 200,
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function GET(): Promise<Response> {
  return handle(async () => {
    const body: ImportRunList = { runs: await listImportRuns(appDb()) };
    return json(body);
  });
}
