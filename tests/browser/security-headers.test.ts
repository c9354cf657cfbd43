/**
 * Every page runs under its Content-Security-Policy with nothing refused: the explorer (graph,
 * layout worker), the query page with its console editor, the import and sign-in pages; and pages
 * and answers carry the security headers.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSession, settled, withoutPageErrors } from './helpers';

const appUrl = inject('appUrl');
const currentPage = withoutPageErrors(browserSession());

describe('security headers', () => {
  it('every page loads and works under its nonce policy, refusing nothing', async () => {
    const page = currentPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    const nonces = new Set<string>();
    for (const path of ['/', '/query?tab=console', '/import', '/signin']) {
      const response = await page.goto(`${appUrl}${path}`);
      const headers = response!.headers();
      const csp = headers['content-security-policy'];
      expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      nonces.add(/'nonce-([^']+)'/.exec(csp)![1]);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toContain('camera=()');
      // Next.js put the request's nonce on its scripts.
      const scriptNonces = await page.locator('script[nonce]').count();
      expect(scriptNonces, path).toBeGreaterThan(0);
      if (path === '/') await settled(page);
      if (path.startsWith('/query')) await page.getByRole('textbox', { name: 'Cypher query' }).waitFor();
    }
    // A fresh nonce for every page.
    expect(nonces.size).toBe(4);
    expect(refused).toEqual([]);

    // Answers of the API carry them too, with a policy that allows nothing (JSON runs nothing).
    const api = await page.request.get(`${appUrl}/api/health`);
    expect(api.headers()['x-content-type-options']).toBe('nosniff');
    expect(api.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(api.headers()['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'");

    // The address tools ask for an icon at answers the app's mark.
    const icon = await page.request.get(`${appUrl}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
  });
});
