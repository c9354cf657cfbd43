/**
 * The import page in Chromium against the built app and the seeded test Neo4j, signed in as an editor:
 * a bad file is refused row by row and cannot be imported; a good one is previewed, imported, and then
 * drawn by the explorer.
 * The file it imports is about an event of its own, so the first event's view stays as the other
 * browser tests expect it, and is deleted again after, leaving the shared database as the seed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { browserSession, drawnIds, open, shot, tableIds, withoutPageErrors } from './helpers';
import { editorAccount, signIn, withTestDriver } from './sign-in';

const appUrl = inject('appUrl');
const HEADER = 'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date';
const GOOD = [
  HEADER,
  'Norway,state,Browser Test Vote,2024-05-01,support,"Norway voted in favour, citing ""shared values""",Vote record,https://example.org/votes/browser-test,2024-05-01',
  'Chile,state,Browser Test Vote,2024-05-01,caution,Chile abstained and asked for more time,Vote record,https://example.org/votes/browser-test,2024-05-01',
].join('\n');
const BAD = [
  HEADER,
  'Norway,state,Browser Test Vote,2024-05-01,praise,Norway praised it,Vote record,,2024-05-01',
  'Chile,state,Browser Test Vote,2024-05-01,caution,,Vote record,,2024-05-01',
].join('\n');

editorAccount();
const currentPage = withoutPageErrors(browserSession());
let page: Page;

beforeEach(async () => {
  page = currentPage();
  await signIn(page, appUrl);
});

afterAll(() =>
  withTestDriver(async (driver) => {
    await driver.executeQuery(`
      MATCH (e:Event {id: 'browser-test-vote'})
      OPTIONAL MATCH (s:Source)-[:ABOUT]->(e)
      OPTIONAL MATCH (a:Actor)-[:TOOK_STANCE]->(e) WHERE a.id IN ['norway', 'chile']
      DETACH DELETE e, s, a`);
    await driver.executeQuery("MATCH (r:ImportRun) WHERE r.fileName IN ['bad.csv', 'browser-test-vote.csv'] DELETE r");
  }),
);

async function choose(name: string, text: string): Promise<void> {
  await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

describe('the import page', () => {
  it('lists every invalid row with its reason, and will not import the file', async () => {
    await page.goto(`${appUrl}/import`);
    await expect.poll(() => page.getAttribute('.site-nav a[href="/import"]', 'aria-current')).toBe('page');
    await choose('bad.csv', BAD);
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const alert = page.locator('[aria-label="Preview"] [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('2 of 2 rows are invalid, so nothing will be written');
    const reasons = await alert.locator('tbody tr').allTextContents();
    expect(reasons[0]).toMatch(/^2.*stance "praise" must be one of support, condemnation, caution/);
    expect(reasons[1]).toMatch(/^3.*quote is required/);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await shot(page, 'import-invalid-rows');
  });

  it('previews a good file, imports it with its counts, and the explorer draws it', async () => {
    await page.goto(`${appUrl}/import`);
    await choose('browser-test-vote.csv', GOOD);
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const preview = page.locator('[aria-label="Preview"]');
    await preview.getByText('All 2 rows are valid').waitFor();
    const stancesRow = await preview
      .locator('tr', { has: page.locator('th', { hasText: 'Stances' }) })
      .locator('td')
      .allTextContents();
    expect(stancesRow).toEqual(['2', '0', '0']);
    await shot(page, 'import-preview');

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.locator('[aria-label="Result"]');
    await result.getByText('2 rows in').waitFor();
    await expect
      .poll(() => page.locator('[aria-label="Recent imports"] tbody tr').first().textContent())
      .toContain('browser-test-vote.csv');
    await shot(page, 'import-done');

    // Importing the same file again would change nothing.
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await preview.getByText('All 2 rows are valid').waitFor();
    const again = await preview
      .locator('tr', { has: page.locator('th', { hasText: 'Stances' }) })
      .locator('td')
      .allTextContents();
    expect(again).toEqual(['0', '0', '2']);

    await open(page, `${appUrl}/?event=browser-test-vote`);
    expect(await drawnIds(page)).toEqual(['chile', 'norway']);
    expect(await tableIds(page)).toEqual(['chile', 'norway']);
    await shot(page, 'import-drawn');
  });

  it('shows, before anything is written, each stored field a file would change', async () => {
    // Putin supported the recognition; this file says he condemned it, quoting a source of its own.
    const flip = [
      HEADER,
      'vladimir-putin,person,russia-recognizes-taliban,2025-07-03,condemnation,Putin condemned it,Browser test claim,,2025-07-04',
    ].join('\n');
    await page.goto(`${appUrl}/import`);
    await choose('flip.csv', flip);
    await page.getByRole('button', { name: 'Preview changes' }).click();
    const changes = page.locator('[aria-label="Preview"] [aria-label="Changes to stored data"]');
    await changes.waitFor();
    expect(await changes.locator('p').textContent()).toBe('1 field of stored data would change:');
    expect(await changes.locator('tbody tr td').allTextContents()).toEqual([
      'stance vladimir-putin--russia-recognizes-taliban',
      'stance',
      'support',
      'condemnation',
    ]);
    await shot(page, 'import-preview-changes');
  });
});
