/**
 * npm test's static checks (tsc, ESLint, Prettier, knip) at once rather than one after another: each
 * is one single-threaded process, so on two cores they take about half as long together. Each one's
 * output is printed whole when it ends, and the exit status fails if any did.
 */
import { spawn } from 'node:child_process';

/** npm scripts of package.json, each one process. */
const CHECKS = ['typecheck', 'lint:eslint', 'lint:prettier', 'lint:knip'];

function run(script: string): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => {
      console.error(`${script}: ${error.message}`);
      resolve(false);
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`> ${script}: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s`);
      if (output.trim()) console.log(output.trimEnd());
      resolve(code === 0);
    });
  });
}

void Promise.all(CHECKS.map(run)).then((passed) => {
  process.exitCode = passed.every(Boolean) ? 0 : 1;
});
