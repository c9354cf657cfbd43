/**
 * The query page's questions over time and the congruence network in Chromium, on the seed (every
 * seed stance is dated by its source): the charts and their table twins, the network coloured and
 * numbered by cluster, and its link reopening the same picture.
 */
import type { Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { SUPPORTERS, answerRows, searchParam, shot } from './helpers';
import { openQuery as openQueryAt, queryPageSession } from './query-page';

const appUrl = inject('appUrl');
const { page: currentPage } = queryPageSession();
let page: Page;

beforeEach(() => {
  page = currentPage();
});

const openQuery = (path: string) => openQueryAt(page, appUrl, path);

/** Waits for the chart of the answer to be drawn, and answers its kind. */
async function chartDrawn(kind: string): Promise<void> {
  await page.locator(`[data-testid="chart-area"][data-chart="${kind}"]`).waitFor({ timeout: 30_000 });
  if (kind !== 'network')
    await page.locator('[data-testid="answer-chart"][data-state="drawn"] svg').first().waitFor({ timeout: 30_000 });
}

/** The network as Cytoscape drew it: each actor's label and fill colour. */
function drawnNetwork(p: Page) {
  return p.evaluate(() => {
    const w = window as unknown as { __cy?: Core; __cyOwner?: string };
    if (w.__cyOwner !== 'congruence' || !w.__cy) return null;
    return w.__cy
      .nodes()
      .map((n) => ({ id: n.id(), label: String(n.data('label')), color: String(n.style('background-color')) }))
      .sort((a, b) => a.id.localeCompare(b.id));
  });
}

describe('questions over time', () => {
  it('draws two actors’ agreement per year as a line, with its figures in the table', async () => {
    await openQuery('/query?q=agreement-over-time&a=russia&b=taliban-government');
    await chartDrawn('line');
    expect(await page.getByTestId('answer-title').textContent()).toContain('Russia');
    // The seed's stances are all dated 2025: one year, every shared event the same stance.
    expect(await answerRows(page)).toEqual([['2025', '2', '2', '1']]);
    const chart = page.locator('[data-testid="answer-chart"] [role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(/table below lists the same figures/);
    expect(await page.locator('[data-testid="answer-chart"] svg circle').count()).toBe(1);
    // No graph box beside the chart.
    expect(await page.getByTestId('graph').isHidden()).toBe(true);
    await shot(page, 'agreement-over-time');
  });

  it('stacks an actor’s stances per year in the stance colours, with a legend and the table', async () => {
    await openQuery('/query?q=stance-mix&actor=fawzia-koofi');
    await chartDrawn('stance-bars');
    expect(await answerRows(page)).toEqual([['2025', '0', '1', '0', '1']]);
    const fills = await page.$$eval('[data-testid="answer-chart"] svg rect', (rects) =>
      rects.map((r) => r.getAttribute('fill')).filter(Boolean),
    );
    expect(fills).toContain('#D55E00');
    // Plot's legend names each colour, glyph first.
    expect(await page.getByTestId('answer-chart').textContent()).toContain('× Condemnation');
    await shot(page, 'stance-mix');
  });

  it('says so when nobody shares ten events with the actor in the year', async () => {
    await openQuery('/query?q=closest-over-time&actor=russia&year=2025');
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('answer-title').textContent()).toContain('2025');
  });
});

describe('who stands with whom', () => {
  it('is asked from the form, draws the camps as clusters, lists them, and its link reopens it', async () => {
    await openQuery('/query');
    await page.getByTestId('question-select').selectOption('congruence');
    await page.getByLabel('Minimum shared events').fill('1');
    await page.getByRole('button', { name: 'Ask' }).click();
    await chartDrawn('network');
    expect(searchParam(page, 'q')).toEqual(['congruence']);
    expect(searchParam(page, 'minShared')).toEqual(['1']);
    // The defaults are in the link too, so it says what was asked.
    expect(searchParam(page, 'kind')).toEqual(['congruence']);
    expect(searchParam(page, 'minWeight')).toEqual(['0.5']);

    const network = page.getByTestId('congruence-network');
    await expect.poll(() => network.getAttribute('data-drawn-key')).toBeTruthy();
    expect(await network.getAttribute('data-clusters')).toBe('3');
    expect(await network.getAttribute('data-nodes')).toBe('10');
    const rows = await answerRows(page);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['1', '5'],
      ['2', '3'],
      ['3', '2'],
    ]);
    expect(rows[2][2]).toContain('Fawzia Koofi');
    const drawn = (await drawnNetwork(page))!;
    expect(drawn).toHaveLength(10);
    // Each supporter is drawn in cluster 1's colour and with its number.
    const supporters = drawn.filter((n) => SUPPORTERS.includes(n.id));
    expect(supporters.every((n) => n.label.startsWith('1 · '))).toBe(true);
    expect(new Set(supporters.map((n) => n.color)).size).toBe(1);
    expect(new Set(drawn.map((n) => n.color)).size).toBe(3);
    await shot(page, 'congruence-network');

    // Back goes to the page before the question, forward brings it back.
    const url = page.url();
    await page.goBack();
    await page.getByTestId('idle-state').waitFor();
    expect(searchParam(page, 'q')).toEqual([]);
    await page.goForward();
    await chartDrawn('network');
    expect(await answerRows(page)).toEqual(rows);

    // The link, opened afresh, draws the same network.
    await openQuery(new URL(url).pathname + new URL(url).search);
    await chartDrawn('network');
    await expect.poll(() => page.getByTestId('congruence-network').getAttribute('data-drawn-key')).toBeTruthy();
    await expect.poll(() => drawnNetwork(page)).toEqual(drawn);
    expect(await answerRows(page)).toEqual(rows);
  });

  it('opens an actor’s panel from the network', async () => {
    await openQuery('/query?q=congruence&minShared=1');
    await chartDrawn('network');
    await expect.poll(async () => (await drawnNetwork(page))?.length ?? 0).toBe(10);
    const point = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      const p = cy.getElementById('fawzia-koofi').renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => searchParam(page, 'select')).toEqual(['fawzia-koofi']);
    await page.getByRole('heading', { name: 'Fawzia Koofi' }).first().waitFor();
  });

  it('is one link away from the explorer when no single event is chosen', async () => {
    await page.goto(`${appUrl}/?event=all`);
    await page.getByTestId('congruence-link').click();
    await page.waitForURL(/\/query\?q=congruence/);
    await page.locator('[data-hydrated="true"]').waitFor();
    expect(await page.getByTestId('question-select').inputValue()).toBe('congruence');
    // Ten shared events by default: the seed's single event links nobody, and the page says what would.
    await page.getByTestId('empty-state').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain(
      'the most any one took is 3), so no two can share 10: lower “Minimum shared events” to 3 or less.',
    );
  });

  it('refuses a bad date in the form before asking', async () => {
    await openQuery('/query?q=congruence');
    await page.getByLabel('From (date)').fill('2025-13');
    await page.getByRole('button', { name: 'Ask' }).click();
    await page.getByText('Give a date like 2025, 2025-07 or 2025-07-03.').waitFor();
    expect(searchParam(page, 'from')).toEqual([]);
  });
});
