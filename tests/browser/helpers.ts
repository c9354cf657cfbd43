/** Shared by the browser tests: one Chromium, ways to wait for the graph to settle, and screenshots. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { Core, EdgeSingular } from 'cytoscape';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

export const ARTIFACTS = path.resolve('test-artifacts', 'browser');

/** The actors of the seed (DOMAIN.md): ten who took a stance on the first event, five for context. */
export const SEED_ACTORS = [
  'afghan-womens-political-participation-network',
  'afghanistan',
  'amir-khan-muttaqi',
  'china',
  'fawzia-koofi',
  'german-interior-minister',
  'germany',
  'rangin-dadfar-spanta',
  'russia',
  'russian-foreign-ministry',
  'taliban-government',
  'united-arab-emirates',
  'united-nations',
  'united-nations-security-council',
  'vladimir-putin',
];
export const SUPPORTERS = [
  'russia',
  'russian-foreign-ministry',
  'vladimir-putin',
  'amir-khan-muttaqi',
  'taliban-government',
];
export const KOOFI_QUOTE = 'condemned Russia’s decision, warning that it could not foster peace';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: run "apt-get update && apt-get install -y chromium".`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, reducedMotion: 'reduce' });
}

export interface BrowserSession {
  browser(): Browser;
  context(): BrowserContext;
  page(): Page;
}

/**
 * One Chromium for the test file, a fresh context and page for each test (hooks registered here, so
 * a file's own beforeEach runs after them and can use the page); call the accessors inside a test or hook.
 */
export function browserSession(): BrowserSession {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    context = await newContext(browser);
    page = await context.newPage();
  });
  afterEach(async () => {
    await context?.close();
  });
  return { browser: () => browser, context: () => context, page: () => page };
}

/** The page of each test, for files that need nothing else of the session. */
export function pagePerTest(): () => Page {
  return browserSession().page;
}

/**
 * Fails each test after which the page threw an uncaught error; call at the top of a file, after
 * browserSession(). Returns the current test's page.
 */
export function withoutPageErrors(session: BrowserSession): () => Page {
  let page: Page;
  let pageErrors: string[] = [];
  beforeEach(() => {
    page = session.page();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });
  return () => page;
}

type CyWindow = Window & { __cy?: Core; __cyOwner?: string };

/** The pages that draw a graph; window.__cyOwner names the one whose canvas window.__cy is. */
export type CyOwner = 'explorer' | 'query';

/**
 * Waits until the page shows the answer for its current URL: the graph is ready (or empty) and what
 * Cytoscape drew is the data for the filters the URL asks for, not a previous view, on this page's canvas.
 */
export async function settled(
  page: Page,
  status: 'ready' | 'empty' = 'ready',
  owner: CyOwner = 'explorer',
): Promise<void> {
  try {
    await page.waitForFunction(
      ({ wanted, owner }) => {
        const graph = document.querySelector<HTMLElement>('[data-testid="graph"]');
        const cy = document.querySelector<HTMLElement>('[data-testid="cy"]');
        return (
          graph?.dataset.status === wanted &&
          cy?.dataset.drawnKey === graph.dataset.expectedKey &&
          (window as CyWindow).__cy !== undefined &&
          (window as CyWindow).__cyOwner === owner
        );
      },
      { wanted: status, owner },
      { timeout: 30_000 },
    );
  } catch (error) {
    // Say what the page showed instead, so a red run explains itself.
    const seen = await page.evaluate(() => {
      const graph = document.querySelector<HTMLElement>('[data-testid="graph"]');
      const alerts = [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent?.trim());
      return {
        status: graph?.dataset.status,
        expected: graph?.dataset.expectedKey,
        drawn: document.querySelector<HTMLElement>('[data-testid="cy"]')?.dataset.drawnKey,
        owner: (window as CyWindow).__cyOwner,
        alerts,
      };
    });
    throw new Error(`The graph did not settle as "${status}" at ${page.url()}: ${JSON.stringify(seen)}`, {
      cause: error,
    });
  }
}

export async function open(
  page: Page,
  url: string,
  status: 'ready' | 'empty' = 'ready',
  owner: CyOwner = 'explorer',
): Promise<void> {
  await page.goto(url);
  await settled(page, status, owner);
}

/** Ids of drawn nodes, sorted; `selector` is a Cytoscape selector ('.actor', 'node'). */
export function drawnIds(page: Page, selector = '.actor'): Promise<string[]> {
  return page.evaluate((sel) => {
    const cy = (window as CyWindow).__cy;
    if (!cy) throw new Error('window.__cy is missing: was the app built with NEXT_PUBLIC_STANCEGRAPH_TEST_HOOKS=1?');
    return cy
      .elements(sel)
      .map((ele) => ele.id())
      .sort();
  }, selector);
}

export function drawnCount(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => (window as CyWindow).__cy!.elements(sel).length, selector);
}

export function selectedId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const selected = (window as CyWindow).__cy!.elements('.is-selected');
    return selected.nonempty() ? selected.first().id() : null;
  });
}

export function positionOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => ({ ...(window as CyWindow).__cy!.getElementById(nodeId).position() }), id);
}

/** Ids of the actors the table lists, sorted. */
export function tableIds(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid="actor-table"] tbody tr[data-actor-id]', (rows) =>
    rows.map((row) => row.getAttribute('data-actor-id') ?? '').sort(),
  );
}

/** Clicks where Cytoscape draws an element, as a person would, once the view has stopped moving (a fit or layout may still be running). */
export async function clickDrawn(page: Page, id: string): Promise<void> {
  const where = () =>
    page.evaluate((eleId) => {
      const cy = (window as CyWindow).__cy!;
      const ele = cy.getElementById(eleId);
      if (ele.empty()) throw new Error(`${eleId} is not drawn`);
      const rendered = ele.isNode() ? ele.renderedPosition() : (ele as unknown as EdgeSingular).renderedMidpoint();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + rendered.x, y: box.top + rendered.y };
    }, id);
  let point = await where();
  for (let tries = 0; tries < 20; tries++) {
    await page.waitForTimeout(150);
    const now = await where();
    if (Math.abs(now.x - point.x) < 0.5 && Math.abs(now.y - point.y) < 0.5) break;
    point = now;
  }
  await page.mouse.click(point.x, point.y);
}

/** The query page's answer table: each body row's cells as text, first column first. */
export function answerRows(page: Page): Promise<string[][]> {
  return page.$$eval('[data-testid="answer-table"] tbody tr', (rows) =>
    rows.map((row) => [...row.children].map((cell) => (cell.textContent ?? '').trim())),
  );
}

export function searchParam(page: Page, name: string): string[] {
  return new URL(page.url()).searchParams.getAll(name);
}

let shotCount = 0;

/** Keeps a screenshot of a step under test-artifacts/browser/. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  shotCount += 1;
  await page.screenshot({ path: path.join(ARTIFACTS, `${String(shotCount).padStart(2, '0')}-${name}.png`) });
}
