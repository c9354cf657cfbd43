/**
 * The accounts that may sign in and write: `(:User {username, role, passwordHash, sessionKey})`.
 * `sessionKey` is random and changes with the password and on signing out; a session holds it, so a
 * new password, signing out (on any device), or a removed and re-added account ends every session
 * made before.
 */
import crypto from 'node:crypto';
import { z } from 'zod';
import { USER_SCHEMA_STATEMENTS, applySchema } from '../model';
import { lineText } from '../model/limits';
import { readQuery, writeQuery, type Db } from '../neo4j';
import { hashPassword, passwordProblem } from './password';

/** `editor` writes the graph; `admin` also manages accounts. */
const ROLES = ['editor', 'admin'] as const;

/** Roles that may write the graph. A role this version does not know writes nothing. */
export function canWrite(role: string): boolean {
  return (ROLES as readonly string[]).includes(role);
}

export const USERNAME_MAX = 64;

/** A username: one line, bounded, no bidi or control characters; compared exactly, in NFC. */
export const usernameSchema = lineText('username', USERNAME_MAX).transform((name) => name.normalize('NFC'));

const roleSchema = z.enum(ROLES, { message: `role must be one of ${ROLES.join(', ')}` });

/** A refused account change, with a message for the person at the command line. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export interface UserSummary {
  username: string;
  role: string;
  createdAt: string | null;
}

const CREATE_USER = `
CREATE (u:User {username: $username, role: $role, passwordHash: $hash, sessionKey: $sessionKey, createdAt: datetime()})`;

const LIST_USERS = `
MATCH (u:User)
RETURN u.username AS username, u.role AS role, toString(u.createdAt) AS createdAt
ORDER BY username`;

const REMOVE_USER = 'MATCH (u:User {username: $username}) DELETE u RETURN count(*) AS n';

const SET_PASSWORD = `
MATCH (u:User {username: $username})
SET u.passwordHash = $hash, u.sessionKey = $sessionKey, u.passwordChangedAt = datetime()
RETURN count(u) AS n`;

const END_SESSIONS = `
MATCH (u:User {username: $username})
WHERE u.sessionKey = $sessionKey
SET u.sessionKey = $newKey`;

const CREDENTIALS = `
MATCH (u:User {username: $username})
RETURN u.role AS role, u.passwordHash AS passwordHash, u.sessionKey AS sessionKey`;

const SESSION_USER = `
MATCH (u:User {username: $username})
WHERE u.sessionKey = $sessionKey
RETURN u.role AS role`;

function newSessionKey(): string {
  return crypto.randomBytes(18).toString('base64url');
}

function checked<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new UserError(result.error.issues.map((i) => i.message).join('; '));
  return result.data;
}

function checkedPassword(password: string): string {
  const problem = passwordProblem(password);
  if (problem) throw new UserError(problem);
  return password;
}

export async function createUser(db: Db, input: { username: string; role: string; password: string }): Promise<void> {
  const username = checked(usernameSchema, input.username);
  const role = checked(roleSchema, input.role);
  const hash = await hashPassword(checkedPassword(input.password));
  await applySchema(db, USER_SCHEMA_STATEMENTS);
  try {
    await writeQuery(db, CREATE_USER, { username, role, hash, sessionKey: newSessionKey() });
  } catch (error) {
    if ((error as { code?: string }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      throw new UserError(`There is already a user named "${username}"; change their password with user:passwd.`);
    throw error;
  }
}

export async function listUsers(db: Db): Promise<UserSummary[]> {
  const { records } = await readQuery(db, LIST_USERS);
  return records.map((r) => ({ username: r.get('username'), role: r.get('role'), createdAt: r.get('createdAt') }));
}

export async function removeUser(db: Db, name: string): Promise<void> {
  const username = checked(usernameSchema, name);
  const { records } = await writeQuery(db, REMOVE_USER, { username });
  if (Number(records[0].get('n')) === 0) throw new UserError(`There is no user named "${username}".`);
}

/** Sets a new password; every session made with the old one ends. */
export async function setPassword(db: Db, name: string, password: string): Promise<void> {
  const username = checked(usernameSchema, name);
  const hash = await hashPassword(checkedPassword(password));
  const { records } = await writeQuery(db, SET_PASSWORD, { username, hash, sessionKey: newSessionKey() });
  if (Number(records[0].get('n')) === 0) throw new UserError(`There is no user named "${username}".`);
}

export interface Credentials {
  role: string;
  passwordHash: string;
  sessionKey: string;
}

/** What signing in checks a password against; null for an unknown username. */
export async function findCredentials(db: Db, username: string): Promise<Credentials | null> {
  const { records } = await readQuery(db, CREDENTIALS, { username });
  if (records.length === 0) return null;
  const r = records[0];
  return { role: r.get('role'), passwordHash: r.get('passwordHash'), sessionKey: r.get('sessionKey') };
}

/** The role of the account a session was made for, or null when it was removed or its password changed since. */
export async function sessionRole(db: Db, username: string, sessionKey: string): Promise<string | null> {
  const { records } = await readQuery(db, SESSION_USER, { username, sessionKey });
  return records.length === 0 ? null : records[0].get('role');
}

/** Signing out: a new session key, so that the cookie (or a copy of it) is worth nothing any more. */
export async function endSessions(db: Db, username: string, sessionKey: string): Promise<void> {
  await writeQuery(db, END_SESSIONS, { username, sessionKey, newKey: newSessionKey() });
}
