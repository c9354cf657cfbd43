/**
 * Password hashing with scrypt (node:crypto). A stored hash names its own parameters, so they can be
 * raised later without locking anyone out: `scrypt$<N>$<r>$<p>$<salt>$<key>` (base64url).
 *
 * N = 2^15, r = 8, p = 3 is one of OWASP's equivalent scrypt settings (32 MiB of memory per hash);
 * the headline 2^17 / 8 / 1 needs 128 MiB, which several sign-ins at once would multiply.
 */
import crypto from 'node:crypto';

const PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

/** The longest password taken: long passphrases fit; megabytes to hash do not. */
export const PASSWORD_MAX = 1_000;
const PASSWORD_MIN = 12;

/** What is wrong with a new password, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `The password must be at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX)
    return `The password must be at most ${PASSWORD_MAX.toLocaleString('en')} characters.`;
  return null;
}

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, keyBytes: number, { N, r, p }: ScryptParams): Promise<Buffer> {
  // Memory needed is about 128 * N * r bytes; allow twice that.
  const maxmem = 256 * N * r;
  return new Promise((resolve, reject) =>
    // The same password typed on two keyboards may arrive in two Unicode forms.
    crypto.scrypt(password.normalize('NFKC'), salt, keyBytes, { N, r, p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await derive(password, salt, KEY_BYTES, PARAMS);
  const { N, r, p } = PARAMS;
  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Parameters read from a stored hash, bounded so that a damaged record cannot ask for gigabytes. */
function parseHash(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const powerOfTwo = Number.isInteger(N) && N >= 2 ** 10 && N <= 2 ** 20 && (N & (N - 1)) === 0;
  if (!powerOfTwo || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return null;
  const salt = Buffer.from(parts[4], 'base64url');
  const key = Buffer.from(parts[5], 'base64url');
  if (salt.length < 16 || key.length < 16) return null;
  return { params: { N, r, p }, salt, key };
}

/** True when `password` is the one `stored` was made from; compared in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed || password.length > PASSWORD_MAX) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, parsed.params);
  return crypto.timingSafeEqual(key, parsed.key);
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password, made once: checking a password against it takes as long as against a
 * real account's, so an unknown username is not told apart by the time the answer takes.
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(crypto.randomBytes(24).toString('base64url'));
  return dummy;
}
