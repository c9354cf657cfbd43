/**
 * UTF-8 checked as a file streams in. A quote must reach the graph exactly as written, so a byte
 * sequence that is not UTF-8 is refused where it is, not turned into U+FFFD as a decoder would.
 */
import { isUtf8 } from 'node:buffer';

/** Bytes a UTF-8 sequence has, by its first byte (0: not a valid first byte). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Where the last sequence of `bytes` starts when it is cut off by the chunk's end, else bytes.length. */
function completeEnd(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back += 1) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue;
    return sequenceLength(b) > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/** The first byte where `bytes` stops being UTF-8 (walked in JS: only once, when a file has one). */
function firstInvalid(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const n = sequenceLength(lead);
    if (n === 0) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const lo = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const hi = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < n; k += 1) {
      const b = bytes[i + k];
      if (b === undefined || b < (k === 1 ? lo : 0x80) || b > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n;
  }
  return i;
}

/**
 * Feeds chunks of a file; each call gives back the bytes now known to be whole, valid UTF-8 (a
 * sequence cut by the chunk's end waits for the next chunk), and `badAt`, the file offset of the
 * first invalid byte, once there is one (the bytes before it are still given back).
 */
export class Utf8Check {
  private carry: Uint8Array = new Uint8Array(0);
  private offset = 0;

  push(chunk: Uint8Array): { valid: Uint8Array; badAt?: number } {
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeEnd(bytes);
    const whole = bytes.subarray(0, end);
    if (!isUtf8(whole)) {
      const bad = firstInvalid(whole);
      return { valid: whole.subarray(0, bad), badAt: this.offset + bad };
    }
    this.carry = bytes.subarray(end);
    this.offset += end;
    return { valid: whole };
  }

  /** The file offset of a sequence the file ends in the middle of, if any. */
  end(): number | undefined {
    return this.carry.length ? this.offset : undefined;
  }
}
