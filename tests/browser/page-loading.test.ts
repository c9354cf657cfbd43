/**
 * While the server prepares a page reached from the site navigation, the page says which page is
 * coming: not "Loading the explorer…", which every page without a loading state of its own showed.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSession, withoutPageErrors } from './helpers';

const appUrl = inject('appUrl');
const currentPage = withoutPageErrors(browserSession());

describe('loading a page from the site navigation', () => {
  it.each([
    ['From an article', '/ingest', 'Loading “From an article”…', 'From an article'],
    ['Import', '/import', 'Loading the import page…', 'Import data'],
    ['Changes', '/changes', 'Loading the history of changes…', 'Recent changes'],
  ])('%s: names the page while it loads, then shows it', async (link, path, loading, heading) => {
    const page = currentPage();
    // Only the navigation's answer is held. The link's prefetch, which carries the loading state,
    // must arrive first: a click before it waits for the whole held answer and shows no loading state.
    const isPrefetch = (request: { headers(): Record<string, string> }) =>
      request.headers()['next-router-prefetch'] === '1';
    await page.route(`**${path}?_rsc=*`, async (route) => {
      if (!isPrefetch(route.request())) await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const prefetched = page.waitForResponse(
      (response) => response.url().includes(`${path}?_rsc=`) && isPrefetch(response.request()),
    );
    await page.goto(`${appUrl}/query`);
    await prefetched;
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: link }).click();
    const status = page.getByRole('status').filter({ hasText: loading });
    await status.waitFor();
    expect(await page.getByText('Loading the explorer').count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await status.count()).toBe(0);
  });
});
