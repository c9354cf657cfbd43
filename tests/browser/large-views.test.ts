/**
 * Drawing off the main thread and large views, in Chromium against the built app: the force layout
 * comes from the layout worker and equals the synchronous function's result; a large view (the
 * threshold lowered through the test hook, since the seed is small) says so, names its renderer and
 * gets a Cytoscape instance of its own, with the viewport shortcuts on.
 */
import type { Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { describe, expect, inject, it } from 'vitest';
import { hydrateGraph } from '@/lib/client/data/graph-answer';
import { actorCamps, visibleGraph } from '@/lib/client/drawing/elements';
import { campsLayout, type Positions } from '@/lib/client/drawing/layout';
import type { GraphAnswer } from '@/lib/types';
import { SEED_ACTORS, drawnIds, open, pagePerTest, settled, shot } from './helpers';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';

type CyWindow = Window & { __cy?: Core; __largeViewElements?: number };

const currentPage = pagePerTest();

function drawnPositions(p: Page): Promise<Positions> {
  return p.evaluate(() => {
    const cy = (window as CyWindow).__cy!;
    return Object.fromEntries(cy.nodes().map((n) => [n.id(), { ...n.position() }]));
  });
}

/** Marks the instance drawn now, so a test can tell whether a later one is another. */
function markInstance(p: Page): Promise<void> {
  return p.evaluate(() => {
    ((window as CyWindow).__cy as unknown as { __marked: boolean }).__marked = true;
  });
}

function rendererState(p: Page) {
  return p.evaluate(() => {
    const cy = (window as CyWindow).__cy! as unknown as Core & {
      __marked?: boolean;
      renderer(): { webgl?: boolean; textureOnViewport?: boolean; hideEdgesOnViewport?: boolean };
    };
    const r = cy.renderer();
    return {
      marked: cy.__marked === true,
      webgl: Boolean(r.webgl),
      textureOnViewport: Boolean(r.textureOnViewport),
      hideEdgesOnViewport: Boolean(r.hideEdgesOnViewport),
    };
  });
}

describe('drawing large views', () => {
  it('the force layout is computed by the worker, and the drawn positions equal the synchronous function’s', async () => {
    // Without workers the page computes the same function on its own thread: that is the reference.
    // It is taken in the same browser, because fcose's result depends on the engine's floating-point
    // functions (Node's V8 and Chromium's converge to different layouts of the same graph).
    const reference = currentPage();
    await reference.addInitScript(() => {
      (window as { Worker?: unknown }).Worker = undefined;
    });
    await open(reference, `${appUrl}/?layout=force`);
    expect(await reference.getByTestId('graph').getAttribute('data-layout-via')).toBe('main-thread');
    const expected = await drawnPositions(reference);
    await reference.close();

    const page = await reference.context().newPage();
    await open(page, `${appUrl}/?layout=force`);
    await shot(page, 'force-layout-from-worker');
    const graph = page.getByTestId('graph');
    expect(await graph.getAttribute('data-layout')).toBe('force');
    expect(await graph.getAttribute('data-layout-via')).toBe('worker');
    const drawn = await drawnPositions(page);
    const base = hydrateGraph((await (await fetch(`${appUrl}/api/graph?event=${EVENT}`)).json()) as GraphAnswer);
    const visible = visibleGraph(base, { pruneIsolated: false });
    expect(Object.keys(drawn).sort()).toEqual(visible.nodes.map((n) => n.id).sort());
    expect(drawn).toEqual(expected);
    // And it is not the camps layout left in place.
    expect(drawn).not.toEqual(campsLayout(visible, actorCamps(visible, EVENT)));

    // Back to camps and to force again: nothing is stale, the same positions come back.
    await page.getByRole('radio', { name: 'Camps' }).check();
    await settled(page);
    expect(await graph.getAttribute('data-layout')).toBe('camps');
    expect(await drawnPositions(page)).toEqual(campsLayout(visible, actorCamps(visible, EVENT)));
    await page.getByRole('radio', { name: 'Force' }).check();
    await settled(page);
    expect(await drawnPositions(page)).toEqual(expected);
    await page.close();
  });

  it('a worker that fails leaves the camps layout drawn and says why', async () => {
    const page = currentPage();
    await page.addInitScript(() => {
      // A blob: script, as the page's Content-Security-Policy allows workers from (a data: one it refuses).
      (window as CyWindow & { __layoutWorkerUrl?: string }).__layoutWorkerUrl = URL.createObjectURL(
        new Blob(['throw new Error("the test broke the worker")'], { type: 'text/javascript' }),
      );
    });
    await open(page, `${appUrl}/?layout=force`);
    await shot(page, 'layout-worker-failed');
    expect(await page.getByTestId('graph').getAttribute('data-layout')).toBe('failed');
    expect(await page.getByTestId('layout-error').textContent()).toMatch(
      /^The force layout could not be computed \(.*the test broke the worker\); the camps layout is shown instead\.$/,
    );
    expect((await drawnIds(page, '.actor')).length).toBe(SEED_ACTORS.length);
    const base = hydrateGraph((await (await fetch(`${appUrl}/api/graph?event=${EVENT}`)).json()) as GraphAnswer);
    const visible = visibleGraph(base, { pruneIsolated: false });
    expect(await drawnPositions(page)).toEqual(campsLayout(visible, actorCamps(visible, EVENT)));
  });

  it('a large view says so and names its renderer; crossing the threshold makes a new instance with the large-view options', async () => {
    const page = currentPage();
    await page.addInitScript(() => {
      (window as CyWindow).__largeViewElements = 20;
    });
    await open(page, appUrl);
    await shot(page, 'large-view-notice');
    expect((await drawnIds(page, '.actor')).length).toBe(SEED_ACTORS.length);
    const notice = page.getByTestId('large-view-notice');
    expect(await notice.getAttribute('role')).toBe('status');
    const text = (await notice.textContent()) ?? '';
    const nodes = SEED_ACTORS.length + 1;
    expect(text).toMatch(new RegExp(`^Large view: ${nodes} nodes and \\d+ edges, drawn with the canvas renderer \\(`));
    // Headless Chromium here has no WebGL, or software WebGL: canvas either way, and the notice says why.
    expect(text).toMatch(/this browser has no WebGL|software-rendered/);
    expect(text).toContain('switch off a stance or a kind of actor, or focus an actor with the search');
    expect(await page.getByTestId('cy').getAttribute('data-renderer')).toBe('canvas');
    expect(await rendererState(page)).toMatchObject({
      webgl: false,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
    });
    // Framed from node bodies alone (cheap at any size): every node is in sight.
    const outside = await page.evaluate(() => {
      const cy = (window as CyWindow).__cy!;
      return cy.nodes().filter((n) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
      }).length;
    });
    expect(outside).toBe(0);

    // The condemners and the context actors: under the threshold, a new instance without the shortcuts.
    await markInstance(page);
    await page.getByRole('button', { name: /^Support/ }).click();
    await settled(page);
    await page.getByRole('button', { name: /^Caution/ }).click();
    await settled(page);
    expect(await drawnIds(page, '.actor')).toEqual(
      expect.arrayContaining(['afghan-womens-political-participation-network', 'fawzia-koofi']),
    );
    expect(await drawnIds(page, '.actor')).not.toContain('russia');
    expect(await page.evaluate(() => (window as CyWindow).__cy!.elements().length)).toBeLessThanOrEqual(20);
    expect(await notice.count()).toBe(0);
    expect(await rendererState(page)).toMatchObject({
      marked: false,
      textureOnViewport: false,
      hideEdgesOnViewport: false,
    });
  });

  it('switches renderer only when crossing the threshold, and ?renderer=webgl asks for WebGL', async () => {
    const page = currentPage();
    await page.addInitScript(() => {
      (window as CyWindow).__largeViewElements = 20;
    });
    await open(page, `${appUrl}/?stance=condemnation`);
    await markInstance(page);
    // Still small: the same instance draws the next filter.
    const before = await drawnIds(page, '.actor');
    await page.getByRole('checkbox', { name: /Person/ }).uncheck();
    await settled(page);
    expect((await drawnIds(page, '.actor')).length).toBeLessThan(before.length);
    expect(await page.getByTestId('large-view-notice').count()).toBe(0);
    expect((await rendererState(page)).marked).toBe(true);

    await open(page, `${appUrl}/?renderer=webgl`);
    await shot(page, 'renderer-webgl-asked');
    const text = (await page.getByTestId('large-view-notice').textContent()) ?? '';
    const { webgl } = await rendererState(page);
    // Where this Chromium has WebGL 2 (software or not) the link gets it; without, canvas and the reason.
    if (webgl) expect(text).toContain('drawn with WebGL (WebGL asked for in the link)');
    else expect(text).toContain('drawn with the canvas renderer (WebGL was asked for, but this browser has none)');
    expect(await page.getByTestId('cy').getAttribute('data-renderer')).toBe(webgl ? 'webgl' : 'canvas');
    expect((await drawnIds(page, '.actor')).length).toBe(SEED_ACTORS.length);
    expect(new URL(page.url()).searchParams.get('renderer')).toBe('webgl');
  });

  it('the query page lays a relations answer out in the worker and shows the large-view notice', async () => {
    const page = currentPage();
    await page.addInitScript(() => {
      (window as CyWindow).__largeViewElements = 5;
    });
    await page.goto(`${appUrl}/query`);
    await page.locator('[data-hydrated="true"]').waitFor();
    await page.getByRole('tab', { name: 'Cypher console' }).click();
    await page.getByTestId('example-relations').click();
    await page.getByRole('textbox', { name: 'Cypher query' }).press('Control+Enter');
    await settled(page, 'ready', 'query');
    await shot(page, 'query-large-view');
    const graph = page.getByTestId('graph');
    expect(await graph.getAttribute('data-layout')).toBe('force');
    expect(await graph.getAttribute('data-layout-via')).toBe('worker');
    const notice = page.getByTestId('large-view-notice');
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toMatch(
      /^Large view: \d+ nodes and \d+ edges, drawn with the canvas renderer \(.+\)\. To narrow it, add a LIMIT/,
    );
  });
});
