/**
 * The query page in Chromium against the built app and the seeded test Neo4j: the console (examples,
 * Ctrl+Enter, history, errors), the ready questions' forms, shared links and back/forward. Each test
 * asserts what a person sees (drawn nodes, table rows, messages, the URL) and keeps screenshots.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import {
  KOOFI_QUOTE,
  SEED_ACTORS,
  answerRows,
  clickDrawn,
  drawnCount,
  drawnIds,
  newContext,
  open,
  searchParam,
  settled,
  shot,
} from './helpers';
import { editor, editorText, openQuery as openQueryAt, queryPageSession, typeQuery } from './query-page';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';
const EVENT_TITLE = 'Russia recognizes the Taliban government';
/** The seed's context actors: tied to others by a source, but without a stance on the event. */
const CONTEXT_ACTORS = ['afghanistan', 'china', 'german-interior-minister', 'germany', 'united-arab-emirates'];
const STANCE_TAKERS = SEED_ACTORS.filter((id) => !CONTEXT_ACTORS.includes(id)).sort();
const MUTTAQI_CHAIN = 'Amir Khan Muttaqi —[SPEAKS_FOR]→ Taliban government —[PART_OF]→ Afghanistan';

const { session, page: currentPage } = queryPageSession();
let page: Page;

beforeEach(() => {
  page = currentPage();
});

const openQuery = (p: Page, path: string) => openQueryAt(p, appUrl, path);
const runButton = (p: Page) => p.getByRole('button', { name: /^(Run|Running…)$/ });
const askButton = (p: Page) => p.getByRole('button', { name: /^(Ask|Asking…)$/ });

/** Sums the camps question's counts per stance, from the table as shown. */
function campTotals(rows: string[][]): Record<string, number> {
  const totals: Record<string, number> = { support: 0, condemnation: 0, caution: 0 };
  for (const [stance, , count] of rows) {
    const key = Object.keys(totals).find((s) => stance.toLowerCase().includes(s));
    if (!key) throw new Error(`No stance in the cell "${stance}"`);
    totals[key] += Number(count);
  }
  return totals;
}

async function runExample(p: Page, example: string) {
  await p.getByRole('tab', { name: 'Cypher console' }).click();
  await p.getByTestId(`example-${example}`).click();
  // The example only fills the editor; Ctrl+Enter runs it, from the editor, as a person would.
  await editor(p).press('Control+Enter');
  await settled(p, 'ready', 'query');
}

describe('the query page', () => {
  it('is linked from the explorer’s header and links back', async () => {
    await open(page, appUrl);
    const nav = page.getByRole('navigation', { name: 'Pages' });
    expect(await nav.getByRole('link', { name: 'Explorer' }).getAttribute('aria-current')).toBe('page');
    await nav.getByRole('link', { name: 'Query' }).click();
    await page.waitForURL(`${appUrl}/query`);
    await page.getByTestId('idle-state').waitFor();
    await shot(page, 'query-page-empty');
    expect(
      await page
        .getByRole('navigation', { name: 'Pages' })
        .getByRole('link', { name: 'Query' })
        .getAttribute('aria-current'),
    ).toBe('page');
    // The explorer's canvas went with its page: nothing stale is exposed as the query page's graph.
    expect(await page.evaluate(() => (window as unknown as { __cyOwner?: string }).__cyOwner)).toBe('query');
    expect(await page.getByTestId('graph').getAttribute('data-status')).toBe('idle');

    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Explorer' }).click();
    await page.waitForURL(`${appUrl}/`);
    await settled(page);
    expect((await drawnIds(page, '.actor')).length).toBe(SEED_ACTORS.length);
  });

  it('(a) runs an example from the console: the graph draws its actors and stances, the table lists its rows', async () => {
    await openQuery(page, '/query');
    await page.getByRole('tab', { name: 'Cypher console' }).click();
    expect(searchParam(page, 'tab')).toEqual(['console']);
    await page.getByTestId('example-stances').click();
    const text = await editorText(page);
    expect(text).toContain("MATCH (a:Actor)-[r:TOOK_STANCE]->(e:Event {id: 'russia-recognizes-taliban'})");
    // The editor highlights what it holds: keywords and strings are drawn in their own colours.
    await page.locator('.cypher-editor .cm-keyword').first().waitFor();
    const keywords = await page.locator('.cypher-editor .cm-keyword').allTextContents();
    expect(keywords.map((k) => k.toUpperCase())).toEqual(expect.arrayContaining(['MATCH', 'RETURN', 'ORDER', 'BY']));
    expect(await page.locator('.cypher-editor .cm-string').allTextContents()).toContain(`'${EVENT}'`);
    const colours = await page.evaluate(() => {
      const colour = (selector: string) =>
        getComputedStyle(document.querySelector(`.cypher-editor ${selector}`)!).color;
      return {
        keyword: colour('.cm-keyword'),
        string: colour('.cm-string'),
        text: getComputedStyle(document.querySelector('.cypher-editor .cm-line')!).color,
      };
    });
    expect(new Set([colours.keyword, colours.string, colours.text]).size).toBe(3);
    await shot(page, 'console-example-filled');

    await editor(page).press('Control+Enter');
    await settled(page, 'ready', 'query');
    await shot(page, 'console-example-answer');

    expect(searchParam(page, 'cypher')).toEqual([text]);
    expect(await drawnIds(page, '.actor')).toEqual(STANCE_TAKERS);
    expect(await drawnIds(page, '.event')).toEqual([EVENT]);
    expect(await drawnCount(page, 'edge.stance')).toBe(10);
    expect(await drawnCount(page, 'edge.stance-support')).toBe(5);

    const rows = await answerRows(page);
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r[0]).sort()).toEqual(
      expect.arrayContaining(['Fawzia Koofi (:Actor)', 'Vladimir Putin (:Actor)']),
    );
    // ORDER BY r.stance: caution first, support last; every row ends at the event.
    expect(rows[0][1]).toBe('[:TOOK_STANCE caution]');
    expect(rows[9][1]).toBe('[:TOOK_STANCE support]');
    for (const row of rows) expect(row[2]).toBe(`${EVENT_TITLE} (:Event)`);
    const table = page.getByTestId('answer-table');
    expect(await table.locator('caption').textContent()).toBe('Console query: 10 rows');
    expect(await table.locator('thead th[scope="col"]').allTextContents()).toEqual(['a', 'r', 'e']);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(10);
    expect(await page.getByTestId('answer-meta').textContent()).toMatch(
      /^10 rows · 11 nodes and 10 relationships drawn/,
    );

    // It went into this tab's history.
    expect(await page.getByTestId('query-history').getByRole('listitem').count()).toBe(1);
  });

  it('draws sources a query returns as nodes, and the legend explains them', async () => {
    const cypher = "MATCH p = (:Source)-[:ABOUT]->(:Event {id: 'russia-recognizes-taliban'}) RETURN p";
    await openQuery(page, `/query?${new URLSearchParams({ cypher })}`);
    await settled(page, 'ready', 'query');
    expect(await drawnCount(page, 'node.source')).toBeGreaterThan(0);
    const legend = page.getByRole('group', { name: 'Legend' }).getByRole('list', { name: 'Nodes' });
    expect(await legend.getByRole('listitem').allTextContents()).toContain('Source');
    // The explorer never draws them, and its legend does not list them.
    await open(page, appUrl);
    expect(
      await page
        .getByRole('group', { name: 'Legend' })
        .getByRole('list', { name: 'Nodes' })
        .getByRole('listitem')
        .allTextContents(),
    ).not.toContain('Source');
  });

  it('(b) answers ready questions from their forms; back and forward step between the answers', async () => {
    await openQuery(page, '/query');
    await page.getByTestId('question-select').selectOption('camps');
    // The event defaults to the newest, the first event of the seed.
    expect(await page.getByRole('combobox', { name: /^Event/ }).inputValue()).toBe(EVENT);
    await askButton(page).click();
    await settled(page, 'ready', 'query');
    await shot(page, 'question-camps');

    expect(searchParam(page, 'q')).toEqual(['camps']);
    expect(searchParam(page, 'event')).toEqual([EVENT]);
    expect(await page.getByTestId('answer-title').textContent()).toBe(`The camps on ${EVENT_TITLE}`);
    const camps = await answerRows(page);
    expect(campTotals(camps)).toEqual({ support: 5, condemnation: 2, caution: 3 });
    expect(camps).toContainEqual([
      expect.stringContaining('Caution'),
      'intergovernmental',
      '2',
      'United Nations, United Nations Security Council',
    ]);
    expect(await drawnCount(page, 'edge.stance')).toBe(10);
    expect(await drawnIds(page, '.actor')).toEqual(STANCE_TAKERS);

    // Another question: the actor picker searches names and aliases ("Mottaki" is an alias of Muttaqi).
    await page.getByTestId('question-select').selectOption('speaks-for');
    const picker = page.getByRole('combobox', { name: /^Actor/ });
    await picker.fill('Mottaki');
    await page.getByRole('option', { name: /Amir Khan Muttaqi/ }).click();
    expect(await page.getByTestId('chosen-actor').textContent()).toBe('Amir Khan Muttaqi');
    await shot(page, 'question-speaks-for-form');
    await askButton(page).click();
    await settled(page, 'ready', 'query');
    await shot(page, 'question-speaks-for');

    expect(searchParam(page, 'q')).toEqual(['speaks-for']);
    expect(searchParam(page, 'actor')).toEqual(['amir-khan-muttaqi']);
    expect(await answerRows(page)).toEqual([['Amir Khan Muttaqi', 'Afghanistan', '2', MUTTAQI_CHAIN]]);
    expect(await drawnIds(page, 'node')).toEqual(['afghanistan', 'amir-khan-muttaqi', 'taliban-government']);
    expect(
      await drawnCount(page, 'edge[source = "amir-khan-muttaqi"][target = "taliban-government"][type = "SPEAKS_FOR"]'),
    ).toBe(1);
    expect(
      await drawnCount(page, 'edge[source = "taliban-government"][target = "afghanistan"][type = "PART_OF"]'),
    ).toBe(1);

    // Required inputs left empty are named, focus goes to the first, and nothing runs.
    await page.getByTestId('question-select').selectOption('shortest-path');
    await askButton(page).click();
    expect(await page.locator('.field-error').allTextContents()).toEqual([
      'Choose an actor for “From actor”.',
      'Choose an actor for “To actor”.',
    ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('actor-input-from');
    expect(await page.getByRole('combobox', { name: /^From actor/ }).getAttribute('aria-invalid')).toBe('true');
    expect(searchParam(page, 'q')).toEqual(['speaks-for']);

    await page.goBack();
    await settled(page, 'ready', 'query');
    expect(searchParam(page, 'q')).toEqual(['camps']);
    expect(campTotals(await answerRows(page))).toEqual({ support: 5, condemnation: 2, caution: 3 });
    expect(await page.getByTestId('question-select').inputValue()).toBe('camps');
    await page.goForward();
    await settled(page, 'ready', 'query');
    expect(searchParam(page, 'q')).toEqual(['speaks-for']);
    expect((await answerRows(page))[0][3]).toBe(MUTTAQI_CHAIN);
    expect(await page.getByTestId('question-select').inputValue()).toBe('speaks-for');
  });

  it('(c) a shared link reruns the same console query, parameters included, and a question link its question', async () => {
    await session.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl });
    await openQuery(page, '/query');
    await runExample(page, 'stances');
    const nodes = await drawnIds(page, 'node');
    const rows = await answerRows(page);
    await page.getByTestId('copy-link').click();
    await page.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    expect(new URL(copied).searchParams.get('cypher')).toContain('TOOK_STANCE');

    // A fresh browser: no cache, no history, only the link.
    const fresh = await newContext(session.browser());
    try {
      const other = await fresh.newPage();
      await open(other, copied, 'ready', 'query');
      await shot(other, 'shared-console-link');
      expect(await drawnIds(other, 'node')).toEqual(nodes);
      expect(await answerRows(other)).toEqual(rows);
      expect(await editorText(other)).toBe(new URL(copied).searchParams.get('cypher'));
      expect(await other.getByRole('tab', { name: 'Cypher console' }).getAttribute('aria-selected')).toBe('true');

      // Parameters travel in the link too.
      const withParams = new URLSearchParams({
        cypher:
          'MATCH (:Actor)-[r:TOOK_STANCE]->(:Event {id: $event})\nRETURN r.stance AS stance, count(*) AS actors\nORDER BY actors DESC',
        params: JSON.stringify({ event: EVENT }),
      });
      await open(other, `${appUrl}/query?${withParams}`, 'ready', 'query');
      expect(await answerRows(other)).toEqual([
        [expect.stringContaining('Support'), '5'],
        [expect.stringContaining('Caution'), '3'],
        [expect.stringContaining('Condemnation'), '2'],
      ]);
      expect(await other.getByTestId('cypher-params').inputValue()).toBe(`{"event":"${EVENT}"}`);
      // Only values, no nodes: the table is the answer, with no empty graph box above it.
      expect(await other.getByTestId('graph').isVisible()).toBe(false);

      await open(other, `${appUrl}/query?q=speaks-for&actor=amir-khan-muttaqi`, 'ready', 'query');
      await shot(other, 'shared-question-link');
      expect(await answerRows(other)).toEqual([['Amir Khan Muttaqi', 'Afghanistan', '2', MUTTAQI_CHAIN]]);
      expect(await other.getByTestId('question-select').inputValue()).toBe('speaks-for');
      // The link holds only the id; the form names the actor.
      await other.getByTestId('chosen-actor').getByText('Amir Khan Muttaqi').waitFor();
    } finally {
      await fresh.close();
    }
  });

  it('(d) refuses a write and says why; a syntax error shows its line and column and leads to it', async () => {
    await openQuery(page, '/query?tab=console');
    await typeQuery(page, 'CREATE (n) RETURN n');
    await runButton(page).click();
    const error = page.getByTestId('run-error');
    await error.waitFor();
    await shot(page, 'console-refused');
    expect(await error.getAttribute('data-kind')).toBe('refused');
    expect(await error.textContent()).toContain('CREATE writes to the graph; the console is read-only.');
    expect(await page.getByTestId('graph').getAttribute('data-status')).toBe('error');
    expect(await page.getByTestId('answer-table').count()).toBe(0);

    const broken = 'MATCH (a:Actor)\nWHERE a.name =\nRETURN a';
    await typeQuery(page, broken);
    await runButton(page).click();
    await page.locator('[data-testid="run-error"][data-kind="syntax"]').waitFor();
    await shot(page, 'console-syntax-error');
    const title = (await page.locator('.run-error__title').textContent()) ?? '';
    const [, line, column] = /^Syntax error at line (\d+), column (\d+)$/.exec(title) ?? [];
    expect(Number(line)).toBe(3);
    expect(await page.locator('.run-error__message').textContent()).toContain(`line ${line}, column ${column}`);
    await page.getByRole('button', { name: `Show line ${line}, column ${column} in the editor` }).click();
    await page.waitForFunction(
      () => (document.activeElement as HTMLElement | null)?.dataset.testid === 'cypher-editor',
    );
    const caret = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      // The caret's line and column as shown: its line element, and the text before it on that line.
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
    expect(caret).toEqual({ testid: 'cypher-editor', line: Number(line), column: Number(column) });

    // A query that matches nothing says so.
    await typeQuery(page, "MATCH (a:Actor {id: 'nobody'}) RETURN a");
    await editor(page).press('Control+Enter');
    await settled(page, 'empty', 'query');
    expect(await page.getByTestId('empty-state').textContent()).toContain('No rows');

    // All three runs are in the history, newest first; a click puts one back in the editor.
    const history = page.getByTestId('query-history').getByRole('button');
    expect(await history.count()).toBe(3);
    await history.nth(2).click();
    expect(await editorText(page)).toBe('CREATE (n) RETURN n');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.testid)).toBe('cypher-editor');
  });

  it('(e) an answer cut short at the row cap says so, and the table lists a first part of it', async () => {
    await openQuery(page, '/query?tab=console');
    await typeQuery(page, 'UNWIND range(1, 6000) AS x\nRETURN x');
    await editor(page).press('Control+Enter');
    await settled(page, 'ready', 'query');
    await shot(page, 'console-truncated');
    expect(await page.getByTestId('truncated-notice').textContent()).toBe(
      'Reading stopped at the row cap of 5,000 rows. Add a LIMIT or narrow the query to see everything.',
    );
    expect(await page.getByTestId('answer-meta').textContent()).toMatch(
      /^5000 rows · 0 nodes and 0 relationships drawn/,
    );
    expect((await answerRows(page)).length).toBe(1000);
    expect(await page.getByTestId('answer-table').locator('caption').textContent()).toBe(
      'Console query: 5000 rows (the first 1,000 are listed)',
    );
    expect(await page.getByTestId('graph').isVisible()).toBe(false);
  });

  it('clicking an actor of the answer opens its panel with its words, in the link; Escape closes it; focus leads to the explorer', async () => {
    await openQuery(page, `/query?q=camps&event=${EVENT}`);
    await settled(page, 'ready', 'query');
    await clickDrawn(page, 'fawzia-koofi');
    const panel = page.locator('.panel');
    await panel.getByRole('heading', { name: 'Fawzia Koofi' }).waitFor();
    await panel.getByText(KOOFI_QUOTE, { exact: false }).waitFor();
    await shot(page, 'query-actor-panel');
    // The open panel is part of the link: shared, it opens again; Back closes it.
    expect(new URL(page.url()).searchParams.get('select')).toBe('fawzia-koofi');
    const shared = new URL(page.url());
    await page.goBack();
    await panel.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('q')).toBe('camps');
    await openQuery(page, `${shared.pathname}${shared.search}`);
    await settled(page, 'ready', 'query');
    await panel.getByRole('heading', { name: 'Fawzia Koofi' }).waitFor();

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.has('select')).toBe(false);

    await clickDrawn(page, 'fawzia-koofi');
    await panel.getByRole('button', { name: /Focus on Fawzia Koofi/ }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('actor') === 'fawzia-koofi');
    await settled(page);
    expect(await drawnIds(page)).toEqual(['afghan-womens-political-participation-network', 'fawzia-koofi']);
  });

  it('works by keyboard: tabs with the arrow keys, the picker and the form without a mouse', async () => {
    await openQuery(page, '/query');
    const questionsTab = page.getByRole('tab', { name: 'Ready questions' });
    await questionsTab.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Cypher console' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-console');
    await page.keyboard.press('ArrowLeft');
    expect(await questionsTab.getAttribute('aria-selected')).toBe('true');

    await page.getByTestId('question-select').focus();
    await page.getByTestId('question-select').selectOption('neighbourhood');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('koof');
    await page.getByRole('option', { name: /Fawzia Koofi/ }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('chosen-actor').textContent()).toBe('Fawzia Koofi');
    // Enter in the emptied search box submits the form.
    await page.keyboard.press('Enter');
    await settled(page, 'ready', 'query');
    await shot(page, 'keyboard-neighbourhood');
    expect(searchParam(page, 'actor')).toEqual(['fawzia-koofi']);
    expect(await drawnIds(page, 'node')).toEqual([
      'afghan-womens-political-participation-network',
      'fawzia-koofi',
      EVENT,
    ]);
    // The table can be reached and scrolled by keyboard.
    expect(await page.locator('[role="region"]:has([data-testid="answer-table"])').getAttribute('tabindex')).toBe('0');
  });
});
