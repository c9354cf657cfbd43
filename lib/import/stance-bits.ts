/**
 * What the importer knows of each stance of the file, in one small integer beside its id in a
 * CompactKeyMap (a million stances fit in a few MB this way, where objects would take hundreds):
 *
 *   bits 0-1  the stance the file gives: STANCE_CODE (1 support, 2 condemnation, 3 caution)
 *   bits 2-3  what the database said of it: STATE_NEW, STATE_UPDATED or STATE_UNCHANGED (0: not asked yet)
 *   bit 4     MAYBE_IN_DB: the database may hold it already, so a batch must ask before it creates it
 *   bit 5     SENT: a batch of the stance pass has taken it (a later batch only adds quotes)
 *   bit 6     GOT_QUOTE: a batch added a quote to it or changed its date (an unchanged stance that did is counted updated)
 */
import type { Stance } from '../domain';
import type { ChangeCounts } from './format';
import type { CompactKeyMap } from './hashset';

export const STANCE_CODE: Record<Stance, number> = { support: 1, condemnation: 2, caution: 3 };
export const STANCE_CODE_MASK = 3;

const STATE_NEW = 1 << 2;
const STATE_UPDATED = 2 << 2;
const STATE_UNCHANGED = 3 << 2;
const STATE_MASK = 3 << 2;

export const MAYBE_IN_DB = 1 << 4;
export const SENT = 1 << 5;
export const GOT_QUOTE = 1 << 6;

/**
 * Records what the database said about a stance: its value before (null: none), or undefined for a
 * later batch of a stance that an earlier batch classifies; and whether a quote of it was new (or its date changed).
 */
export function classify(value: number, stance: Stance, old: string | null | undefined, gotQuote: boolean): number {
  let next = value;
  if (old !== undefined)
    next = (next & ~STATE_MASK) | (old === null ? STATE_NEW : old !== stance ? STATE_UPDATED : STATE_UNCHANGED);
  if (gotQuote) next |= GOT_QUOTE;
  return next;
}

/** The report's stance counts from the classified stances. */
export function tallyStances(stances: CompactKeyMap, counts: ChangeCounts): void {
  counts.new = 0;
  counts.updated = 0;
  counts.unchanged = 0;
  for (const [value, n] of stances.tally()) {
    const s = value & STATE_MASK;
    // An unchanged stance that gained a quote is updated.
    if (s === STATE_NEW) counts.new += n;
    else if (s === STATE_UNCHANGED && value & GOT_QUOTE) counts.updated += n;
    else if (s === STATE_UPDATED) counts.updated += n;
    else if (s === STATE_UNCHANGED) counts.unchanged += n;
  }
}
