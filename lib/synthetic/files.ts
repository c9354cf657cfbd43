/** Writing the synthetic import files: a stream that waits when full, and the stances' CSV. */
import fs from 'node:fs';
import { once } from 'node:events';
import { csvLine } from '../import/csv';
import { CSV_COLUMNS } from '../import/format';

export async function write(stream: fs.WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function close(stream: fs.WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/** Writes the CSV import format's header and `rows` to `file`, a megabyte at a time; answers how many rows. */
export async function writeCsv(file: string, rows: Iterable<string[]>): Promise<number> {
  const csv = fs.createWriteStream(file);
  let buffer = csvLine([...CSV_COLUMNS]);
  let count = 0;
  for (const row of rows) {
    buffer += csvLine(row);
    count += 1;
    if (buffer.length > 1 << 20) {
      await write(csv, buffer);
      buffer = '';
    }
  }
  await write(csv, buffer);
  await close(csv);
  return count;
}
