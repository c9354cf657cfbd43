/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula, so a CSV export would hand a reader's spreadsheet whatever formula an imported quote
 * held. The export prefixes such cells with an apostrophe (the usual neutraliser, shown by
 * spreadsheets as text); the import takes exactly one apostrophe off again. Cells that already start
 * with apostrophes before such a character get one more, so the round trip is exact for every text.
 */
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The cell as written to a CSV export. */
export function guardFormula(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

/** The cell as read from a CSV import: `guardFormula` undone. */
export function unguardFormula(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
