/**
 * A compact set of strings for a million-row import: it keeps a 64-bit hash of each key (not the
 * key), a small value and the row that added it, in typed arrays. A Map of a million strings costs
 * ~150 MB; this costs ~20 MB. Two different keys share a hash with odds of about 1 in 10^7 per
 * million keys, which at worst reports a spurious duplicate row (never writes a wrong one).
 */
export class CompactKeyMap {
  /** Per slot: the key's two hash halves and its row, side by side (one cache line per probe). */
  private slots: Uint32Array;
  private values: Uint8Array;
  private used: Uint8Array;
  private count = 0;

  constructor(capacity = 1 << 16) {
    const size = nextPowerOfTwo(Math.max(16, capacity * 2));
    this.slots = new Uint32Array(size * 3);
    this.values = new Uint8Array(size);
    this.used = new Uint8Array(size);
  }

  get size(): number {
    return this.count;
  }

  /** The slot of `key` (a string, or the parts of one joined with \u0000), or -1. */
  find(key: string | readonly string[]): number {
    hash64(key);
    const slot = this.probe(hashHi, hashLo);
    return this.used[slot] ? slot : -1;
  }

  /** Adds `key` if absent; returns its slot and whether it was already there. */
  add(key: string | readonly string[], row: number, value = 0): { slot: number; existed: boolean } {
    if ((this.count + 1) * 2 > this.used.length) this.grow();
    hash64(key);
    const slot = this.probe(hashHi, hashLo);
    if (this.used[slot]) return { slot, existed: true };
    this.put(slot, hashHi, hashLo, row);
    this.values[slot] = value;
    this.count += 1;
    return { slot, existed: false };
  }

  row(slot: number): number {
    return this.slots[slot * 3 + 2];
  }

  value(slot: number): number {
    return this.values[slot];
  }

  setValue(slot: number, value: number): void {
    this.values[slot] = value;
  }

  /** Counts of each value over all keys. */
  tally(): Map<number, number> {
    const counts = new Map<number, number>();
    for (let i = 0; i < this.used.length; i += 1) {
      if (this.used[i]) counts.set(this.values[i], (counts.get(this.values[i]) ?? 0) + 1);
    }
    return counts;
  }

  /** The slot holding the hash, or the empty slot where it would go. */
  private probe(h: number, l: number): number {
    const mask = this.used.length - 1;
    const slots = this.slots;
    let i = (l ^ (h >>> 7)) & mask;
    while (this.used[i] && (slots[i * 3] !== h || slots[i * 3 + 1] !== l)) i = (i + 1) & mask;
    return i;
  }

  private put(slot: number, h: number, l: number, row: number): void {
    this.slots[slot * 3] = h;
    this.slots[slot * 3 + 1] = l;
    this.slots[slot * 3 + 2] = row;
    this.used[slot] = 1;
  }

  private grow(): void {
    const { slots, values, used } = this;
    const size = used.length * 2;
    this.slots = new Uint32Array(size * 3);
    this.values = new Uint8Array(size);
    this.used = new Uint8Array(size);
    for (let i = 0; i < used.length; i += 1) {
      if (!used[i]) continue;
      const slot = this.probe(slots[i * 3], slots[i * 3 + 1]);
      this.put(slot, slots[i * 3], slots[i * 3 + 1], slots[i * 3 + 2]);
      this.values[slot] = values[i];
    }
  }
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** hash64's working state and result, in module variables: no array per call, for a million calls per import. */
let h1 = 0;
let h2 = 0;
let hashHi = 0;
let hashLo = 0;

/** Feeds a string's UTF-16 code units to both hashes. */
function mixIn(text: string): void {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
}

/**
 * Two independent 32-bit FNV-1a style hashes of the UTF-16 code units, into hashHi and hashLo. Parts
 * hash as the string of them joined with \u0000 would, without that string being made.
 */
function hash64(key: string | readonly string[]): void {
  let length = typeof key === 'string' ? key.length : key.length - 1;
  if (typeof key !== 'string') for (const part of key) length += part.length;
  h1 = 0x811c9dc5;
  h2 = 0x01000193 ^ length;
  if (typeof key === 'string') mixIn(key);
  else
    for (let p = 0; p < key.length; p += 1) {
      if (p > 0) mixIn('\u0000');
      mixIn(key[p]);
    }
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h2 = Math.imul(h2 ^ (h2 >>> 16), 0xc2b2ae35);
  h2 ^= h2 >>> 16;
  hashHi = h1 >>> 0;
  hashLo = h2 >>> 0;
}

/** An exact set of pairs of small non-negative integers (two 32-bit halves), in typed arrays. */
export class PairSet {
  private a = new Uint32Array(1 << 12);
  private b = new Uint32Array(1 << 12);
  private used = new Uint8Array(1 << 12);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the pair; true when it was not there yet. */
  add(x: number, y: number): boolean {
    if ((this.count + 1) * 2 > this.used.length) this.grow();
    const slot = this.probe(x, y);
    if (this.used[slot]) return false;
    this.a[slot] = x;
    this.b[slot] = y;
    this.used[slot] = 1;
    this.count += 1;
    return true;
  }

  has(x: number, y: number): boolean {
    return this.used[this.probe(x, y)] === 1;
  }

  private probe(x: number, y: number): number {
    const mask = this.used.length - 1;
    let h = Math.imul(x, 0x9e3779b1) ^ y;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    let i = (h ^ (h >>> 13)) & mask;
    while (this.used[i] && (this.a[i] !== x || this.b[i] !== y)) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const { a, b, used } = this;
    const size = used.length * 2;
    this.a = new Uint32Array(size);
    this.b = new Uint32Array(size);
    this.used = new Uint8Array(size);
    for (let i = 0; i < used.length; i += 1) {
      if (!used[i]) continue;
      const slot = this.probe(a[i], b[i]);
      this.a[slot] = a[i];
      this.b[slot] = b[i];
      this.used[slot] = 1;
    }
  }
}
