/**
 * More events than the pickers list (their newest hundred), in Chromium: an older event is found by
 * the words of its title, in the explorer, the article page and a ready question's form, and an event
 * a link names is shown as the chosen one even where the list does not hold it. The file imports 120
 * roll calls older than the seed's events; the seed is restored after.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerRows, browserSession, open, searchParam, settled, shot, withoutPageErrors } from './helpers';
import { openQuery } from './query-page';
import { editorAccount, importedRows, signIn } from './sign-in';

const appUrl = inject('appUrl');
editorAccount();
const currentPage = withoutPageErrors(browserSession());

/** Roll Call 001 (1801) to Roll Call 120 (1920): with the seed's five, the oldest 25 are past the first hundred. */
const ROLL_CALLS = 120;
const number = (i: number) => String(i).padStart(3, '0');

importedRows(
  'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date',
  Array.from({ length: ROLL_CALLS }, (_, k) => {
    const i = k + 1;
    const year = 1800 + i;
    return `Old Assembly Member,person,Roll Call ${number(i)},${year},${i % 2 ? 'support' : 'condemnation'},The member voted on roll call ${i},Record of roll call ${i},https://example.org/roll-call/${i},${year}`;
  }),
);

async function headingIs(page: Page, title: string): Promise<void> {
  await page
    .waitForFunction((t) => document.querySelector('#event-title')?.textContent === t, title, { timeout: 10_000 })
    .catch(() => undefined);
  expect(await page.locator('#event-title').textContent()).toBe(title);
}

describe('more events than the pickers list', () => {
  it('the explorer finds an older event by its title, and its picker shows it chosen', async () => {
    const page = currentPage();
    await open(page, appUrl);
    const picker = page.locator('#event-select');
    expect(await picker.locator('option', { hasText: 'Roll Call 007' }).count()).toBe(0);

    const search = page.getByRole('combobox', { name: 'Find an event' });
    // Words that many titles hold: the first few are listed, and the page says how many more match.
    await search.fill('roll call');
    await page.getByText(`The first 8 of ${ROLL_CALLS} events found; add words to narrow.`).waitFor();
    await search.fill('roll call 007');
    const hit = page.getByRole('option', { name: /Roll Call 007/ });
    await hit.waitFor();
    // The event, which the first page of the list lacks, is read on its own; held back here so that
    // the heading's every text while it is on its way is seen.
    await page.route('**/api/events/roll-call-007', async (route) => {
      await new Promise((done) => setTimeout(done, 1_500));
      await route.continue();
    });
    await page.evaluate(() => {
      const shown: string[] = [];
      (window as unknown as { headings: string[] }).headings = shown;
      const heading = document.querySelector('#event-title')!;
      new MutationObserver(() => shown.push(heading.textContent ?? '')).observe(heading, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await search.press('Enter');
    await page.waitForURL(/event=roll-call-007/);
    await settled(page);
    await headingIs(page, 'Roll Call 007');
    const headings = await page.evaluate(() => (window as unknown as { headings: string[] }).headings);
    // Never the event's id, nor the newest event's title, in the meantime.
    expect(headings).toContain('Loading event…');
    expect(headings.every((h) => h === 'Loading event…' || h === 'Roll Call 007')).toBe(true);
    await page.unroute('**/api/events/roll-call-007');
    expect(await picker.inputValue()).toBe('roll-call-007');
    expect(await picker.locator('option:checked').textContent()).toBe('1807 · Roll Call 007');
    await shot(page, 'many-events-found');

    // A link to another one past the list: named in the picker and the heading, not the newest event.
    await open(page, `${appUrl}/?event=roll-call-003`);
    expect(await picker.inputValue()).toBe('roll-call-003');
    expect(await picker.locator('option:checked').textContent()).toBe('1803 · Roll Call 003');
    await headingIs(page, 'Roll Call 003');
  });

  it('the article page’s event picker finds an older event too', async () => {
    const page = currentPage();
    await signIn(page, appUrl);
    await page.goto(`${appUrl}/ingest`);
    const search = page.getByRole('combobox', { name: 'Or find an older event' });
    await search.fill('roll call 005');
    await page.getByRole('option', { name: /Roll Call 005/ }).click();
    expect(await page.locator('#ingest-event').inputValue()).toBe('roll-call-005');
    expect(await page.locator('#ingest-event option:checked').textContent()).toBe('Roll Call 005 · 1805');
  });

  it('a ready question’s event field finds an older event too', async () => {
    const page = currentPage();
    await openQuery(page, appUrl, '/query');
    await page.getByTestId('question-select').selectOption('camps');
    const search = page.getByRole('combobox', { name: 'Or find an older event' });
    await search.fill('Roll Call 002');
    await page.getByRole('option', { name: /Roll Call 002/ }).click();
    expect(await page.getByRole('combobox', { name: /^Event/ }).inputValue()).toBe('roll-call-002');
    await page.getByRole('button', { name: 'Ask' }).click();
    await settled(page, 'ready', 'query');
    expect(searchParam(page, 'event')).toEqual(['roll-call-002']);
    // Its link, opened afresh, lists the event by its title, not its id.
    await openQuery(page, appUrl, '/query?q=camps&event=roll-call-002');
    await expect
      .poll(() =>
        page
          .getByRole('combobox', { name: /^Event/ })
          .locator('option:checked')
          .textContent(),
      )
      .toBe('1802 · Roll Call 002');
    expect(await answerRows(page)).toContainEqual(expect.arrayContaining([expect.stringContaining('Condemnation')]));
  });
});
