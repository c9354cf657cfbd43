/**
 * Starts, stops and reports on the project's own Neo4j 5.26 Community: a real DBMS whose jars Maven
 * resolves from Maven Central (neo4j-local/pom.xml), run by LocalNeo4j.java with Bolt on 127.0.0.1.
 *
 * One data folder holds one database; its state file records the JVM's pid and port, so a second
 * start finds the running one instead of opening the store twice. The data folder also holds the
 * password of the database's `neo4j` user, made on the first start and readable by its owner only
 * (`ensurePassword`); the app and the scripts read it through lib/config/local-neo4j.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { DEFAULT_LOCAL_BOLT_PORT } from '../lib/config/env';
import { localCredentials, localDataDir, localPasswordPath } from '../lib/config/local-neo4j';
import { makeSecretFileOnce } from '../lib/config/secret-file';

export const PROJECT_ROOT = path.resolve(__dirname, '..');
const POM = path.join(__dirname, 'pom.xml');
const LAUNCHER = path.join(__dirname, 'LocalNeo4j.java');
const CACHE_DIR = path.join(PROJECT_ROOT, '.neo4j-local', 'cache');
const READY_MARK = 'STANCEGRAPH-NEO4J-READY';
const STATE_FILE = 'stancegraph-neo4j.json';
const LOG_FILE = 'neo4j-local.log';

/** A failure a person can act on; scripts print its message alone, without a stack trace. */
export class LocalNeo4jError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}

export const NO_JAVA_MESSAGE = [
  'No Java found, so the local Neo4j cannot start. Three ways forward:',
  '  1. install a JDK 17 or newer (e.g. `apt-get install openjdk-17-jdk-headless`) and run this again;',
  '  2. run everything in Docker: `docker compose up`;',
  '  3. use a Neo4j you already have: set NEO4J_URI (and NEO4J_USERNAME / NEO4J_PASSWORD) in .env.local.',
].join('\n');

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
}

export interface LocalNeo4jStatus extends LocalNeo4jOptions {
  running: boolean;
  pid?: number;
  uri: string;
}

interface StateFile {
  pid: number;
  port: number;
  startedAt: string;
}

/** Options from NEO4J_LOCAL_BOLT_PORT / NEO4J_LOCAL_DATA_DIR, with the documented defaults. */
export function optionsFromEnv(env: Record<string, string | undefined> = process.env): LocalNeo4jOptions {
  const rawPort = env.NEO4J_LOCAL_BOLT_PORT?.trim();
  const port = rawPort ? Number(rawPort) : DEFAULT_LOCAL_BOLT_PORT;
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new LocalNeo4jError(`NEO4J_LOCAL_BOLT_PORT must be a port number from 1024 to 65535, not "${rawPort}".`);
  }
  return { port, dataDir: localDataDir(env.NEO4J_LOCAL_DATA_DIR, PROJECT_ROOT) };
}

export function boltUri(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

/**
 * The variables that point the app or a script at this local instance, password included: for a
 * process started beside it (a bench, a test's child). Never log them.
 */
export function connectionEnv(options: LocalNeo4jOptions): {
  NEO4J_URI: string;
  NEO4J_USERNAME: string;
  NEO4J_PASSWORD: string;
} {
  const { username, password } = localCredentials(options.dataDir);
  return { NEO4J_URI: boltUri(options.port), NEO4J_USERNAME: username, NEO4J_PASSWORD: password };
}

const OTHERS = 0o077;

function octal(mode: number): string {
  return (mode & 0o777).toString(8);
}

/**
 * Makes the data folder private to its owner (0700) and the password file in it, 0600, with a new
 * random password if there is none; returns the file's path. Run before every start.
 *
 * A folder or file that others could read is narrowed rather than refused: it is our own file in our
 * own folder, so the fix is never wrong, and refusing would stop `npm run dev` for something we can
 * mend. The log says so, because a password that others could read may have been read: then reset it
 * (docs/development.md).
 */
export function ensurePassword(dataDir: string, log: (line: string) => void = () => {}): string {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const dirMode = fs.statSync(dataDir).mode;
  if (dirMode & OTHERS) {
    fs.chmodSync(dataDir, dirMode & 0o700);
    log(
      `${dataDir} was open to other users (mode ${octal(dirMode)}); it is now its owner's only (${octal(dirMode & 0o700)}).`,
    );
  }
  const file = localPasswordPath(dataDir);
  const existing = fs.lstatSync(file, { throwIfNoEntry: false });
  if (existing === undefined) {
    makeSecretFileOnce(file);
  } else if (!existing.isFile()) {
    throw new LocalNeo4jError(`${file} is not a plain file; remove it and start again to have a new password made.`);
  } else if (existing.mode & OTHERS) {
    fs.chmodSync(file, 0o600);
    log(
      `${file} was readable by other users (mode ${octal(existing.mode)}); it is now its owner's only (600). If someone may have read it, reset the password (docs/development.md).`,
    );
  }
  localCredentials(dataDir); // a clear error now for an empty or unreadable file, not a failed start
  return file;
}

function statePath(dataDir: string): string {
  return path.join(dataDir, STATE_FILE);
}

export function logPath(dataDir: string): string {
  return path.join(dataDir, LOG_FILE);
}

function readState(dataDir: string): StateFile | undefined {
  try {
    return JSON.parse(fs.readFileSync(statePath(dataDir), 'utf8')) as StateFile;
  } catch {
    return undefined;
  }
}

/** Is `pid` alive and one of our Neo4j JVMs (not a recycled pid)? */
function isOurProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('LocalNeo4j');
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

function portAcceptsConnections(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export async function status(options: LocalNeo4jOptions): Promise<LocalNeo4jStatus> {
  const state = readState(options.dataDir);
  const base = { ...options, uri: boltUri(state?.port ?? options.port) };
  if (state && isOurProcess(state.pid)) {
    return { ...base, port: state.port, running: true, pid: state.pid };
  }
  return { ...base, running: false };
}

function commandExists(command: string): boolean {
  return spawnSync(command, ['-version'], { stdio: 'ignore' }).error === undefined;
}

export function javaAvailable(): boolean {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome && fs.existsSync(path.join(javaHome, 'bin', 'java'))) return true;
  return commandExists('java');
}

function javaCommand(): string {
  const javaHome = process.env.JAVA_HOME;
  const fromHome = javaHome ? path.join(javaHome, 'bin', 'java') : undefined;
  return fromHome && fs.existsSync(fromHome) ? fromHome : 'java';
}

/** The javac beside the java that runs Neo4j, if this is a JDK. */
function javacCommand(): string | undefined {
  const javaHome = process.env.JAVA_HOME;
  const fromHome = javaHome ? path.join(javaHome, 'bin', 'javac') : undefined;
  if (fromHome && fs.existsSync(fromHome)) return fromHome;
  return commandExists('javac') ? 'javac' : undefined;
}

/**
 * How to run the launcher: its class compiled once into the cache (the JVM otherwise compiles the
 * source again on every start, a few seconds of CPU), or the source itself when there is no javac.
 */
function launcherArgs(classpath: string): string[] {
  const source = fs.readFileSync(LAUNCHER);
  const dir = path.join(CACHE_DIR, `launcher-${createHash('sha256').update(source).digest('hex').slice(0, 16)}`);
  if (fs.existsSync(path.join(dir, 'LocalNeo4j.class')))
    return ['-cp', `${classpath}${path.delimiter}${dir}`, 'LocalNeo4j'];
  const javac = javacCommand();
  if (javac) {
    // Compiled into a folder of its own, then renamed: two starts at once never see half a class.
    const scratch = fs.mkdtempSync(path.join(CACHE_DIR, 'launcher-build-'));
    const compiled = spawnSync(javac, ['--release', '17', '-cp', classpath, '-d', scratch, LAUNCHER], {
      stdio: 'ignore',
    });
    if (compiled.status === 0) {
      try {
        fs.renameSync(scratch, dir);
      } catch {
        fs.rmSync(scratch, { recursive: true, force: true }); // another start got there first
      }
      if (fs.existsSync(path.join(dir, 'LocalNeo4j.class'))) {
        return ['-cp', `${classpath}${path.delimiter}${dir}`, 'LocalNeo4j'];
      }
    }
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return ['-cp', classpath, LAUNCHER];
}

const NO_MAVEN_MESSAGE = [
  "No Maven (mvn) found: it is what fetches Neo4j's jars from Maven Central on the first start.",
  'Install it (e.g. `apt-get install maven`), or use Docker (`docker compose up`), or set NEO4J_URI to a Neo4j you have.',
].join('\n');

function mavenCommand(): string {
  const fromEnv = process.env.MAVEN_CMD?.trim();
  const candidate = fromEnv || 'mvn';
  if (spawnSync(candidate, ['-v'], { stdio: 'ignore' }).status === 0) return candidate;
  throw new LocalNeo4jError(NO_MAVEN_MESSAGE);
}

/**
 * The class path of Neo4j's jars, resolved by Maven once per version of pom.xml and cached
 * (the jars themselves stay in Maven's local repository, ~/.m2).
 */
export async function resolveClasspath(log: (line: string) => void = () => {}): Promise<string> {
  const pomHash = createHash('sha256').update(fs.readFileSync(POM)).digest('hex').slice(0, 16);
  const cached = path.join(CACHE_DIR, `classpath-${pomHash}.txt`);
  if (fs.existsSync(cached)) {
    const classpath = fs.readFileSync(cached, 'utf8').trim();
    if (classpath.split(path.delimiter).every((jar) => fs.existsSync(jar))) return classpath;
  }
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const mvn = mavenCommand();
  log('Resolving Neo4j 5.26 Community from Maven Central (first run only; about 200 jars)...');
  const result = spawnSync(mvn, ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cached}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (result.status !== 0 || !fs.existsSync(cached)) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new LocalNeo4jError(`Maven could not resolve Neo4j's jars:\n${output}`);
  }
  return fs.readFileSync(cached, 'utf8').trim();
}

function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** Turns the last words of a failed JVM into one line a person can act on. */
export function explainStartFailure(logTail: string, options: LocalNeo4jOptions): string {
  if (/FileLockException|Lock file has been locked|Unable to obtain lock/i.test(logTail)) {
    return `The store in ${options.dataDir} is locked by another process (another Neo4j using this data folder?). Stop it, or set NEO4J_LOCAL_DATA_DIR to another folder.`;
  }
  if (/Address already in use|BindException/i.test(logTail)) {
    return `Port ${options.port} on 127.0.0.1 is already in use. Set NEO4J_LOCAL_BOLT_PORT to a free port, or stop the program using it.`;
  }
  if (/UnsupportedClassVersionError|release version \d+ not supported/i.test(logTail)) {
    return 'This Java is too old for Neo4j 5.26: install a JDK 17 or newer.';
  }
  const badOption = /Unrecognized VM option '([^']*)'|Unrecognized option: (\S+)/.exec(logTail);
  if (badOption) {
    return `Java does not know the option "${badOption[1] ?? badOption[2]}": check NEO4J_LOCAL_JAVA_OPTS.`;
  }
  return `Neo4j did not start. The end of ${logPath(options.dataDir)}:\n${logTail}`;
}

export interface StartResult {
  alreadyRunning: boolean;
  status: LocalNeo4jStatus;
}

/**
 * Starts the local Neo4j in the background (it outlives this process) and resolves once Bolt
 * accepts connections. A second start finds the running one and returns it.
 */
export async function start(
  options: LocalNeo4jOptions,
  log: (line: string) => void = () => {},
  timeoutMs = 180_000,
): Promise<StartResult> {
  const current = await status(options);
  if (current.running) {
    if (!fs.existsSync(localPasswordPath(options.dataDir))) {
      // Started by a version from before authentication, or its password file deleted since: the
      // password it runs with is not one anybody here can read.
      throw new LocalNeo4jError(
        `The local Neo4j (pid ${current.pid}) is running without its password file ${localPasswordPath(options.dataDir)}. Stop it (npm run db:stop) and start it again: a new password is made and set.`,
      );
    }
    if (!(await waitForBolt(current.port, timeoutMs))) {
      throw new LocalNeo4jError(
        `Neo4j (pid ${current.pid}) is running but Bolt on port ${current.port} does not answer; see ${logPath(options.dataDir)}.`,
      );
    }
    return { alreadyRunning: true, status: current };
  }
  if (readState(options.dataDir)) {
    log(`Removing a stale state file of a Neo4j that is no longer running (${statePath(options.dataDir)}).`);
    fs.rmSync(statePath(options.dataDir), { force: true });
  }
  if (!javaAvailable()) throw new LocalNeo4jError(NO_JAVA_MESSAGE);
  if (!(await portIsFree(options.port))) {
    throw new LocalNeo4jError(
      `Port ${options.port} on 127.0.0.1 is already in use by another program. Set NEO4J_LOCAL_BOLT_PORT to a free port, or stop that program.`,
    );
  }

  const classpath = await resolveClasspath(log);
  const passwordFile = ensurePassword(options.dataDir, log);
  const logFile = logPath(options.dataDir);
  const out = fs.openSync(logFile, 'a');
  const heap = process.env.NEO4J_LOCAL_HEAP || '1g';
  const pageCache = process.env.NEO4J_LOCAL_PAGECACHE || '512m';
  // After the defaults, so they can be overridden (the tests' own instances start with C1 only).
  const javaOptions = (process.env.NEO4J_LOCAL_JAVA_OPTS ?? '').split(/\s+/).filter(Boolean);
  const child = spawn(
    javaCommand(),
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-Dfile.encoding=UTF-8',
      ...javaOptions,
      ...launcherArgs(classpath),
      options.dataDir,
      String(options.port),
      `server.memory.pagecache.size=${pageCache}`,
    ],
    // The password's file, not the password: the JVM reads it (neo4j-local/LocalNeo4j.java).
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, STANCEGRAPH_NEO4J_PASSWORD_FILE: passwordFile },
    },
  );
  fs.closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError('Could not start java.');
  const state: StateFile = { pid, port: options.port, startedAt: new Date().toISOString() };
  fs.writeFileSync(statePath(options.dataDir), JSON.stringify(state, null, 2));
  child.unref();

  let exitCode: number | null | undefined;
  child.once('exit', (code) => {
    exitCode = code;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      fs.rmSync(statePath(options.dataDir), { force: true });
      throw new LocalNeo4jError(explainStartFailure(tail(logFile, 40), options));
    }
    if (tail(logFile, 5).includes(`${READY_MARK} ${options.port}`) && (await portAcceptsConnections(options.port))) {
      return { alreadyRunning: false, status: { ...options, running: true, pid, uri: boltUri(options.port) } };
    }
    await sleep(250);
  }
  process.kill(pid, 'SIGTERM');
  throw new LocalNeo4jError(
    `Neo4j did not answer on port ${options.port} within ${timeoutMs / 1000} s; see ${logFile}.`,
  );
}

async function waitForBolt(port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await portAcceptsConnections(port)) return true;
    await sleep(250);
  }
  return false;
}

export interface StopResult {
  wasRunning: boolean;
  pid?: number;
}

/** Stops the local Neo4j cleanly (SIGTERM: the JVM's shutdown hook closes the store). */
export async function stop(options: LocalNeo4jOptions, timeoutMs = 60_000): Promise<StopResult> {
  const state = readState(options.dataDir);
  if (!state || !isOurProcess(state.pid)) {
    fs.rmSync(statePath(options.dataDir), { force: true });
    return { wasRunning: false };
  }
  process.kill(state.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurProcess(state.pid)) {
      fs.rmSync(statePath(options.dataDir), { force: true });
      return { wasRunning: true, pid: state.pid };
    }
    await sleep(200);
  }
  throw new LocalNeo4jError(
    `Neo4j (pid ${state.pid}) did not stop within ${timeoutMs / 1000} s; it may still be flushing. Run db:stop again, or see ${logPath(options.dataDir)}.`,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
