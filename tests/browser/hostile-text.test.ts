/**
 * Hostile records as a person would meet them: written straight into the test Neo4j (as old data or
 * another client could hold them), on an event of their own, then looked at in Chromium. A 3,000-character
 * name must not widen the page, its label or the PNG; a long event title must not spill out of its box;
 * a right-to-left override in a quote must stay inside its quote; a data: URL is never a link; a quote
 * the graph answer shortened says so. The quotes are own
 * words (direct), shown as quotations, which is what these tests look into. Everything written
 * is deleted again after, leaving the shared database as the seed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sharedDriver } from '../integration/shared-neo4j';
import { ARTIFACTS, browserSession, open, shot, withoutPageErrors } from './helpers';

const appUrl = inject('appUrl');
const EVENT = 'hostile-text-browser-test';
const SOURCE = 'hostile-text-browser-test-source';
const LONG_ID = 'hostile-text-long-name';
const BIDI_ID = 'hostile-text-bidi';
/** One word: nothing to wrap at but an overflow-wrap. */
const LONG_NAME = `Long${'n'.repeat(2996)}`;
const LONG_QUOTE = `Start of a long quote ${'lorem ipsum '.repeat(1700)}`.slice(0, 20_000);
/** An override left open: outside an isolate it would reverse "evil" and spill past the quote. */
const BIDI_QUOTE = 'They called the decision \u202Elive and moved on';
const DATA_URL = 'data:text/html,<script>alert(document.domain)</script>';
const stanceId = (actor: string) => `${actor}--${EVENT}`;
/** An event whose title wraps to more lines than the event's box used to hold (capital letters are wide). */
const LONG_TITLE_EVENT = 'hostile-text-long-title';
const LONG_TITLE =
  'THE UNITED NATIONS GENERAL ASSEMBLY DEMANDS THAT RUSSIA IMMEDIATELY WITHDRAW ALL OF ITS MILITARY FORCES FROM UKRAINE';
const LONG_TITLE_ACTOR = 'hostile-text-long-title-actor';

beforeAll(async () => {
  const db = sharedDriver();
  try {
    await db.executeQuery(
      `MERGE (e:Event {id: $event})
       SET e.title = 'Hostile text test', e.date = '2024-06-01', e.kind = 'test', e.description = ''
       MERGE (s:Source {id: $source})
       SET s.title = 'Hostile source', s.publisher = 'Mallory', s.url = $url, s.date = '2024-06-01', s.text = $long + ' ' + $bidi
       MERGE (s)-[:ABOUT]->(e)
       WITH e
       UNWIND $actors AS row
       MERGE (a:Actor {id: row.id})
       SET a.name = row.name, a.kind = row.kind, a.description = '', a.aliases = [], a.searchText = row.name
       MERGE (a)-[r:TOOK_STANCE {id: row.stanceId}]->(e)
       SET r.stance = row.stance, r.quotes = [row.quote], r.sourceIds = [$source], r.quoteKinds = ['direct']`,
      {
        event: EVENT,
        source: SOURCE,
        url: DATA_URL,
        long: LONG_QUOTE,
        bidi: BIDI_QUOTE,
        actors: [
          {
            id: LONG_ID,
            name: LONG_NAME,
            kind: 'person',
            stance: 'support',
            quote: LONG_QUOTE,
            stanceId: stanceId(LONG_ID),
          },
          {
            id: BIDI_ID,
            name: 'Bidi Speaker',
            kind: 'organisation',
            stance: 'condemnation',
            quote: BIDI_QUOTE,
            stanceId: stanceId(BIDI_ID),
          },
        ],
      },
    );
    await db.executeQuery(
      `MATCH (s:Source {id: $source})
       MERGE (e:Event {id: $event})
       SET e.title = $title, e.date = '2024-06-02', e.kind = 'test', e.description = ''
       MERGE (a:Actor {id: $actor})
       SET a.name = 'Long Title Speaker', a.kind = 'state', a.description = '', a.aliases = [], a.searchText = a.name
       MERGE (a)-[r:TOOK_STANCE {id: $actor + '--' + $event}]->(e)
       SET r.stance = 'caution', r.quotes = ['Start of a long quote'], r.sourceIds = [$source], r.quoteKinds = ['direct']`,
      { source: SOURCE, event: LONG_TITLE_EVENT, title: LONG_TITLE, actor: LONG_TITLE_ACTOR },
    );
  } finally {
    await db.close();
  }
});

afterAll(async () => {
  const db = sharedDriver();
  try {
    await db.executeQuery(
      `MATCH (e:Event) WHERE e.id IN $events
       OPTIONAL MATCH (s:Source {id: $source})
       OPTIONAL MATCH (a:Actor) WHERE a.id IN $actors
       DETACH DELETE e, s, a`,
      { events: [EVENT, LONG_TITLE_EVENT], source: SOURCE, actors: [LONG_ID, BIDI_ID, LONG_TITLE_ACTOR] },
    );
  } finally {
    await db.close();
  }
});

const page = withoutPageErrors(browserSession());

const view = (select?: string) => `${appUrl}/?event=${EVENT}${select ? `&select=${encodeURIComponent(select)}` : ''}`;

/** The page's scroll width, and the outermost elements reaching past the viewport, so a red run names them. */
function pageWidth(p: Page): Promise<{ scroll: number; viewport: number; wide: string[] }> {
  return p.evaluate(() => {
    const viewport = window.innerWidth;
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right <= viewport + 1) continue;
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > viewport + 1) continue;
      // Inside a scrolling box (a table's wrapper), reaching past the viewport widens nothing.
      let clipped = false;
      for (let up = el.parentElement; up && !clipped; up = up.parentElement)
        clipped = getComputedStyle(up).overflowX !== 'visible';
      if (clipped) continue;
      wide.push(
        `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(el.getBoundingClientRect().right)} px)`,
      );
    }
    return { scroll: document.documentElement.scrollWidth, viewport, wide };
  });
}

/**
 * For every text node under `root` holding `needle`: whether an element between it and the `within`
 * ancestor isolates its direction (what <bdi> or unicode-bidi: isolate gives).
 */
function isolated(p: Page, root: string, needle: string, within: string): Promise<boolean[]> {
  return p.$$eval(
    root,
    (roots, { needle, within }) => {
      const found: boolean[] = [];
      for (const r of roots) {
        const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.includes(needle)) continue;
          let el = node.parentElement;
          let ok = false;
          while (el && !el.matches(within)) {
            if (['isolate', 'isolate-override', 'plaintext'].includes(getComputedStyle(el).unicodeBidi)) ok = true;
            el = el.parentElement;
          }
          found.push(ok);
        }
      }
      return found;
    },
    { needle, within },
  );
}

/** Links a person could follow to somewhere other than the web. */
function nonWebLinks(p: Page): Promise<string[]> {
  return p.$$eval('a[href], [cite]', (els) =>
    els
      .map((el) => el.getAttribute('href') ?? el.getAttribute('cite') ?? '')
      .filter((url) => /^\s*(data|javascript|vbscript):/i.test(url)),
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('hostile text in the explorer', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 390, height: 844 },
  ]) {
    it(`keeps the page within a ${viewport.width}-pixel viewport with a 3,000-character name drawn, listed and open`, async () => {
      await page().setViewportSize(viewport);
      await open(page(), view());
      expect(await page().locator('[data-testid="actor-table"] tbody tr').count()).toBe(2);
      let width = await pageWidth(page());
      expect(width.scroll, width.wide.join(', ')).toBeLessThanOrEqual(width.viewport);
      await shot(page(), `hostile-text-${viewport.width}`);

      await open(page(), view(LONG_ID));
      await page().locator('[data-testid="detail-panel"] blockquote').first().waitFor();
      width = await pageWidth(page());
      expect(width.scroll, width.wide.join(', ')).toBeLessThanOrEqual(width.viewport);
      // The panel has the name whole.
      expect(await page().locator('#detail-panel-title').textContent()).toBe(LONG_NAME);
      // Its "Focus on …’s neighbourhood" button wraps the name inside itself.
      const focusButton = await page()
        .getByTestId('detail-panel')
        .getByRole('button', { name: /^Focus on Longn+’s neighbourhood$/ })
        .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(focusButton.scroll).toBeLessThanOrEqual(focusButton.client);
      await shot(page(), `hostile-text-${viewport.width}-panel`);
    });
  }

  it('draws the long name cut to a short label, and the PNG export stays the size of the graph', async () => {
    await page().setViewportSize({ width: 1280, height: 720 });
    await open(page(), view());
    const drawn = await page().evaluate((id) => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      const node = cy.getElementById(id);
      return { label: node.data('label') as string, width: node.boundingBox({ includeLabels: true }).w };
    }, LONG_ID);
    // Cut, and broken by zero-width spaces where Cytoscape may wrap it.
    const label = drawn.label.replaceAll('\u200B', '');
    expect(label).toMatch(/^Longn+…$/);
    expect(Array.from(label).length).toBeLessThanOrEqual(80);
    // The label wraps at 130 px; a few hundred pixels is all a node with its label may take.
    expect(drawn.width).toBeLessThan(300);
    // The table keeps the name whole.
    expect(await page().locator(`tr[data-actor-id="${LONG_ID}"] th button`).textContent()).toBe(LONG_NAME);

    const [png] = await Promise.all([
      page().waitForEvent('download'),
      page().getByRole('button', { name: 'PNG' }).click(),
    ]);
    await png.saveAs(path.join(ARTIFACTS, 'export-hostile-text.png'));
    const size = pngSize(fs.readFileSync((await png.path())!));
    // Two actors and an event, at scale 2 with the legend column: a few thousand pixels, not tens of thousands.
    expect(size.width).toBeLessThan(4000);
    expect(size.height).toBeLessThan(4000);
  });

  it('draws a long event title inside its box, every line of it', async () => {
    await page().setViewportSize({ width: 1280, height: 720 });
    await open(page(), `${appUrl}/?event=${LONG_TITLE_EVENT}`);
    const drawn = await page().evaluate((id) => {
      const node = (window as unknown as { __cy: Core }).__cy.getElementById(id);
      const pick = ({ x1, x2, y1, y2, h }: { x1: number; x2: number; y1: number; y2: number; h: number }) => ({
        x1,
        x2,
        y1,
        y2,
        h,
      });
      return {
        box: pick(node.boundingBox({ includeLabels: false, includeOverlays: false })),
        label: pick(node.boundingBox({ includeNodes: false, includeLabels: true, includeOverlays: false })),
      };
    }, LONG_TITLE_EVENT);
    // More lines than the old 56-pixel box held (four of 12 pixels), so the test can tell.
    expect(drawn.label.h).toBeGreaterThan(4 * 12);
    expect(drawn.label.y1, JSON.stringify(drawn)).toBeGreaterThanOrEqual(drawn.box.y1);
    expect(drawn.label.y2, JSON.stringify(drawn)).toBeLessThanOrEqual(drawn.box.y2);
    expect(drawn.label.x1, JSON.stringify(drawn)).toBeGreaterThanOrEqual(drawn.box.x1);
    expect(drawn.label.x2, JSON.stringify(drawn)).toBeLessThanOrEqual(drawn.box.x2);
    await shot(page(), 'hostile-text-long-event-title');
  });

  it('keeps a right-to-left override inside its quote in the table and the panel, verbatim', async () => {
    await open(page(), view(BIDI_ID));
    await page().locator('[data-testid="detail-panel"] blockquote').first().waitFor();
    expect(await isolated(page(), '[data-testid="actor-table"] blockquote', '\u202Elive', 'blockquote')).toEqual([
      true,
    ]);
    expect(await isolated(page(), '[data-testid="detail-panel"] blockquote', '\u202Elive', 'blockquote')).toEqual([
      true,
    ]);
    // Verbatim: the override is still in the text, only contained.
    expect(await page().locator('[data-testid="detail-panel"] blockquote').first().textContent()).toBe(
      `“${BIDI_QUOTE}”`,
    );
    await shot(page(), 'hostile-text-bidi-quote');
  });

  it('shows a data: source as plain text, never as a link, in every panel that names it', async () => {
    for (const select of [BIDI_ID, stanceId(BIDI_ID), EVENT]) {
      await open(page(), view(select));
      const panel = page().locator('[data-testid="detail-panel"]');
      await panel.getByText('Hostile source').first().waitFor();
      expect(await panel.locator('a', { hasText: 'Hostile source' }).count(), select).toBe(0);
      expect(await nonWebLinks(page()), select).toEqual([]);
    }
  });

  it('says when the graph shortened a quote, and the actor’s panel has it whole', async () => {
    await open(page(), view(stanceId(LONG_ID)));
    const panel = page().locator('[data-testid="detail-panel"]');
    const note = panel.getByTestId('quote-shortened');
    await note.waitFor();
    expect(await note.textContent()).toBe('Shortened; the actor’s panel has the whole quote.');
    const shortened = (await panel.locator('blockquote').textContent()) ?? '';
    expect(shortened.length).toBeLessThan(1100);
    // The table lists the same shortened quote, clamped to a few lines.
    const tableQuote = page().locator(`tr[data-actor-id="${LONG_ID}"] blockquote`);
    expect(await tableQuote.evaluate((el) => el.getBoundingClientRect().height)).toBeLessThan(200);
    await shot(page(), 'hostile-text-shortened-quote');

    await note.getByRole('link', { name: 'the actor’s panel' }).click();
    await expect.poll(() => new URL(page().url()).searchParams.get('select')).toBe(LONG_ID);
    const whole = panel.locator('blockquote', { hasText: 'Start of a long quote' });
    await whole.waitFor();
    expect(await whole.textContent()).toBe(`“${LONG_QUOTE}”`);
    expect(await panel.getByTestId('quote-shortened').count()).toBe(0);
  });
});
