/**
 * npm run user:add -- --username alice --role editor|admin
 * npm run user:list
 * npm run user:remove -- --username alice
 * npm run user:passwd -- --username alice
 *
 * The accounts that may sign in and write, in the configured Neo4j (lib/auth/users.ts). add and passwd
 * take the password from STANCEGRAPH_PASSWORD when it is set, else ask for it (twice, not shown) on a
 * terminal, else read its first line from standard input. The password is never printed.
 */
import { parseArgs } from 'node:util';
import { createUser, listUsers, removeUser, setPassword, UserError } from '../lib/auth/users';
import { connectionConfig, createDriver } from '../lib/neo4j';
import { exitWithError } from './cli';
import { loadDotEnv } from './dotenv';

const USAGE = `usage: npm run user:add -- --username NAME --role editor|admin
       npm run user:list
       npm run user:remove -- --username NAME
       npm run user:passwd -- --username NAME
The password comes from STANCEGRAPH_PASSWORD, or is asked for.`;

/** One line typed on the terminal, not echoed. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (finish: () => void) => {
      input.setRawMode(false);
      input.pause();
      input.removeListener('data', onData);
      process.stderr.write('\n');
      finish();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done(() => resolve(typed));
        if (char === '\u0003') return done(() => reject(new UserError('Cancelled.')));
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    input.on('data', onData);
  });
}

/** The first line of standard input (a pipe). */
async function firstLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += chunk;
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0];
}

async function newPassword(): Promise<string> {
  const fromEnv = process.env.STANCEGRAPH_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) return firstLine();
  const password = await askHidden('Password: ');
  if ((await askHidden('The same password again: ')) !== password) throw new UserError('The two passwords differ.');
  return password;
}

async function main(): Promise<number> {
  loadDotEnv();
  const [command, ...rest] = process.argv.slice(2);
  let values: { username?: string; role?: string };
  try {
    ({ values } = parseArgs({ args: rest, options: { username: { type: 'string' }, role: { type: 'string' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const needsName = ['add', 'remove', 'passwd'].includes(command ?? '');
  if (!['add', 'list', 'remove', 'passwd'].includes(command ?? '') || (needsName && !values.username)) {
    console.error(USAGE);
    return 2;
  }
  const config = connectionConfig();
  const driver = createDriver(config);
  const db = { driver, database: config.database };
  const username = values.username ?? '';
  try {
    switch (command) {
      case 'add': {
        if (!values.role) throw new UserError('Give the role: --role editor (writes the graph) or --role admin.');
        await createUser(db, { username, role: values.role, password: await newPassword() });
        console.log(`Added ${username.trim()} (${values.role}).`);
        break;
      }
      case 'list': {
        const users = await listUsers(db);
        if (users.length === 0) console.log('No users yet: npm run user:add -- --username NAME --role editor');
        for (const u of users) console.log(`${u.username}\t${u.role}\tadded ${u.createdAt ?? 'at an unknown time'}`);
        break;
      }
      case 'remove':
        await removeUser(db, username);
        console.log(`Removed ${username.trim()}; their sessions end at their next request.`);
        break;
      case 'passwd':
        await setPassword(db, username, await newPassword());
        console.log(`Changed the password of ${username.trim()}; their sessions made before end now.`);
        break;
    }
    return 0;
  } catch (error) {
    if (error instanceof UserError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await driver.close();
  }
}

main().then((code) => process.exit(code), exitWithError);
