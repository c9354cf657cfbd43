/**
 * Issue 15, "seeing what you asked for" and "sharing", in Chromium at laptop and desktop sizes: what
 * a stance filter leaves, legible names at the default fit, tooltips, the selection kept in sight when
 * the panel opens, relation labels clear of nodes, the search by role, Copy link and export names.
 * Screenshots go to test-artifacts/browser/.
 */
import type { Core } from 'cytoscape';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  ARTIFACTS,
  SUPPORTERS,
  browserSession,
  clickDrawn,
  drawnIds,
  newContext,
  open,
  searchParam,
  selectedId,
  settled,
  shot,
  tableIds,
  withoutPageErrors,
} from './helpers';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';
const CONDEMNERS = ['afghan-womens-political-participation-network', 'fawzia-koofi'];
const CONTEXT_ACTORS = ['afghanistan', 'china', 'german-interior-minister', 'germany', 'united-arab-emirates'];
/** A name drawn smaller than this many pixels is not something a person reads on a laptop. */
const LEGIBLE_PX = 9;

const session = browserSession();
const currentPage = withoutPageErrors(session);

type CyWindow = Window & { __cy: Core };
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Waits until the viewport stops moving (a fit or a pan may be animating). */
async function viewportAtRest(page: Page): Promise<void> {
  const viewport = () =>
    page.evaluate(() => {
      const cy = (window as unknown as CyWindow).__cy;
      return `${cy.zoom().toFixed(4)} ${cy.pan().x.toFixed(1)} ${cy.pan().y.toFixed(1)} ${cy.width()} ${cy.height()}`;
    });
  let last = await viewport();
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(150);
    const now = await viewport();
    if (now === last) return;
    last = now;
  }
}

/** Each actor's name size on screen (font size × zoom), the smallest size Cytoscape draws, and its box in canvas pixels. */
function actorLabels(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as CyWindow).__cy;
    return {
      width: cy.width(),
      height: cy.height(),
      actors: cy.nodes('.actor').map((n) => ({
        id: n.id(),
        px: parseFloat(n.style('font-size')) * cy.zoom(),
        minDrawn: parseFloat(n.style('min-zoomed-font-size')),
        box: n.renderedBoundingBox({ includeLabels: true, includeOverlays: false }),
      })),
    };
  });
}

async function expectEveryNameLegibleAndInView(page: Page): Promise<void> {
  await viewportAtRest(page);
  const { width, height, actors } = await actorLabels(page);
  expect(actors.length).toBeGreaterThan(0);
  for (const actor of actors) {
    expect({ id: actor.id, legible: actor.px >= LEGIBLE_PX && actor.px >= actor.minDrawn }).toEqual({
      id: actor.id,
      legible: true,
    });
    expect({ id: actor.id, inView: actor.box.x1 >= 0 && actor.box.y1 >= 0 }).toEqual({ id: actor.id, inView: true });
    expect({ id: actor.id, inView: actor.box.x2 <= width && actor.box.y2 <= height }).toEqual({
      id: actor.id,
      inView: true,
    });
  }
}

/** Where an element is on the page (its box for a node, around its middle for an edge), and the canvas's box. */
function onPage(page: Page, id: string) {
  return page.evaluate((eleId) => {
    const cy = (window as unknown as CyWindow).__cy;
    const ele = cy.getElementById(eleId);
    const canvas = cy.container()!.getBoundingClientRect();
    const box = ele.isNode()
      ? ele.renderedBoundingBox({ includeLabels: false, includeOverlays: false })
      : (() => {
          const mid = (ele as unknown as { renderedMidpoint(): { x: number; y: number } }).renderedMidpoint();
          return { x1: mid.x, x2: mid.x, y1: mid.y, y2: mid.y };
        })();
    return {
      x1: canvas.left + box.x1,
      x2: canvas.left + box.x2,
      y1: canvas.top + box.y1,
      y2: canvas.top + box.y2,
      canvas: { left: canvas.left, right: canvas.right, top: canvas.top, bottom: canvas.bottom },
    };
  }, id);
}

function kindCount(page: Page, label: string): Promise<string> {
  return page.locator('.kind-option', { hasText: label }).first().locator('.kind-option__count').innerText();
}

function tableCaption(page: Page): Promise<string> {
  return page.locator('[data-testid="actor-table"] caption').innerText();
}

describe('a stance filter', () => {
  it('turning off Support and Caution leaves the two who condemned, and the counts say so', async () => {
    const page = currentPage();
    await open(page, appUrl);
    expect(await page.getByTestId('context-toggle').isChecked()).toBe(true);
    await page.getByRole('button', { name: /^Support/ }).click();
    await settled(page);
    await page.getByRole('button', { name: /^Caution/ }).click();
    await settled(page);
    await shot(page, 'condemnation-only');

    expect(searchParam(page, 'stance')).toEqual(['condemnation']);
    expect(await drawnIds(page, '.actor')).toEqual(CONDEMNERS);
    expect(await tableIds(page)).toEqual(CONDEMNERS);
    expect(await tableCaption(page)).toMatch(/^2 actors in view/);
    expect(await kindCount(page, 'Person')).toBe('1');
    expect(await kindCount(page, 'Organisation')).toBe('1');
    expect(await kindCount(page, 'State')).toBe('0');
    expect(await page.getByTestId('context-toggle').isChecked()).toBe(false);

    // The context actors come back when asked for, and only they: no supporter.
    await page.getByTestId('context-toggle').check();
    await settled(page);
    await shot(page, 'condemnation-with-context');
    expect(searchParam(page, 'context')).toEqual(['show']);
    const drawn = await drawnIds(page, '.actor');
    expect(drawn).toEqual([...CONDEMNERS, ...CONTEXT_ACTORS].sort());
    for (const supporter of SUPPORTERS) expect(drawn).not.toContain(supporter);
    expect(await tableCaption(page)).toMatch(/^7 actors in view/);
    expect(await kindCount(page, 'State')).toBe('4');

    // The same link in a fresh page draws the same.
    await page.reload();
    await settled(page);
    expect(await drawnIds(page, '.actor')).toEqual(drawn);
    expect(await page.getByTestId('context-toggle').isChecked()).toBe(true);
  });
});

describe('names at the default fit', () => {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ]) {
    it(`are drawn legibly and all in view at ${width} × ${height}, beside the table and alone`, async () => {
      const page = currentPage();
      await page.setViewportSize({ width, height });
      await open(page, appUrl);
      await shot(page, `default-fit-${width}`);
      await expectEveryNameLegibleAndInView(page);

      // Zoomed in by the reader, then another view: the graph is fitted again.
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('radio', { name: 'Graph', exact: true }).check();
      await expectEveryNameLegibleAndInView(page);
      await shot(page, `graph-view-fit-${width}`);
      await page.getByRole('radio', { name: 'Table', exact: true }).check();
      await page.getByRole('radio', { name: 'Graph + table' }).check();
      await expectEveryNameLegibleAndInView(page);
    });
  }

  it('are legible on a phone too (390 × 844), the middle of the view shown to pan from', async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await open(page, appUrl);
    await page.getByTestId('graph').scrollIntoViewIfNeeded();
    await viewportAtRest(page);
    await shot(page, 'default-fit-390');
    const { actors } = await actorLabels(page);
    for (const actor of actors)
      expect({ id: actor.id, px: actor.px >= LEGIBLE_PX }).toEqual({ id: actor.id, px: true });
    const event = await onPage(page, EVENT);
    expect(event.x1).toBeGreaterThanOrEqual(event.canvas.left);
    expect(event.x2).toBeLessThanOrEqual(event.canvas.right);
  });

  it('a hovered node or edge shows its name, kind and stance', async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, appUrl);
    await viewportAtRest(page);
    const tooltip = page.getByTestId('graph-tooltip');
    expect(await tooltip.isVisible()).toBe(false);

    const koofi = await onPage(page, 'fawzia-koofi');
    await page.mouse.move((koofi.x1 + koofi.x2) / 2, (koofi.y1 + koofi.y2) / 2);
    await tooltip.waitFor({ state: 'visible' });
    await shot(page, 'tooltip-node');
    expect(await tooltip.innerText()).toBe('Fawzia Koofi\nPerson · Stance: condemnation');

    const edge = await onPage(page, `fawzia-koofi--${EVENT}`);
    await page.mouse.move(edge.x1, edge.y1);
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="graph-tooltip"]')?.textContent?.includes('condemns'),
    );
    expect(await tooltip.innerText()).toBe(
      'Fawzia Koofi condemns Russia recognizes the Taliban government\nStance: condemnation',
    );

    await page.mouse.move(koofi.canvas.left + 2, koofi.canvas.top + 2);
    await tooltip.waitFor({ state: 'hidden' });
  });
});

describe('the selection stays in sight', () => {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ]) {
    it(`after the panel opens beside the graph at ${width} × ${height}`, async () => {
      const page = currentPage();
      await page.setViewportSize({ width, height });
      await open(page, appUrl);
      // The rightmost actors: the panel takes the right of the page.
      for (const id of ['afghan-womens-political-participation-network', `fawzia-koofi--${EVENT}`]) {
        await clickDrawn(page, id);
        await page.getByTestId('detail-panel').waitFor();
        await viewportAtRest(page);
        expect(await selectedId(page)).toBe(id);
        const at = await onPage(page, id);
        const panel = (await page.getByTestId('detail-panel').boundingBox())!;
        expect(at.x1).toBeGreaterThanOrEqual(at.canvas.left);
        expect(at.x2).toBeLessThanOrEqual(Math.min(at.canvas.right, panel.x));
        expect(at.y1).toBeGreaterThanOrEqual(at.canvas.top);
        expect(at.y2).toBeLessThanOrEqual(at.canvas.bottom);
      }
      await shot(page, `panel-open-selection-in-view-${width}`);
    });
  }

  it('after the panel opens, when the reader had zoomed in and chooses from the table', async () => {
    const page = currentPage();
    await open(page, appUrl);
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
    await viewportAtRest(page);
    const before = await onPage(page, 'fawzia-koofi');
    expect(before.x1).toBeGreaterThan(before.canvas.right);

    await page.locator('[data-testid="actor-table"] tr[data-actor-id="fawzia-koofi"] th button').click();
    await page.getByTestId('detail-panel').waitFor();
    await viewportAtRest(page);
    const after = await onPage(page, 'fawzia-koofi');
    expect(after.x1).toBeGreaterThanOrEqual(after.canvas.left);
    expect(after.x2).toBeLessThanOrEqual(after.canvas.right);
    // The reader's zoom is kept.
    expect(await page.evaluate(() => (window as unknown as CyWindow).__cy.zoom())).toBeGreaterThan(1.2);
    await shot(page, 'zoomed-selection-in-view');
  });

  it('and Fit then frames the whole graph, names drawn or not, where the open panel left only its middle', async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, appUrl);
    await clickDrawn(page, 'fawzia-koofi');
    await page.getByTestId('detail-panel').waitFor();
    await viewportAtRest(page);
    const outside = () =>
      page.evaluate(() => {
        const cy = (window as unknown as CyWindow).__cy;
        return cy
          .nodes()
          .filter((n) => {
            const box = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
            return box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height();
          })
          .map((n) => n.id());
      });
    // The narrowed canvas cannot hold the seed with legible names: the default fit shows its middle.
    expect(await outside()).not.toEqual([]);
    await page.getByRole('button', { name: 'Fit' }).click();
    await viewportAtRest(page);
    expect(await outside()).toEqual([]);
    await shot(page, 'panel-open-fit-whole');
    // The reader's Fit lasts: the panel closing and opening again changes the canvas, not the frame.
    await page.keyboard.press('Escape');
    await page.getByTestId('detail-panel').waitFor({ state: 'detached' });
    await viewportAtRest(page);
    await clickDrawn(page, 'fawzia-koofi');
    await page.getByTestId('detail-panel').waitFor();
    await viewportAtRest(page);
    expect(await outside()).toEqual([]);
  });

  it('clear of the panel where it lies over the graph (a narrower screen)', async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await open(page, appUrl);
    await clickDrawn(page, 'fawzia-koofi');
    await page.getByTestId('detail-panel').waitFor();
    await viewportAtRest(page);
    const at = await onPage(page, 'fawzia-koofi');
    const panel = (await page.getByTestId('detail-panel').boundingBox())!;
    expect(panel.x).toBeLessThan(at.canvas.right);
    expect(at.x2).toBeLessThanOrEqual(panel.x);
    expect(at.x1).toBeGreaterThanOrEqual(at.canvas.left);
    await shot(page, 'panel-over-graph-selection-clear');
  });
});

describe('relation labels', () => {
  it('are drawn clear of every node and name, on screen and in the PNG', async () => {
    const page = currentPage();
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, appUrl);
    await viewportAtRest(page);
    {
      const found = await page.evaluate(() => {
        const cy = (window as unknown as CyWindow).__cy;
        const nodes = cy.nodes().map((n) => ({
          id: n.id(),
          body: n.boundingBox({ includeLabels: false, includeOverlays: false }),
          name: n.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false }),
        }));
        return cy.edges('.relation').map((e) => ({
          id: e.id(),
          text: e.data('label') as string,
          label: e.boundingBox({
            includeNodes: false,
            includeEdges: false,
            includeLabels: true,
            includeOverlays: false,
          }),
          background: e.style('text-background-opacity'),
          nodes,
        }));
      });
      expect(found.map((e) => e.text)).toContain('echoes');
      for (const edge of found) {
        expect(edge.background).toBe('1');
        expect(edge.label.w).toBeGreaterThan(0);
        const covered = edge.nodes
          .filter((n) => overlaps(edge.label, n.body) || overlaps(edge.label, n.name))
          .map((n) => n.id);
        expect({ edge: edge.id, covered }).toEqual({ edge: edge.id, covered: [] });
      }
    }
    await shot(page, 'relation-labels-clear');

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    await png.saveAs(path.join(ARTIFACTS, 'export-relation-labels.png'));
    expect(
      fs
        .readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
  });
});

describe('the actor search', () => {
  it('finds a role: "foreign minister" ranks Amir Khan Muttaqi first', async () => {
    const page = currentPage();
    await open(page, appUrl);
    const search = page.getByRole('combobox', { name: /Find an actor/ });
    for (const q of ['foreign minister', 'Taliban foreign minister']) {
      await Promise.all([
        page.waitForResponse(
          (r) => r.url().includes('/api/actors') && r.url().includes(encodeURIComponent(q).replace(/%20/g, '+')),
        ),
        search.fill(q),
      ]);
      const options = page.getByRole('listbox', { name: 'Matching actors' }).getByRole('option');
      await options.first().waitFor();
      await page.waitForTimeout(200);
      const texts = await options.allInnerTexts();
      expect(texts[0]).toContain('Amir Khan Muttaqi');
      expect(texts[0]).toContain('Foreign minister of the Taliban government');
      if (q === 'foreign minister') expect(texts[1]).toContain('Russian foreign ministry');
    }
    await shot(page, 'search-foreign-minister');
    await page.keyboard.press('Enter');
    await page.getByTestId('detail-panel').getByRole('heading', { name: 'Amir Khan Muttaqi' }).waitFor();
    expect(searchParam(page, 'actor')).toEqual(['amir-khan-muttaqi']);
  });
});

describe('sharing', () => {
  it('Copy link copies a URL that, opened, restores the view', async () => {
    const page = currentPage();
    await session.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl });
    await open(page, `${appUrl}/?stance=condemnation`);
    await page.getByTestId('context-toggle').check();
    await settled(page);
    await page.getByRole('radio', { name: 'Graph', exact: true }).check();
    await clickDrawn(page, 'fawzia-koofi');
    await page.getByTestId('detail-panel').waitFor();
    const nodes = await drawnIds(page, 'node');

    await page.getByTestId('copy-link').click();
    await page.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    await shot(page, 'copy-link');

    const fresh = await newContext(session.browser());
    try {
      const other = await fresh.newPage();
      await open(other, copied);
      await shot(other, 'copied-link-opened');
      expect(await drawnIds(other, 'node')).toEqual(nodes);
      expect(await selectedId(other)).toBe('fawzia-koofi');
      await other.getByTestId('detail-panel').getByRole('heading', { name: 'Fawzia Koofi' }).waitFor();
      expect(await other.getByRole('button', { name: /^Support/ }).getAttribute('aria-pressed')).toBe('false');
      expect(await other.getByTestId('context-toggle').isChecked()).toBe(true);
      expect(await other.getByRole('radio', { name: 'Graph', exact: true }).isChecked()).toBe(true);
      expect(await other.locator('.table-area').isVisible()).toBe(false);
    } finally {
      await fresh.close();
    }
  });

  it('exports are named after the event and the filters', async () => {
    const page = currentPage();
    await open(page, `${appUrl}/?stance=condemnation`);
    for (const [button, name] of [
      ['PNG', 'stancegraph-russia-recognizes-taliban-condemnation.png'],
      ['JSON', 'stancegraph-russia-recognizes-taliban-condemnation.json'],
    ]) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button, exact: true }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
    }
  });
});
