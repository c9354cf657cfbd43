/**
 * Where POST /api/import keeps an upload while it is imported (the importer reads a file twice):
 * one folder of the app's, each file named by the process that owns it, so what a crashed or killed
 * server left behind is found and removed, and an import running in another server is not.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const UPLOAD_DIR = path.join(os.tmpdir(), 'stancegraph-uploads');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

let cleaned = false;

/** Removes uploads whose server is gone (once per process). */
function removeStale(): void {
  if (cleaned) return;
  cleaned = true;
  for (const name of fs.readdirSync(UPLOAD_DIR)) {
    const pid = Number(name.split('-')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid))
      fs.rmSync(path.join(UPLOAD_DIR, name), { force: true, recursive: true });
  }
}

/** A new file name in the upload folder, with the given extension. */
export function uploadPath(extension: '.csv' | '.json'): string {
  fs.mkdirSync(UPLOAD_DIR, { recursive: true, mode: 0o700 });
  removeStale();
  return path.join(UPLOAD_DIR, `${process.pid}-${randomUUID()}${extension}`);
}
