/**
 * The review of an article (/ingest) in Chromium against the built app and the seeded test Neo4j,
 * signed in as an editor: a new event is made on the page, a report written here is pasted and
 * proposed, two proposals are accepted (one with a narrower quote), one gets another stance, one is
 * rejected; saving stores them, pasting it again says the article is stored, and the explorer draws
 * the accepted stances with their quotes. The writes (event, source, actors, stances, history) are
 * taken back by restoring the seed after, as the integration files that write do.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { restoreSeed } from '../integration/shared-neo4j';
import { browserSession, drawnIds, settled, shot, tableIds, withoutPageErrors } from './helpers';
import { editorAccount, signIn, withTestDriver } from './sign-in';

const appUrl = inject('appUrl');
const EVENT_TITLE = 'Germany recognizes the Taliban government (browser test)';
const KOOFI =
  'Fawzia Koofi condemned Germany’s decision, warning that it rewarded a government that bars girls from school.';
const KOOFI_NARROWED = 'Fawzia Koofi condemned Germany’s decision';
const HALVORSEN =
  'Ingrid Halvorsen, a Norwegian member of parliament, welcomed the recognition as a pragmatic step that could open channels for humanitarian aid.';
const MIKKELSEN =
  'The Danish foreign minister, Lars Mikkelsen, said the move was premature and urged Berlin to wait for clear commitments on women’s rights.';
const ARTICLE = [
  'Germany recognizes the Taliban government',
  'Berlin, 12 March. Germany on Tuesday became the second country to recognize the Taliban government, a move that drew sharp reactions at home and abroad.',
  KOOFI,
  HALVORSEN,
  MIKKELSEN,
  'Tomas Berg, a Swedish analyst, criticised the decision, saying it gave the Taliban legitimacy without asking anything in return.',
  'China and the United Arab Emirates have kept embassies in Kabul.',
].join('\n\n');

editorAccount();
const currentPage = withoutPageErrors(browserSession());
let page: Page;

beforeEach(async () => {
  page = currentPage();
  await signIn(page, appUrl);
});

afterAll(() => withTestDriver(restoreSeed));

/** The proposals of one actor (a region named after it). */
const group = (name: string) => page.getByRole('region', { name, exact: true });

describe('the review of an article', () => {
  it('proposes, takes the editor’s decisions, saves them, and the explorer draws them', async () => {
    await page.goto(`${appUrl}/ingest`);
    await expect.poll(() => page.getAttribute('.site-nav a[href="/ingest"]', 'aria-current')).toBe('page');

    // A new event, made on the page.
    await page.selectOption('#ingest-event', '__new');
    await page.fill('#ingest-event-title', EVENT_TITLE);
    await page.fill('#ingest-event-date', '2025-08-01');
    await page.getByRole('button', { name: 'Create event' }).click();
    // The first edit of a fresh database makes the history's schema first: seconds, not milliseconds.
    await page.waitForFunction(() =>
      document.querySelector<HTMLSelectElement>('#ingest-event')!.value.startsWith('germany-recognizes'),
    );
    const event = await page.inputValue('#ingest-event');
    // Creating it stored it, and the page says so (the stances wait for Save).
    await page.getByRole('status').filter({ hasText: 'is stored now' }).waitFor();

    await page.fill('#ingest-text', ARTICLE);
    await page.fill('#ingest-title', 'Reactions to the recognition (browser test)');
    await page.fill('#ingest-publisher', 'Stancegraph tests');
    await page.getByRole('button', { name: 'Propose' }).click();
    await page.getByRole('heading', { name: /^Review: 5 proposals on/ }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      'Germany · state · stored actor',
      'Fawzia Koofi · person · stored actor',
      'Ingrid Halvorsen · person · new actor',
      'Lars Mikkelsen · person · new actor',
      'Tomas Berg · person · new actor',
    ]);
    // The threshold is a percentage, as the cards show confidence; one out of range is said, and accepts nothing.
    const threshold = page.locator('#ingest-min-confidence');
    expect(await threshold.inputValue()).toBe('80');
    await threshold.fill('150');
    await page.getByRole('alert').filter({ hasText: 'Give a percentage from 0 to 100.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Accept 0 open' }).isDisabled()).toBe(true);
    await threshold.fill('80');

    // Each quote is highlighted behind a label naming its actor and stance.
    const article = page.getByTestId('ingest-article');
    expect(await article.locator('a').allTextContents()).toEqual([
      '+ Germany: support',
      '× Fawzia Koofi: condemnation',
      '+ Ingrid Halvorsen: support',
      expect.stringMatching(/Lars Mikkelsen: caution$/),
      '× Tomas Berg: condemnation',
    ]);
    expect(await article.locator('mark[data-stance="condemnation"]').allTextContents()).toContain(KOOFI);

    // Narrow Koofi's quote by selecting words in the article.
    await group('Fawzia Koofi').getByRole('button', { name: 'Change quote' }).click();
    const area = page.locator('#ingest-select-quote');
    await expect.poll(() => area.evaluate((el: HTMLTextAreaElement) => el === document.activeElement)).toBe(true);
    expect(await area.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(
      KOOFI,
    );
    await area.evaluate((el: HTMLTextAreaElement, words: string) => {
      const start = el.value.indexOf(words);
      el.setSelectionRange(start, start + words.length);
      el.dispatchEvent(new Event('select', { bubbles: true }));
    }, KOOFI_NARROWED);
    await page.getByRole('button', { name: 'Use selection' }).click();
    await expect.poll(() => group('Fawzia Koofi').locator('blockquote').textContent()).toBe(KOOFI_NARROWED);
    // Focus is back on the button that opened it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Change quote');

    // Accept two (one by keyboard), give one another stance and accept it, reject one.
    await group('Fawzia Koofi').getByRole('button', { name: 'Accept' }).click();
    await group('Ingrid Halvorsen').getByRole('button', { name: 'Accept' }).focus();
    await page.keyboard.press('Enter');
    await group('Lars Mikkelsen').getByRole('combobox').selectOption('condemnation');
    await group('Lars Mikkelsen').getByRole('button', { name: 'Accept' }).click();
    await group('Tomas Berg').getByRole('button', { name: 'Reject' }).click();
    expect(
      await page
        .locator('button[aria-pressed="true"]')
        .evaluateAll((buttons) => buttons.map((b) => b.firstChild?.textContent)),
    ).toEqual(['✓ Accepted', '✓ Accepted', '✓ Accepted', '✕ Rejected']);
    // Each button is named by its proposal too, for a list of the page's buttons.
    expect(
      await group('Tomas Berg')
        .getByRole('button', { name: /^✕ Rejected Tomas Berg's proposal, “\S/ })
        .count(),
    ).toBe(1);
    expect(await article.locator('a').allTextContents()).toEqual([
      '+ Germany: support',
      '× Fawzia Koofi: condemnation ✓',
      '+ Ingrid Halvorsen: support ✓',
      '× Lars Mikkelsen: condemnation ✓',
    ]);
    await shot(page, 'ingest-review');

    // On a phone the columns stack and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'ingest-review-390');
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('button', { name: 'Save accepted' }).click();
    await page.getByRole('status').filter({ hasText: '3 rows saved' }).waitFor();
    for (const name of ['Fawzia Koofi', 'Ingrid Halvorsen', 'Lars Mikkelsen'])
      expect(await group(name).getByRole('status').textContent()).toBe('Saved — a new stance');
    expect(await group('Ingrid Halvorsen').locator('h3').textContent()).toBe(
      'Ingrid Halvorsen · person · stored actor',
    );
    await shot(page, 'ingest-saved');

    // A reload keeps the review, decisions and outcomes (the tab's sessionStorage).
    await page.reload();
    await group('Lars Mikkelsen').getByRole('status').waitFor();
    expect(await group('Lars Mikkelsen').getByRole('status').textContent()).toBe('Saved — a new stance');
    expect(await group('Tomas Berg').getByRole('button', { name: 'Rejected' }).getAttribute('aria-pressed')).toBe(
      'true',
    );

    // Proposed again, the article is known, with the stances that cite it.
    await page.getByRole('button', { name: 'Propose' }).click();
    const stored = page.getByTestId('ingest-stored');
    await stored.waitFor();
    expect(await stored.locator('p').first().textContent()).toContain(
      'This article is stored already as Reactions to the recognition (browser test)',
    );
    await expect
      .poll(() => stored.locator('li').allTextContents(), { timeout: 10_000 })
      .toEqual(
        expect.arrayContaining([
          'Fawzia Koofi — condemnation',
          'Ingrid Halvorsen — support',
          'Lars Mikkelsen — condemnation',
        ]),
      );

    // The explorer draws the accepted stances, with their quotes.
    await page.goto(`${appUrl}/?event=${event}`);
    await settled(page);
    const accepted = ['fawzia-koofi', 'ingrid-halvorsen', 'lars-mikkelsen'];
    expect(await drawnIds(page)).toEqual(accepted);
    expect(await tableIds(page)).toEqual(accepted);
    const row = (id: string) => page.locator(`[data-testid="actor-table"] tr[data-actor-id="${id}"]`);
    expect(await row('fawzia-koofi').textContent()).toContain(KOOFI_NARROWED);
    expect(await row('fawzia-koofi').textContent()).not.toContain('bars girls from school');
    expect(await row('lars-mikkelsen').textContent()).toContain(MIKKELSEN);
    expect(await row('lars-mikkelsen').textContent()).toMatch(/condemn/i);
    expect(await row('ingrid-halvorsen').textContent()).toContain(HALVORSEN);
    await shot(page, 'ingest-explorer');
  });
});
