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
    await page.goto(`${appUrl}/query`);
    // The page's server answer held back, so its loading state stays long enough to be read.
    await page.route(`**${path}?_rsc=*`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: link }).click();
    const status = page.getByRole('status').filter({ hasText: loading });
    await status.waitFor();
    expect(await page.getByText('Loading the explorer').count()).toBe(0);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    expect(await status.count()).toBe(0);
  });
});
