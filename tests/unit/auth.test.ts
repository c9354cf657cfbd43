/** The pure parts of signing in: password hashes and usernames. */
import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/password';
import { usernameSchema } from '@/lib/auth/users';

// scrypt is slow on purpose: about a second per hash on a busy machine.
describe('password hashes', { timeout: 30_000 }, () => {
  it('check the password they were made from, and no other', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', hash)).toBe(false);
    expect(await verifyPassword('Correct horse battery staple', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('are salted: the same password twice gives two hashes, neither holding it', async () => {
    const [a, b] = [await hashPassword('the same password'), await hashPassword('the same password')];
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$3\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toContain('the same password');
  });

  it('take a password typed in another Unicode form', async () => {
    const hash = await hashPassword('caf\u00e9 au lait, twice');
    expect(await verifyPassword('cafe\u0301 au lait, twice', hash)).toBe(true);
  });

  it('refuse a damaged record or one asking for too much memory, without throwing', async () => {
    const hash = await hashPassword('a good long password');
    const parts = hash.split('$');
    expect(await verifyPassword('a good long password', parts.slice(0, 5).join('$'))).toBe(false);
    expect(await verifyPassword('a good long password', ['scrypt', 2 ** 24, ...parts.slice(2)].join('$'))).toBe(false);
    expect(await verifyPassword('a good long password', ['bcrypt', ...parts.slice(1)].join('$'))).toBe(false);
    expect(await verifyPassword('a good long password', '')).toBe(false);
  });

  it('are made only of passwords of 12 to 1,000 characters', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('x'.repeat(1001))).toMatch(/at most 1,000/);
    expect(passwordProblem('twelve chars')).toBeNull();
  });
});

describe('usernames', () => {
  it('are one trimmed line of at most 64 characters', () => {
    expect(usernameSchema.parse('  alice ')).toBe('alice');
    expect(usernameSchema.safeParse('alice\nbob').success).toBe(false);
    expect(usernameSchema.safeParse('evil\u202Eeliv').success).toBe(false);
    expect(usernameSchema.safeParse('a'.repeat(65)).success).toBe(false);
    expect(usernameSchema.safeParse('   ').success).toBe(false);
  });
});
