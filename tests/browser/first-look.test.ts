/**
 * The first look: the page's HTML carries the graph as a drawing (components/explorer/GraphSketch), so
 * a reader sees the camps while Cytoscape's code downloads, and Cytoscape takes its place without moving it.
 */
import type { Core } from 'cytoscape';
import type { Page, Route } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { SUPPORTERS, browserSession, settled, withoutPageErrors } from './helpers';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';

const session = browserSession();
const page = withoutPageErrors(session);

/** Screen centres of the sketch's nodes, by id. */
function sketchCentres(p: Page): Promise<Record<string, { x: number; y: number }>> {
  return p.$$eval('[data-testid="graph-sketch"] [data-id]', (shapes) =>
    Object.fromEntries(
      shapes.map((shape) => {
        const box = shape.getBoundingClientRect();
        return [shape.getAttribute('data-id'), { x: box.left + box.width / 2, y: box.top + box.height / 2 }];
      }),
    ),
  );
}

/**
 * Holds Cytoscape's code back (the one chunk holding its library) until the returned function is
 * called, so a test sees the page as a reader does while that code downloads.
 */
async function holdCytoscape(p: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await p.route('**/_next/static/chunks/**', async (route: Route) => {
    const response = await route.fetch();
    const body = await response.body();
    if (body.includes('Can not create second element with ID')) await held;
    await route.fulfill({ response, body });
  });
  return release;
}

describe('the first look', () => {
  // The page closes after each test with chunk requests perhaps still in the hold's handler.
  afterEach(() => page().unrouteAll({ behavior: 'ignoreErrors' }));

  it('shows the camps, their names and their lines before Cytoscape’s code has come', async () => {
    const release = await holdCytoscape(page());
    await page().goto(appUrl, { waitUntil: 'commit' });
    const sketch = page().locator('[data-testid="graph-sketch"] svg');
    await sketch.waitFor();
    expect(await page().locator('[data-testid="cy"] canvas').count()).toBe(0);
    const names = (await sketch.locator('text').allTextContents()).map((text) => text.replace(/\s+/g, ' '));
    for (const name of ['Russia', 'Fawzia Koofi', 'Security Council', 'supports', 'condemns'])
      expect(
        names.some((text) => text.includes(name)),
        name,
      ).toBe(true);
    // Ten stances: ten lines in their stances' colours, each stance in its own pattern.
    const lines = await sketch
      .locator('line')
      .evaluateAll((els) =>
        els.map((el) => ({ stroke: el.getAttribute('stroke'), dash: el.getAttribute('stroke-dasharray') })),
      );
    const stanceLines = lines.filter((line) => line.stroke !== '#4B5563');
    expect(stanceLines).toHaveLength(10);
    expect(new Set(stanceLines.map((line) => line.dash))).toEqual(new Set([null, '9 5', '2 4']));

    // Supporters left of the event, condemners right of it, the event inside the graph's area.
    const centres = await sketchCentres(page());
    const area = (await page().locator('[data-testid="cy"]').boundingBox())!;
    for (const id of SUPPORTERS) expect(centres[id].x).toBeLessThan(centres[EVENT].x);
    expect(centres['fawzia-koofi'].x).toBeGreaterThan(centres[EVENT].x);
    expect(centres[EVENT].x).toBeGreaterThan(area.x);
    expect(centres[EVENT].x).toBeLessThan(area.x + area.width);
    expect(centres[EVENT].y).toBeGreaterThan(area.y);
    expect(centres[EVENT].y).toBeLessThan(area.y + area.height);
    release();
    await settled(page());
  });

  it('is replaced by Cytoscape’s drawing with every node where the sketch had it', async () => {
    const release = await holdCytoscape(page());
    await page().goto(appUrl, { waitUntil: 'commit' });
    await page().locator('[data-testid="graph-sketch"] svg').waitFor();
    const before = await sketchCentres(page());
    expect(Object.keys(before)).toHaveLength(16);
    release();
    await settled(page());
    await page().locator('[data-testid="graph-sketch"]').waitFor({ state: 'detached' });
    const after = await page().evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      const box = cy.container()!.getBoundingClientRect();
      return Object.fromEntries(
        cy
          .nodes()
          .map((node) => [
            node.id(),
            { x: box.left + node.renderedPosition().x, y: box.top + node.renderedPosition().y },
          ]),
      );
    });
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [id, at] of Object.entries(after)) {
      expect(Math.abs(at.x - before[id].x), `${id} moved sideways`).toBeLessThan(12);
      expect(Math.abs(at.y - before[id].y), `${id} moved up or down`).toBeLessThan(12);
    }
  });
});
