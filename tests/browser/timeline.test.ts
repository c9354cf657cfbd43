/**
 * Issue 13, the explorer's part, in Chromium: the timeline under the graph (its counts and table
 * twin), brushing a range (the graph and the URL follow, back returns), Play through the periods with
 * every node kept where it was, the keyboard, and an actor's history opening a stance's evidence.
 * The file imports an event of its own, newer than the seed's so that it is the one shown first, with
 * stances stated over four months; the seed is restored after.
 */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browserSession, drawnIds, open, searchParam, settled, shot, withoutPageErrors } from './helpers';
import { importedRows } from './sign-in';

const appUrl = inject('appUrl');
const session = browserSession();
const currentPage = withoutPageErrors(session);

const EVENT = 'timeline-vote';
/** [actor, event, event date, stance, stated on] */
const ROWS: [string, string, string, string, string][] = [
  ['Timeline A', 'Timeline Vote', '2026-01-05', 'support', '2026-01-05'],
  ['Timeline B', 'Timeline Vote', '2026-01-05', 'condemnation', '2026-01-20'],
  ['Timeline C', 'Timeline Vote', '2026-01-05', 'caution', '2026-02-03'],
  ['Timeline D', 'Timeline Vote', '2026-01-05', 'support', '2026-02-15'],
  ['Timeline E', 'Timeline Vote', '2026-01-05', 'condemnation', '2026-03-10'],
  ['Timeline F', 'Timeline Vote', '2026-01-05', 'support', '2026-04-01'],
  ['Timeline A', 'Old Vote One', '2024-05-01', 'caution', '2024-05-02'],
  ['Timeline A', 'Old Vote Two', '2025-03', 'condemnation', '2025-03-15'],
];
/** Who stated a stance on the event in each month. */
const BY_MONTH: Record<string, string[]> = {
  '2026-01': ['timeline-a', 'timeline-b'],
  '2026-02': ['timeline-c', 'timeline-d'],
  '2026-03': ['timeline-e'],
  '2026-04': ['timeline-f'],
};

importedRows(
  'actor,actor_kind,event,event_date,stance,stated_on,quote,source_title,source_url,source_date',
  ROWS.map(
    ([actor, event, eventDate, stance, statedOn], i) =>
      `${actor},state,${event},${eventDate},${stance},${statedOn},${actor} said so on ${statedOn},Record ${i},https://example.org/timeline/${i},${statedOn}`,
  ),
);

type CyWindow = Window & { __cy: Core };

/** Every drawn node's position, by id. */
function positions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() =>
    Object.fromEntries((window as unknown as CyWindow).__cy.nodes().map((n) => [n.id(), { ...n.position() }])),
  );
}

async function timelineReady(page: Page): Promise<void> {
  await page
    .locator('[data-testid="timeline"][data-status="ready"] [data-testid="timeline-chart"][data-ready]')
    .waitFor();
}

/** Drags the brush from one period's band to another's, as a person would with a mouse. */
async function brush(page: Page, from: string, to: string): Promise<void> {
  const a = (await page.locator(`[data-period="${from}"]`).boundingBox())!;
  const b = (await page.locator(`[data-period="${to}"]`).boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
}

const range = (page: Page) => ({ from: searchParam(page, 'from')[0] ?? null, to: searchParam(page, 'to')[0] ?? null });

describe('the timeline', () => {
  it('counts the view’s stances per month, with the same figures in a table; its loading takes its place', async () => {
    const page = currentPage();
    // Counts held back: the timeline is drawn loading, as tall as it will be, so nothing below it moves.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/timeline**', async (route) => {
      await held;
      await route.continue();
    });
    const timelineBox = () => page.locator('[data-testid="timeline"]').boundingBox();
    try {
      await open(page, appUrl);
      await page.locator('[data-testid="timeline"][data-status="loading"]').waitFor();
      const loading = (await timelineBox())!;
      release();
      await timelineReady(page);
      const ready = (await timelineBox())!;
      expect(Math.abs(ready.height - loading.height)).toBeLessThan(4);
    } finally {
      release();
      await page.unroute('**/api/timeline**');
    }
    await shot(page, 'timeline');
    const timeline = page.locator('[data-testid="timeline"]');
    expect(await timeline.getAttribute('data-granularity')).toBe('month');
    const rows = await timeline
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(rows).toEqual([
      ['January 2026', '1', '1', '0', '1'],
      ['February 2026', '1', '0', '1', '0'],
      ['March 2026', '0', '1', '0', '0'],
      ['April 2026', '1', '0', '0', '0'],
    ]);
    expect(await page.locator('[data-testid="timeline-range"]').textContent()).toBe('All time');
  });

  it('counts a focused actor’s own stances', async () => {
    const page = currentPage();
    await open(page, `${appUrl}/?event=all&actor=timeline-a&depth=1`);
    await timelineReady(page);
    const rows = await page
      .locator('[data-testid="timeline"] table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => Number(cell.textContent))));
    // Columns: period, support, condemnation, caution, events. Timeline A took one of each, in three periods.
    const total = (column: number) => rows.reduce((sum, row) => sum + row[column], 0);
    expect([total(1), total(2), total(3)]).toEqual([1, 1, 1]);
  });

  it('brushing a range narrows the graph and the URL, nothing moves, and back returns', async () => {
    const page = currentPage();
    await open(page, appUrl);
    await timelineReady(page);
    const before = await positions(page);
    await brush(page, '2026-02', '2026-03');
    await page.waitForURL(/from=2026-02&to=2026-03/);
    await settled(page);
    await shot(page, 'timeline-brushed');
    expect(await drawnIds(page, '.actor')).toEqual([...BY_MONTH['2026-02'], ...BY_MONTH['2026-03']].sort());
    const after = await positions(page);
    for (const id of Object.keys(after)) expect(after[id], id).toEqual(before[id]);
    expect(await page.locator('[data-testid="timeline-selection"]').getAttribute('data-start')).toBe('2026-02');
    expect(await page.locator('[data-testid="timeline-range"]').textContent()).toBe('February 2026 – March 2026');

    await page.goBack();
    await settled(page);
    expect(range(page)).toEqual({ from: null, to: null });
    expect(await drawnIds(page, '.actor')).toEqual(Object.values(BY_MONTH).flat().sort());
  });

  it('Play steps through the months, every node kept where it was', async () => {
    const page = currentPage();
    await open(page, appUrl);
    await timelineReady(page);
    const whole = await positions(page);
    await page.getByRole('button', { name: 'Play' }).click();
    for (const month of ['2026-01', '2026-02', '2026-03']) {
      // Read in the page, in one go, the moment the step is drawn: Play moves on by itself.
      const drawn = await page.waitForFunction(
        (wanted) => {
          const graph = document.querySelector<HTMLElement>('[data-testid="graph"]');
          const cy = document.querySelector<HTMLElement>('[data-testid="cy"]');
          // The view's own key, not the URL: Play writes the next month to the URL a moment before
          // the page takes it up, while the month before is still the one drawn and ready.
          const expected = new URLSearchParams(graph?.dataset.expectedKey ?? '');
          if (expected.get('from') !== wanted || graph?.dataset.status !== 'ready') return null;
          if (cy?.dataset.drawnKey !== graph.dataset.expectedKey) return null;
          const core = (window as unknown as { __cy: Core }).__cy;
          return {
            nodes: core.nodes().map((n) => ({ id: n.id(), ...n.position() })),
            curves: [...new Set(core.edges().map((e) => e.style('curve-style') as string))],
          };
        },
        month,
        { timeout: 30_000, polling: 50 },
      );
      const { nodes, curves } = (await drawn.jsonValue()) as {
        nodes: { id: string; x: number; y: number }[];
        curves: string[];
      };
      // While it plays, edges are drawn plain (no verbs, no arrows): each step draws less.
      expect(curves, month).toEqual(['haystack']);
      expect(
        nodes
          .map((n) => n.id)
          .filter((id) => id.startsWith('timeline-'))
          .sort(),
        month,
      ).toEqual([...BY_MONTH[month], EVENT].sort());
      for (const node of nodes) expect({ x: node.x, y: node.y }, `${node.id} in ${month}`).toEqual(whole[node.id]);
      if (month === '2026-02') await shot(page, 'timeline-playing');
    }
    // It ends at the last month, and says it has stopped; the edges have their verbs and arrows again.
    await page.waitForURL(/from=2026-04&to=2026-04/);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    await page.waitForFunction(() =>
      (window as unknown as { __cy: Core }).__cy.edges().every((e) => e.style('curve-style') !== 'haystack'),
    );
  });

  it('works by keyboard: arrows move and widen the range, space plays and pauses, Escape clears', async () => {
    const page = currentPage();
    await open(page, appUrl);
    await timelineReady(page);
    const slider = page.getByRole('slider', { name: /Range of time/ });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/from=2026-01&to=2026-01/);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/from=2026-02&to=2026-02/);
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForURL(/from=2026-02&to=2026-03/);
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL(/from=2026-01&to=2026-02/);
    expect(await slider.getAttribute('aria-valuetext')).toBe('January 2026 – February 2026');
    await settled(page);
    expect(await drawnIds(page, '.actor')).toEqual([...BY_MONTH['2026-01'], ...BY_MONTH['2026-02']].sort());

    await page.keyboard.press('Space');
    expect(await page.getByRole('button', { name: 'Pause' }).getAttribute('aria-pressed')).toBe('true');
    await page.waitForURL(/from=2026-02&to=2026-03/);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const paused = range(page);
    await page.waitForTimeout(2500);
    expect(range(page)).toEqual(paused);

    await page.keyboard.press('Escape');
    await page.waitForURL((url) => !url.searchParams.has('from'));
    expect(await slider.getAttribute('aria-valuetext')).toBe('All time');
  });
});

describe('an actor’s history', () => {
  it('draws each stance along time and opens a mark’s evidence', async () => {
    const page = currentPage();
    await open(page, `${appUrl}/?select=timeline-a`);
    const history = page.locator('[data-testid="actor-history"]');
    await history.locator('[data-testid="history-marks"] svg').waitFor();
    expect(await history.locator('[data-stance]').count()).toBe(3);
    const years = await history
      .locator('table')
      .first()
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));
    expect(years).toEqual([
      ['2024', '0', '0', '1'],
      ['2025', '0', '1', '0'],
      ['2026', '1', '0', '0'],
    ]);
    await history.locator('[data-stance="timeline-a--old-vote-one"]').click();
    const evidence = page.locator('[data-testid="history-evidence"]');
    await evidence.getByText('Timeline A said so on 2024-05-02').waitFor();
    expect(await evidence.textContent()).toContain('Old Vote One');
    expect(await evidence.textContent()).toContain('stated 2 May 2024');
    await shot(page, 'actor-history');
  });
});
