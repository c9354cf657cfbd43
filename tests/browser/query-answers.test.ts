/**
 * The query page's answers in Chromium against the built app and the seeded test Neo4j: paths drawn
 * hop by hop with no node on an edge it does not belong to, the console's schema list, the database's
 * notifications beside the answer, and text-only answers without a graph box. Each test asserts what a
 * person sees and keeps screenshots.
 */
import type { Page } from 'playwright-core';
import type { Core, NodeSingular } from 'cytoscape';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { answerRows, drawnIds, settled, shot } from './helpers';
import { editor, editorText, openQuery as openQueryAt, queryPageSession, typeQuery } from './query-page';

const appUrl = inject('appUrl');

const { page: currentPage } = queryPageSession();
let page: Page;

beforeEach(() => {
  page = currentPage();
});

const openQuery = (p: Page, path: string) => openQueryAt(p, appUrl, path);

/** The caret's line and column as shown, when the editor has focus. */
function caret(p: Page) {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const selection = window.getSelection()!;
    const line = (
      selection.focusNode instanceof Element ? selection.focusNode : selection.focusNode!.parentElement
    )!.closest('.cm-line')!;
    const before = document.createRange();
    before.setStart(line, 0);
    before.setEnd(selection.focusNode!, selection.focusOffset);
    const lines = [...el.querySelectorAll('.cm-line')];
    return { testid: el.dataset.testid, line: lines.indexOf(line) + 1, column: before.toString().length + 1 };
  });
}

interface Drawn {
  x: Record<string, number>;
  /** Each edge drawn over a node it does not join: "source>target over node". */
  overlaps: string[];
}

/**
 * Where Cytoscape drew the answer: each node's x, and every node box (without its label) that an
 * edge not its own runs through. An edge is followed from its source endpoint through its midpoint
 * to its target endpoint, so bowed edges are followed too.
 */
function drawn(p: Page): Promise<Drawn> {
  return p.evaluate(() => {
    const cy = (window as unknown as { __cy: Core }).__cy;
    type Pt = { x: number; y: number };
    type Box = { x1: number; x2: number; y1: number; y2: number };
    const meets = (a: Pt, b: Pt, box: Box) => {
      let t0 = 0;
      let t1 = 1;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      for (const [pp, q] of [
        [-dx, a.x - box.x1],
        [dx, box.x2 - a.x],
        [-dy, a.y - box.y1],
        [dy, box.y2 - a.y],
      ]) {
        if (pp === 0) {
          if (q < 0) return false;
          continue;
        }
        const t = q / pp;
        if (pp < 0) t0 = Math.max(t0, t);
        else t1 = Math.min(t1, t);
        if (t0 > t1) return false;
      }
      return true;
    };
    const x: Record<string, number> = {};
    cy.nodes().forEach((n) => void (x[n.id()] = n.position().x));
    const overlaps: string[] = [];
    cy.edges().forEach((edge) => {
      const points = [edge.sourceEndpoint(), edge.midpoint(), edge.targetEndpoint()];
      cy.nodes().forEach((node) => {
        if (node.id() === edge.source().id() || node.id() === edge.target().id()) return;
        const box = node.boundingBox({ includeLabels: false, includeOverlays: false });
        if (meets(points[0], points[1], box) || meets(points[1], points[2], box))
          overlaps.push(`${edge.source().id()}>${edge.target().id()} over ${node.id()}`);
      });
    });
    return { x, overlaps };
  });
}

/** The paths of a console answer's rows (column `p`), as the ids of their nodes in the order walked. */
function pathsOfRows(rows: Record<string, unknown>[]): string[][] {
  type JsonNode = { properties: { id: string } };
  return rows.map((row) => {
    const p = row.p as { start: JsonNode; path: { end: JsonNode }[] };
    return [p.start.properties.id, ...p.path.map((s) => s.end.properties.id)];
  });
}

function expectHopOrder(paths: string[][], x: Record<string, number>) {
  for (const path of paths) {
    for (let i = 1; i < path.length; i += 1) {
      expect(x[path[i]], `${path[i - 1]} → ${path[i]} reads left to right`).toBeGreaterThan(x[path[i - 1]]);
    }
  }
}

describe('path answers', () => {
  it('draw the speaks-for chain left to right, the Taliban government’s “part of” edge clear of Muttaqi', async () => {
    await openQuery(page, '/query?q=speaks-for&actor=amir-khan-muttaqi');
    await settled(page, 'ready', 'query');
    await shot(page, 'path-speaks-for-muttaqi');
    const { x, overlaps } = await drawn(page);
    expectHopOrder([['amir-khan-muttaqi', 'taliban-government', 'afghanistan']], x);
    expect(overlaps).toEqual([]);
  });

  it('stack several paths in rows, shared nodes drawn once, every path in hop order and no node on another’s edge', async () => {
    // Every chain of ties into Afghanistan: Russia and the Taliban government are on several of them.
    const cypher = "MATCH p = (:Actor)-[*1..3]->(:Actor {id: 'afghanistan'})\nRETURN p";
    const response = await page.request.post(`${appUrl}/api/query`, { data: { cypher, params: {} } });
    const paths = pathsOfRows((await response.json()).rows);
    expect(paths.length).toBeGreaterThan(5);
    expect(paths.filter((path) => path.includes('russia')).length).toBeGreaterThan(1);

    await openQuery(page, `/query?${new URLSearchParams({ cypher })}`);
    await settled(page, 'ready', 'query');
    await shot(page, 'path-chains-into-afghanistan');
    const { x, overlaps } = await drawn(page);
    expect(Object.keys(x).sort()).toEqual([...new Set(paths.flat())].sort());
    expectHopOrder(paths, x);
    expect(overlaps).toEqual([]);
  });
});

describe('the console’s schema list', () => {
  it('lists labels, types and keys with counts; a click or Enter puts the name in the query at the cursor', async () => {
    await openQuery(page, '/query?tab=console');
    const schema = page.getByTestId('schema-list');
    const actorLabel = schema.getByRole('button', { name: 'Insert :Actor (15 nodes)' });
    await actorLabel.waitFor();
    await schema.getByRole('button', { name: 'Insert [:TOOK_STANCE] (14 relationships)' }).waitFor();
    await editor(page).waitFor();
    await shot(page, 'schema-list');

    await typeQuery(page, 'MATCH (a');
    await actorLabel.click();
    expect(await editorText(page)).toBe('MATCH (a:Actor');
    // The editor has the focus back, the caret after the name: typing goes on from there.
    await page.keyboard.insertText(')-');
    await schema.getByRole('button', { name: /^Insert \[:TOOK_STANCE\]/ }).click();
    await page.keyboard.insertText('->(e:Event)\nRETURN a');
    await schema.getByRole('button', { name: /^Insert \.name / }).click();
    await page.keyboard.insertText(', e');
    // By keyboard: a name is a button.
    await schema.getByRole('button', { name: /^Insert \.title / }).focus();
    await page.keyboard.press('Enter');
    expect(await editorText(page)).toBe('MATCH (a:Actor)-[:TOOK_STANCE]->(e:Event)\nRETURN a.name, e.title');
    await shot(page, 'schema-list-inserted');

    await editor(page).press('Control+Enter');
    await settled(page, 'ready', 'query');
    expect(await answerRows(page)).toHaveLength(14);
  });

  it('says when the schema cannot be read, and reads it again on request', async () => {
    await page.route('**/api/schema', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"Neo4j is down for a test."}' }),
    );
    await openQuery(page, '/query?tab=console');
    const schema = page.getByTestId('schema-list');
    await schema.getByRole('alert').getByText('The schema could not be read: Neo4j is down for a test.').waitFor();
    await shot(page, 'schema-list-error');
    await page.unroute('**/api/schema');
    await schema.getByRole('button', { name: 'Try again' }).click();
    await schema.getByRole('button', { name: 'Insert :Actor (15 nodes)' }).waitFor();
    expect(await schema.getByRole('alert').count()).toBe(0);
  });
});

describe('the database’s notifications', () => {
  it('say why [:STANCE] matched nothing, where, and lead to the place in the editor', async () => {
    await openQuery(page, '/query?tab=console');
    await typeQuery(page, 'MATCH (a)-[:STANCE]->(b) RETURN a');
    await editor(page).press('Control+Enter');
    await settled(page, 'empty', 'query');
    const notes = page.getByTestId('query-notification');
    await notes.first().waitFor();
    await shot(page, 'notification-unknown-type');
    expect(await notes.count()).toBe(1);
    expect(await notes.getAttribute('data-severity')).toBe('warning');
    const heading = notes.getByRole('heading');
    expect(await heading.locator('span').allTextContents()).toEqual(['Warning', 'Relationship type does not exist']);
    expect(await notes.locator('p').first().textContent()).toBe(
      'The relationship type STANCE does not exist. Verify that the spelling is correct.',
    );
    expect(await notes.getByTestId('notification-position').textContent()).toBe('Line 1, column 13');
    expect(await page.getByTestId('empty-state').textContent()).toContain('The database’s warning above may say why.');

    await notes.getByRole('button', { name: 'Show line 1, column 13 in the editor' }).click();
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.testid === 'cypher-editor',
    );
    expect(await caret(page)).toEqual({ testid: 'cypher-editor', line: 1, column: 13 });
  });

  it('stand beside the rows of a misspelt property, and are gone for a query without any', async () => {
    await openQuery(page, '/query?tab=console');
    await typeQuery(page, 'MATCH (a:Actor)\nRETURN a.nmae AS name\nLIMIT 3');
    await editor(page).press('Control+Enter');
    await settled(page, 'ready', 'query');
    expect(await answerRows(page)).toEqual([['null'], ['null'], ['null']]);
    const note = page.getByTestId('query-notification');
    await note.waitFor();
    expect(await note.getByRole('heading').textContent()).toContain('Property key does not exist');
    expect(await note.textContent()).toContain('The property nmae does not exist.');
    expect(await note.getByTestId('notification-position').textContent()).toBe('Line 2, column 10');

    await typeQuery(page, 'MATCH (a:Actor)\nRETURN a.name AS name\nLIMIT 3');
    await editor(page).press('Control+Enter');
    await settled(page, 'ready', 'query');
    expect((await answerRows(page)).map((r) => r[0])).not.toContain('null');
    expect(await page.getByTestId('query-notifications').count()).toBe(0);
  });
});

describe('a text-only answer', () => {
  it('shows its table with no graph box above it; the next answer with nodes is drawn again', async () => {
    await openQuery(page, `/query?${new URLSearchParams({ cypher: 'RETURN 1 AS one' })}`);
    await settled(page, 'ready', 'query');
    await shot(page, 'text-only-answer');
    expect(await answerRows(page)).toEqual([['1']]);
    expect(await page.getByTestId('graph').isVisible()).toBe(false);
    expect(await page.getByRole('region', { name: 'Graph' }).count()).toBe(0);
    // The table sits right under the heading, not under an empty box.
    const header = await page.locator('.answer__header').boundingBox();
    const table = await page.getByTestId('answer-table').boundingBox();
    expect(table!.y - (header!.y + header!.height)).toBeLessThan(80);

    await typeQuery(page, "MATCH (a:Actor {id: 'russia'})-[r:LEADS|PART_OF]-(b) RETURN a, r, b");
    await editor(page).press('Control+Enter');
    await settled(page, 'ready', 'query');
    await shot(page, 'after-text-only-answer');
    expect(await page.getByTestId('graph').isVisible()).toBe(true);
    expect(await drawnIds(page, 'node')).toEqual(['russia', 'russian-foreign-ministry', 'vladimir-putin']);
    // Drawn inside the canvas, not fitted to the hidden one's zero size.
    const inside = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      const { width, height } = cy.container()!.getBoundingClientRect();
      return cy
        .nodes()
        .toArray()
        .every((n) => {
          const p = (n as NodeSingular).renderedPosition();
          return p.x > 0 && p.y > 0 && p.x < width && p.y < height;
        });
    });
    expect(inside).toBe(true);
  });
});
