/**
 * The explorer in Chromium against the built app and the seeded test Neo4j: each test asserts what a
 * person sees (drawn nodes, table rows, panel text, the URL), with a screenshot of each step kept in
 * test-artifacts/browser/.
 */
import type { Core } from 'cytoscape';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import {
  ARTIFACTS,
  KOOFI_QUOTE,
  SEED_ACTORS,
  SUPPORTERS,
  clickDrawn,
  drawnCount,
  drawnIds,
  browserSession,
  newContext,
  open,
  positionOf,
  searchParam,
  selectedId,
  settled,
  shot,
  tableIds,
} from './helpers';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';

const session = browserSession();
let page: Page;

beforeEach(() => {
  page = session.page();
});

describe('the explorer', () => {
  it('draws every actor of the seed around the first event, and the table lists the same actors', async () => {
    const graphRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/graph') graphRequests.push(request.url());
    });
    await open(page, appUrl);
    // The graph came with the page (app/page.tsx): drawn without asking the API again.
    expect(graphRequests).toEqual([]);
    await shot(page, 'first-screen');

    expect(await page.locator('#event-title').textContent()).toBe('Russia recognizes the Taliban government');

    const api = (await (await fetch(`${appUrl}/api/actors?limit=50`)).json()) as { actors: { id: string }[] };
    const allActors = api.actors.map((a) => a.id).sort();
    expect(allActors).toEqual(expect.arrayContaining(SEED_ACTORS));

    const drawn = await drawnIds(page, '.actor');
    expect(drawn).toEqual(allActors);
    expect(await drawnIds(page, '.event')).toEqual([EVENT]);
    expect(await tableIds(page)).toEqual(drawn);

    // Ten stance edges, each with its stance's own line style, not colour alone.
    expect(await drawnCount(page, 'edge.stance')).toBe(10);
    const styles = await page.evaluate(() => {
      const cy = (window as unknown as { __cy: Core }).__cy;
      const style = (stance: string) => cy.edges(`.stance-${stance}`).first().style('line-style');
      return { support: style('support'), condemnation: style('condemnation'), caution: style('caution') };
    });
    expect(styles).toEqual({ support: 'solid', condemnation: 'dashed', caution: 'dotted' });

    // The server-rendered first screen already carries the title and counts, before any script runs.
    const html = await (await fetch(appUrl)).text();
    expect(html).toContain('Russia recognizes the Taliban government');
    expect(html).toMatch(/Condemnation<\/span><span class="stance-toggle__count"[^>]*>2</);
    // And the table of its actors, so a reader sees who stands where before the graph is drawn.
    for (const id of allActors) expect(html).toContain(`<tr data-actor-id="${id}"`);
  });

  it('turning off support removes support edges and supporters, and nothing else moves', async () => {
    await open(page, appUrl);
    const koofiBefore = await positionOf(page, 'fawzia-koofi');
    await page.getByRole('button', { name: /^Support/ }).click();
    await settled(page);
    await shot(page, 'support-off');

    expect(searchParam(page, 'stance')).toEqual(['condemnation', 'caution']);
    expect(await page.getByRole('button', { name: /^Support/ }).getAttribute('aria-pressed')).toBe('false');
    expect(await drawnCount(page, 'edge[stance = "support"]')).toBe(0);
    expect(await drawnCount(page, 'edge[stance = "condemnation"]')).toBe(2);
    expect(await drawnCount(page, 'edge[stance = "caution"]')).toBe(3);

    const drawn = await drawnIds(page, '.actor');
    for (const supporter of SUPPORTERS) expect(drawn).not.toContain(supporter);
    expect(drawn).toEqual(expect.arrayContaining(['fawzia-koofi', 'united-nations', 'rangin-dadfar-spanta']));
    // Every drawn actor still has something drawn to it.
    expect(await drawnCount(page, '.actor[[degree = 0]]')).toBe(0);

    const table = await tableIds(page);
    expect(table).toEqual(drawn);
    expect(await page.locator('[data-testid="actor-table"] .badge--support').count()).toBe(0);

    expect(await positionOf(page, 'fawzia-koofi')).toEqual(koofiBefore);

    // The kind filter works the same way: no person drawn or listed once people are switched off.
    await page.getByRole('checkbox', { name: /Person/ }).uncheck();
    await settled(page);
    await shot(page, 'support-and-people-off');
    expect(searchParam(page, 'kind')).not.toContain('person');
    expect(await drawnCount(page, '.kind-person')).toBe(0);
    expect(await drawnIds(page, '.actor')).not.toContain('fawzia-koofi');
    expect(await tableIds(page)).toEqual(await drawnIds(page, '.actor'));
    await page.getByRole('checkbox', { name: /Person/ }).check();
    await settled(page);

    // Every stance off: an empty state with a way back.
    await page.getByRole('button', { name: /^Condemnation/ }).click();
    await settled(page);
    await page.getByRole('button', { name: /^Caution/ }).click();
    await settled(page, 'empty');
    await shot(page, 'no-stances-empty-state');
    expect(await page.getByTestId('empty-state').textContent()).toContain('No actors match these filters');
    await page.getByTestId('empty-state').getByRole('button', { name: 'Reset filters' }).click();
    await settled(page);
    expect(searchParam(page, 'stance')).toEqual([]);
    expect(await drawnIds(page, '.actor')).toEqual([...SEED_ACTORS].sort());
    expect(await tableIds(page)).toEqual([...SEED_ACTORS].sort());
  });

  it('typing "koof" and choosing Fawzia Koofi shows her condemnation quote; a stance edge shows its source', async () => {
    await open(page, appUrl);
    const search = page.getByRole('combobox', { name: /Find an actor/ });
    await search.fill('koof');
    const option = page.getByRole('option', { name: /Fawzia Koofi/ });
    await option.waitFor();
    await shot(page, 'search-koof');
    await option.click();

    const panel = page.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: 'Fawzia Koofi', level: 2 }).waitFor();
    await settled(page);
    await panel.getByTestId('evidence').first().waitFor();
    await shot(page, 'koofi-panel');

    expect(searchParam(page, 'actor')).toEqual(['fawzia-koofi']);
    expect(searchParam(page, 'select')).toEqual(['fawzia-koofi']);
    expect(await selectedId(page)).toBe('fawzia-koofi');
    const panelText = (await panel.textContent()) ?? '';
    expect(panelText).toContain('Person');
    expect(panelText).toContain('Former Afghan politician');
    expect(panelText).toContain('Condemnation');
    expect(panelText).toContain(KOOFI_QUOTE);
    // Its relations are links to the other actors.
    expect(
      await panel.getByRole('link', { name: /Afghan Women’s Political Participation Network/ }).count(),
    ).toBeGreaterThan(0);

    // Clicking the stance edge on the canvas shows that stance's quote and source.
    await clickDrawn(page, `fawzia-koofi--${EVENT}`);
    await panel.getByText('Stance', { exact: true }).waitFor();
    await shot(page, 'koofi-stance-edge');
    expect(searchParam(page, 'select')).toEqual([`fawzia-koofi--${EVENT}`]);
    const edgeText = (await panel.textContent()) ?? '';
    expect(edgeText).toContain(KOOFI_QUOTE);
    expect(edgeText).toContain('Russia Becomes First Country to Recognize Taliban Government');

    // A relation link moves the selection to the other actor.
    await clickDrawn(page, 'fawzia-koofi');
    await panel.getByRole('heading', { name: 'Fawzia Koofi' }).waitFor();
    await panel
      .getByRole('link', { name: /Afghan Women’s Political Participation Network/ })
      .first()
      .click();
    await panel.getByRole('heading', { name: /Afghan Women’s Political Participation Network/ }).waitFor();
    expect(searchParam(page, 'select')).toEqual(['afghan-womens-political-participation-network']);
  });

  it('a copied link of a filtered, focused view restores the same nodes and selection; back and forward step through', async () => {
    await open(page, appUrl);
    await page.getByRole('button', { name: /^Caution/ }).click();
    await settled(page);
    const search = page.getByRole('combobox', { name: /Find an actor/ });
    await search.fill('Mottaki');
    await page.getByRole('option', { name: /Amir Khan Muttaqi/ }).click();
    await settled(page);
    const depthOne = await drawnIds(page, 'node');
    await page.getByRole('radio', { name: '2 hops' }).check();
    await settled(page);
    await shot(page, 'focused-view');

    const url = page.url();
    expect(searchParam(page, 'stance')).toEqual(['support', 'condemnation']);
    expect(searchParam(page, 'actor')).toEqual(['amir-khan-muttaqi']);
    expect(searchParam(page, 'depth')).toEqual(['2']);
    expect(searchParam(page, 'select')).toEqual(['amir-khan-muttaqi']);
    const nodes = await drawnIds(page, 'node');
    expect(nodes.length).toBeGreaterThan(depthOne.length);
    expect(nodes).toContain('amir-khan-muttaqi');
    expect(await drawnCount(page, 'edge[stance = "caution"]')).toBe(0);

    // A fresh browser: no cache, no history, only the link.
    const fresh = await newContext(session.browser());
    try {
      const other = await fresh.newPage();
      await open(other, url);
      await shot(other, 'shared-link-restored');
      expect(await drawnIds(other, 'node')).toEqual(nodes);
      expect(await selectedId(other)).toBe('amir-khan-muttaqi');
      await other.getByTestId('detail-panel').getByRole('heading', { name: 'Amir Khan Muttaqi' }).waitFor();
      expect(await other.getByRole('button', { name: /^Caution/ }).getAttribute('aria-pressed')).toBe('false');
      expect(await other.getByRole('radio', { name: '2 hops' }).isChecked()).toBe(true);
    } finally {
      await fresh.close();
    }

    await page.goBack();
    await settled(page);
    expect(searchParam(page, 'depth')).toEqual(['1']);
    expect(await drawnIds(page, 'node')).toEqual(depthOne);
    await page.goForward();
    await settled(page);
    expect(searchParam(page, 'depth')).toEqual(['2']);
    expect(await drawnIds(page, 'node')).toEqual(nodes);

    // Two hops wide, the answer carries the focused actor's quotes only: another's loads when opened,
    // and the JSON download asks for every quote of the view.
    const koofiRow = page.locator('[data-testid="actor-table"] tr[data-actor-id="fawzia-koofi"]');
    expect(await koofiRow.textContent()).not.toContain(KOOFI_QUOTE);
    await koofiRow.getByRole('button', { name: /Read the evidence/ }).click();
    const panel = page.getByTestId('detail-panel');
    await panel.getByText(KOOFI_QUOTE, { exact: false }).waitFor();
    expect(searchParam(page, 'select')).toEqual([`fawzia-koofi--${EVENT}`]);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON' }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as {
      edges: { id: string; type: string; statedOn?: string; evidence: { quote: string }[]; quotesLeftOut?: true }[];
    };
    const koofi = exported.edges.find((e) => e.id === `fawzia-koofi--${EVENT}`);
    expect(koofi?.evidence[0].quote).toContain(KOOFI_QUOTE);
    const stances = exported.edges.filter((e) => e.type === 'STANCE');
    expect(stances.length).toBeGreaterThan(3);
    expect(stances.filter((e) => e.evidence.length === 0 || !e.statedOn || 'quotesLeftOut' in e)).toEqual([]);
  });

  it('works by keyboard alone: focus search, choose an actor, open and close the panel', async () => {
    await open(page, appUrl);
    await page.locator('body').press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('kofi');
    await page.getByRole('option', { name: /Fawzia Koofi/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('option', { name: /Fawzia Koofi/ }).getAttribute('aria-selected')).toBe('true');
    await shot(page, 'keyboard-option-active');
    await page.keyboard.press('Enter');

    const heading = page.getByTestId('detail-panel').getByRole('heading', { name: 'Fawzia Koofi' });
    await heading.waitFor();
    await settled(page);
    // Focus moved into the panel so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-panel-title');
    expect(await page.getByTestId('detail-panel').textContent()).toContain(KOOFI_QUOTE);
    await shot(page, 'keyboard-panel-open');

    await page.keyboard.press('Escape');
    await page.getByTestId('detail-panel').waitFor({ state: 'detached' });
    await shot(page, 'keyboard-panel-closed');
    expect(searchParam(page, 'select')).toEqual([]);
    // Closing keeps the neighbourhood in focus, and keyboard focus returns to where the person was.
    expect(searchParam(page, 'actor')).toEqual(['fawzia-koofi']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');

    // The table is reachable and sortable by keyboard.
    const actorHeader = page.getByRole('columnheader', { name: /Actor/ });
    await actorHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await actorHeader.getAttribute('aria-sort')).toBe('ascending');
    const rowButton = page.locator('[data-testid="actor-table"] tbody th button').first();
    await rowButton.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('detail-panel').waitFor();
    expect(searchParam(page, 'select')).toHaveLength(1);
  });

  it('exports the view as JSON with evidence and as a PNG', async () => {
    await open(page, `${appUrl}/?stance=condemnation`);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'JSON' }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as {
      nodes: { id: string; type: string }[];
      edges: { id: string; evidence: { quote: string }[] }[];
    };
    expect(exported.nodes.map((n) => n.id).sort()).toEqual(await drawnIds(page, 'node'));
    const koofi = exported.edges.find((e) => e.id === `fawzia-koofi--${EVENT}`);
    expect(koofi?.evidence[0].quote).toContain(KOOFI_QUOTE);

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    await png.saveAs(path.join(ARTIFACTS, 'export-condemnation.png'));
    const bytes = fs.readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it('says so when the database is down, and recovers by itself when it is back', async () => {
    await page.route('**/api/**', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'Neo4j is unavailable.' }),
      }),
    );
    await page.goto(appUrl);
    const banner = page.getByTestId('status-banner').getByRole('alert');
    await banner.waitFor({ timeout: 30_000 });
    // The page brought its graph with it (app/page.tsx), so it is drawn; a view the page did not bring
    // must be asked of the API, which is down.
    await settled(page);
    await page.getByRole('button', { name: /^Support/ }).click();
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-testid="graph"]')?.dataset.status === 'error',
      null,
      {
        timeout: 30_000,
      },
    );
    await shot(page, 'database-down');
    expect(await banner.textContent()).toContain('The graph database is unavailable');
    // The event title still shows: the server rendered it.
    expect(await page.locator('#event-title').textContent()).toBe('Russia recognizes the Taliban government');

    await page.unroute('**/api/**');
    await settled(page);
    await banner.waitFor({ state: 'detached' });
    await shot(page, 'database-back');
    await page.getByRole('button', { name: /^Support/ }).click();
    await settled(page);
    expect((await drawnIds(page, '.actor')).length).toBe(SEED_ACTORS.length);
  });
});
