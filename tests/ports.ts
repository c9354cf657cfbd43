/**
 * Every port the tests listen on, in one place. `STANCEGRAPH_TEST_PORT_BASE` moves them all, so two
 * checkouts on one machine can run their tests at once without meeting on a port.
 */
import net from 'node:net';

const base = Number(process.env.STANCEGRAPH_TEST_PORT_BASE || 7697);
if (!Number.isInteger(base) || base < 1024 || base > 65_000) {
  throw new Error(
    `STANCEGRAPH_TEST_PORT_BASE must be a whole number from 1024 to 65000, not "${process.env.STANCEGRAPH_TEST_PORT_BASE}"`,
  );
}

export const TEST_PORTS = {
  /** The shared, seeded test database of the integration and browser projects. */
  shared: base,
  /** The lifecycle test's instance, which it stops and restarts. */
  lifecycle: base + 1,
  /** The instance the import-kill test sends SIGKILL. */
  importKill: base + 15,
  /** A port nothing listens on (the "database is not there" tests). */
  nothing: base + 30,
} as const;

/** A port free on 127.0.0.1 right now, for a server a test starts (the app under test). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
