/**
 * Any screen: the explorer, the query page and the import page on a phone (390 × 844) and on two
 * laptop screens (1280 × 720, 1440 × 900), measured as a person would find them: nothing scrolls
 * sideways, nothing overlaps, the graph comes before the filters, the panel covers a phone's screen
 * with its Close button in reach, the table's rows are cards. Then what the keyboard finds: "Clear
 * focus" leaves focus where the person was, and the skip link lands on something the keyboard can use.
 * A screenshot of each screen is kept in test-artifacts/browser/.
 */
import { describe, expect, inject, it } from 'vitest';
import { browserSession, open, searchParam, settled, shot, withoutPageErrors } from './helpers';
import { editorAccount, signIn } from './sign-in';
import {
  actorTableTree,
  boxOf,
  boxesOf,
  expectNoSidewaysScroll,
  focused,
  overlap,
  shareRows,
  tabTo,
} from './screen-geometry';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';
const PHONE = { width: 390, height: 844 };
const LAPTOPS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

const page = withoutPageErrors(browserSession());
editorAccount();

const GOOD_CSV = [
  'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date',
  'Norway,state,Screens Test Vote,2024-05-01,support,"Norway voted in favour, citing ""shared values"" at https://example.org/a-very-long-address-without-any-spaces-at-all",Vote record,https://example.org/votes/screens-test,2024-05-01',
  'Chile,state,Screens Test Vote,2024-05-01,caution,Chile abstained and asked for more time,Vote record,https://example.org/votes/screens-test,2024-05-01',
].join('\n');
const BAD_CSV = [
  'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date',
  'Norway,state,Screens Test Vote,2024-05-01,praise,Norway praised it,Vote record,,2024-05-01',
].join('\n');

describe('on a phone (390 × 844)', () => {
  it('the explorer: the header wraps, the event picker has its own row, the graph comes before the filters, nothing scrolls sideways', async () => {
    await page().setViewportSize(PHONE);
    await open(page(), appUrl);
    await shot(page(), 'screens-390-explorer');
    await expectNoSidewaysScroll(page());

    // The header: the brand, the event picker and the pages' links all on screen, none over another.
    const brand = await boxOf(page(), '.topbar .brand');
    const picker = await boxOf(page(), '#event-select');
    const links = await boxesOf(page(), '.topbar .site-nav a');
    // Explorer, Query, Import, From an article, Changes and Sign in.
    expect(links).toHaveLength(6);
    for (const box of [brand, picker, ...links]) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
      expect(box.top).toBeGreaterThanOrEqual(0);
    }
    for (const [i, a] of [brand, picker, ...links].entries())
      for (const b of [brand, picker, ...links].slice(i + 1)) expect(overlap(a, b)).toBe(false);
    // The picker shares its row with nothing and spans it, so as much of the event's title shows as fits.
    for (const other of [brand, ...links]) expect(shareRows(picker, other)).toBe(false);
    expect(picker.width).toBeGreaterThan(PHONE.width - 40);

    // The graph (with its toolbar) comes before the filters, on screen and for Tab.
    const graph = await boxOf(page(), '[data-testid="graph"]');
    const toolbar = await boxOf(page(), '[role="toolbar"]');
    const filters = await boxOf(page(), 'aside[aria-label="Filters"]');
    const table = await boxOf(page(), '[data-testid="actor-table"]');
    expect(graph.bottom).toBeLessThanOrEqual(filters.top);
    expect(toolbar.bottom).toBeLessThanOrEqual(graph.top);
    expect(filters.bottom).toBeLessThanOrEqual(table.top);
    for (const box of [graph, filters, table]) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(PHONE.width);
    }
    // Tab goes the same way: from the search to the toolbar, and only later to the filters.
    await page().keyboard.press('/');
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => document.activeElement?.closest('[role="toolbar"]') != null)).toBe(true);
    expect(await tabTo(page(), '[aria-label="Filters"] button')).not.toBeNull();

    // Every page link is reachable by keyboard from the top of the page, and on screen when it has focus.
    await open(page(), appUrl);
    const reached: string[] = [];
    for (let presses = 0; presses < 8 && reached.length < 3; presses++) {
      await page().keyboard.press('Tab');
      const link = await page().evaluate(() => {
        const el = document.activeElement;
        if (!el?.matches('.site-nav a')) return null;
        const box = el.getBoundingClientRect();
        const inView = box.left >= 0 && box.right <= innerWidth && box.top >= 0 && box.bottom <= innerHeight;
        return inView ? el.textContent : `${el.textContent} (off screen)`;
      });
      if (link) reached.push(link);
    }
    expect(reached).toEqual(['Explorer', 'Query', 'Import']);
  });

  it('the table: each row is a card, each cell under its column’s name, and it is still a table to a screen reader', async () => {
    await page().setViewportSize(PHONE);
    await open(page(), appUrl);
    const rows = page().locator('[data-testid="actor-table"] tbody tr');
    await rows.nth(6).scrollIntoViewIfNeeded();
    await shot(page(), 'screens-390-table-cards');

    const area = await boxOf(page(), '.table-area');
    const cards = await boxesOf(page(), '[data-testid="actor-table"] tbody tr');
    expect(cards).toHaveLength(15);
    for (const [i, card] of cards.entries()) {
      // Each card nearly as wide as the table's area, and apart from the next.
      expect(card.left).toBeGreaterThanOrEqual(area.left);
      expect(card.right).toBeLessThanOrEqual(area.right);
      expect(card.width).toBeGreaterThan(area.width - 40);
      if (i > 0) expect(card.top).toBeGreaterThan(cards[i - 1].bottom);
    }
    // Nothing in the table is cut off or scrolls inside it.
    expect(await page().$eval('.table-area .table-wrap', (wrap) => wrap.scrollWidth <= wrap.clientWidth)).toBe(true);

    // In a card the cells stack: the name first, the quote last, across the card; each cell's label is
    // its column's name, drawn above its content.
    const layout = await page().$eval('[data-testid="actor-table"]', (table) => {
      const headers = [...table.querySelectorAll('thead th')].map((th) =>
        (th.querySelector('button')?.firstChild?.textContent ?? th.textContent ?? '').trim(),
      );
      const row = table.querySelector('tbody tr')!;
      const cells = [...row.children].map((cell) => {
        const box = cell.getBoundingClientRect();
        const label = getComputedStyle(cell, '::before');
        return {
          top: box.top,
          bottom: box.bottom,
          width: box.width,
          label: label.content,
          labelShown: label.display !== 'none',
        };
      });
      return { headers, rowWidth: row.getBoundingClientRect().width, cells };
    });
    expect(layout.headers).toEqual(['Actor', 'Stance', 'Kind', 'Evidence and source']);
    const [name, stance, kind, quote] = layout.cells;
    expect(name.width).toBeGreaterThan(layout.rowWidth - 40);
    expect(quote.width).toBeGreaterThan(layout.rowWidth - 40);
    expect(stance.top).toBeGreaterThanOrEqual(name.bottom);
    expect(kind.top).toBeGreaterThanOrEqual(name.bottom);
    expect(quote.top).toBeGreaterThanOrEqual(Math.max(stance.bottom, kind.bottom));
    layout.cells.forEach((cell, i) => {
      expect(cell.labelShown).toBe(true);
      // The label is the column's name; its alternative text is empty, so it is not read twice.
      expect(cell.label).toBe(`"${layout.headers[i]}" / ""`);
    });

    // Chromium's accessibility tree still has the table: 16 rows (with the header row), cells named by their content.
    const tree = await actorTableTree(page());
    expect(tree.count('table')).toBe(1);
    expect(tree.count('row')).toBe(16);
    expect(tree.count('columnheader')).toBe(4);
    expect(tree.count('rowheader')).toBe(15);
    const stanceNames = tree.cellNames;
    expect(stanceNames).toContain('Condemnation');
    expect(stanceNames.some((cellName) => cellName.startsWith('Stance'))).toBe(false);
  });

  it('the panel covers the screen, with its Close button on screen and next for Tab; the page under it takes no focus', async () => {
    await page().setViewportSize(PHONE);
    await open(page(), appUrl);
    // By keyboard: to the table's first actor, Enter.
    expect(await tabTo(page(), '[data-testid="actor-table"] tbody th button')).not.toBeNull();
    const opener = await focused(page());
    await page().keyboard.press('Enter');
    const panel = page().getByTestId('detail-panel');
    await panel.locator('.evidence__words').first().waitFor();
    expect(await page().evaluate(() => document.activeElement?.id)).toBe('detail-panel-title');
    await shot(page(), 'screens-390-panel-sheet');

    const sheet = await boxOf(page(), '[data-testid="detail-panel"]');
    expect(sheet).toMatchObject({ left: 0, top: 0, width: PHONE.width, height: PHONE.height });
    await expectNoSidewaysScroll(page());

    // Close: on screen, not under anything, and the next Tab stop after the heading.
    const close = await boxOf(page(), '[data-testid="detail-panel"] button[aria-label="Close details"]');
    expect(close.left).toBeGreaterThanOrEqual(0);
    expect(close.right).toBeLessThanOrEqual(PHONE.width);
    expect(close.top).toBeGreaterThanOrEqual(0);
    expect(close.bottom).toBeLessThanOrEqual(PHONE.height);
    expect(close.width).toBeGreaterThanOrEqual(24);
    expect(close.height).toBeGreaterThanOrEqual(24);
    const onTop = await page().evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.getAttribute('aria-label'),
      { x: close.left + close.width / 2, y: close.top + close.height / 2 },
    );
    expect(onTop).toBe('Close details');
    await page().keyboard.press('Tab');
    expect(await focused(page())).toMatchObject({ tag: 'button', name: 'Close details' });
    // The panel's buttons hold their labels (a long one wraps inside its button).
    const spilling = await page().$$eval('[data-testid="detail-panel"] button', (buttons) =>
      buttons.filter((b) => b.scrollHeight > b.clientHeight + 1).map((b) => b.textContent),
    );
    expect(spilling).toEqual([]);

    // Tab never reaches the page under the sheet (it is inert), whichever way it goes.
    const landed: (string | null)[] = [];
    for (let presses = 0; presses < 12; presses++) {
      await page().keyboard.press('Tab');
      landed.push((await focused(page())).within);
    }
    for (let presses = 0; presses < 12; presses++) {
      await page().keyboard.press('Shift+Tab');
      landed.push((await focused(page())).within);
    }
    expect(landed).toContain('panel');
    expect(landed).not.toContain('main');
    expect(landed).not.toContain('topbar');

    // Close by keyboard: the sheet goes and focus is back on the row that opened it.
    expect(await tabTo(page(), '[data-testid="detail-panel"] button[aria-label="Close details"]')).not.toBeNull();
    await page().keyboard.press('Enter');
    await panel.waitFor({ state: 'detached' });
    expect(await focused(page())).toEqual(opener);
    expect(searchParam(page(), 'select')).toEqual([]);
  });

  it('the query page, with an answer, and the import page, with previews, do not scroll sideways', async () => {
    await page().setViewportSize(PHONE);
    await open(page(), `${appUrl}/query?q=camps&event=${EVENT}`, 'ready', 'query');
    await page().locator('[data-testid="answer-table"] tbody tr').first().waitFor();
    await shot(page(), 'screens-390-query');
    await expectNoSidewaysScroll(page());
    for (const link of await boxesOf(page(), '.site-nav a')) {
      expect(link.left).toBeGreaterThanOrEqual(0);
      expect(link.right).toBeLessThanOrEqual(PHONE.width);
    }

    // The import page is for editors.
    await signIn(page(), appUrl);
    await page().goto(`${appUrl}/import`);
    await expectNoSidewaysScroll(page());
    // Previews write nothing: a valid file's counts, then an invalid file's reasons.
    await page().setInputFiles('#import-file', {
      name: 'screens.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GOOD_CSV, 'utf8'),
    });
    await page().getByRole('button', { name: 'Preview changes' }).click();
    await page().locator('[aria-label="Preview"]').getByText('All 2 rows are valid').waitFor();
    await shot(page(), 'screens-390-import-preview');
    await expectNoSidewaysScroll(page());
    await page().setInputFiles('#import-file', {
      name: 'screens-bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_CSV, 'utf8'),
    });
    await page().getByRole('button', { name: 'Preview changes' }).click();
    await page().locator('[aria-label="Preview"] [role="alert"]').waitFor();
    await shot(page(), 'screens-390-import-invalid');
    await expectNoSidewaysScroll(page());
  });
});

describe('on laptop screens', () => {
  it('at 1440 × 900: the table’s cells line up under its headers, and a screen reader finds every row and every cell', async () => {
    await page().setViewportSize(LAPTOPS[1]);
    await open(page(), appUrl);
    const rows = '[data-testid="actor-table"] tbody tr';
    const tree = await actorTableTree(page());
    expect(tree.count('row')).toBe(16);
    expect(tree.count('columnheader')).toBe(4);
    expect(tree.count('rowheader')).toBe(15);
    expect(tree.cellNames).toContain('Condemnation');

    const headers = await boxesOf(page(), '[data-testid="actor-table"] thead th');
    expect(headers).toHaveLength(4);
    for (const which of ['first-child', 'last-child']) {
      await page().locator(`${rows}:${which}`).scrollIntoViewIfNeeded();
      const cells = await boxesOf(page(), `${rows}:${which} > *`);
      expect(cells).toHaveLength(4);
      cells.forEach((cell, i) => {
        expect(Math.abs(cell.left - headers[i].left)).toBeLessThan(1);
        expect(Math.abs(cell.width - headers[i].width)).toBeLessThan(1);
        expect(cell.top).toBe(cells[0].top);
      });
    }
  });

  for (const size of LAPTOPS) {
    it(`at ${size.width} × ${size.height}: the explorer's columns do not overlap, the filters show on the first screen, nothing scrolls sideways`, async () => {
      await page().setViewportSize(size);
      await open(page(), `${appUrl}/?actor=fawzia-koofi&select=fawzia-koofi`);
      await page().getByTestId('detail-panel').locator('.evidence__words').first().waitFor();
      await shot(page(), `screens-${size.width}-explorer-panel`);
      await expectNoSidewaysScroll(page());

      const parts = {
        intro: await boxOf(page(), '#event-title'),
        search: await boxOf(page(), '[data-testid="actor-search"]'),
        focus: await boxOf(page(), '[data-testid="focus-box"]'),
        toolbar: await boxOf(page(), '[role="toolbar"]'),
        graph: await boxOf(page(), '[data-testid="graph"]'),
        filters: await boxOf(page(), 'aside[aria-label="Filters"]'),
        table: await boxOf(page(), '[data-testid="actor-table"]'),
        panel: await boxOf(page(), '[data-testid="detail-panel"]'),
      };
      const names = Object.keys(parts) as (keyof typeof parts)[];
      for (const [i, a] of names.entries())
        for (const b of names.slice(i + 1)) expect(overlap(parts[a], parts[b]), `${a} overlaps ${b}`).toBe(false);
      // Two columns and the panel: the event, search and filters left of the graph, the table under it.
      expect(parts.filters.right).toBeLessThanOrEqual(parts.graph.left);
      expect(parts.filters.top).toBeGreaterThanOrEqual(parts.focus.bottom);
      expect(parts.table.top).toBeGreaterThanOrEqual(parts.graph.bottom);
      expect(Math.abs(parts.table.left - parts.graph.left)).toBeLessThan(2);
      expect(parts.panel.left).toBeGreaterThanOrEqual(parts.graph.right);
      expect(parts.panel.right).toBeLessThanOrEqual(size.width);
      // Beside the panel the table's column is too narrow for its four columns: its rows are cards,
      // whole within the column rather than cut off and scrolled sideways.
      expect(await page().$eval('.table-area .table-wrap', (wrap) => wrap.scrollWidth <= wrap.clientWidth)).toBe(true);
      // The filters start on the first screen, beside the graph, not after it.
      expect(parts.filters.top).toBeLessThan(size.height - 100);
      expect(parts.filters.top).toBeLessThan(parts.graph.bottom);

      // Without the panel the table has room: a row's four cells side by side.
      await open(page(), appUrl);
      const cells = await boxesOf(page(), '[data-testid="actor-table"] tbody tr:first-child > *');
      expect(cells).toHaveLength(4);
      for (const cell of cells.slice(1)) expect(cell.top).toBe(cells[0].top);
      expect(await page().$eval('.table-area .table-wrap', (wrap) => wrap.scrollWidth <= wrap.clientWidth)).toBe(true);
      await expectNoSidewaysScroll(page());

      // On the whole event's view (15 rows), the filters stay in view while the table is read.
      await page().mouse.move(size.width / 2, size.height - 20);
      await page().mouse.wheel(0, 900);
      await expect.poll(() => page().evaluate(() => window.scrollY)).toBeGreaterThan(400);
      const stuck = await boxOf(page(), 'aside[aria-label="Filters"]');
      expect(stuck.top).toBeGreaterThanOrEqual(0);
      expect(stuck.top).toBeLessThan(size.height / 2);
      await shot(page(), `screens-${size.width}-explorer-scrolled`);

      for (const path of [`/query?q=camps&event=${EVENT}`, '/import']) {
        await page().goto(`${appUrl}${path}`);
        if (path.startsWith('/query')) await settled(page(), 'ready', 'query');
        await expectNoSidewaysScroll(page());
      }
      await shot(page(), `screens-${size.width}-import`);
    });
  }
});

describe('the panel’s “Focus on …’s neighbourhood” button', () => {
  // The seed's longest name, 47 characters.
  const ACTOR = 'afghan-womens-political-participation-network';
  for (const size of [PHONE, LAPTOPS[0]]) {
    it(`holds its text at ${size.width} px wide, with a long name`, async () => {
      await page().setViewportSize(size);
      await open(page(), `${appUrl}/?event=${EVENT}&select=${ACTOR}`);
      const button = page()
        .getByTestId('detail-panel')
        .getByRole('button', { name: /^Focus on Afghan Women’s Political Participation Network’s neighbourhood$/ });
      await button.waitFor();
      await shot(page(), `screens-${size.width}-focus-button`);
      const fit = await button.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const text = el.firstElementChild!.getBoundingClientRect();
        const panel = el.closest('[data-testid="detail-panel"]')!.getBoundingClientRect();
        return {
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
          scrollHeight: el.scrollHeight,
          clientHeight: el.clientHeight,
          textInside:
            text.left >= box.left && text.right <= box.right && text.top >= box.top && text.bottom <= box.bottom,
          inPanel: box.left >= panel.left && box.right <= panel.right,
        };
      });
      expect(fit.scrollWidth, JSON.stringify(fit)).toBeLessThanOrEqual(fit.clientWidth);
      expect(fit.scrollHeight, JSON.stringify(fit)).toBeLessThanOrEqual(fit.clientHeight);
      expect(fit, JSON.stringify(fit)).toMatchObject({ textInside: true, inPanel: true });
    });
  }
});

describe('by keyboard alone', () => {
  it('"Clear focus" hands focus to the search, and Tab goes on from there to the graph’s toolbar', async () => {
    await open(page(), `${appUrl}/?actor=fawzia-koofi`);
    await page().keyboard.press('/');
    expect(await focused(page())).toMatchObject({ role: 'combobox' });
    // The search, the depth (one stop for its radios), then Clear focus.
    await page().keyboard.press('Tab');
    await page().keyboard.press('Tab');
    expect(await focused(page())).toMatchObject({ tag: 'button', name: 'Clear focus' });
    await shot(page(), 'screens-keyboard-clear-focus');

    await page().keyboard.press('Enter');
    await page().getByTestId('focus-box').waitFor({ state: 'detached' });
    await settled(page());
    expect(searchParam(page(), 'actor')).toEqual([]);
    expect(await focused(page())).toMatchObject({ tag: 'input', role: 'combobox', within: 'main' });

    await page().keyboard.press('Tab');
    const next = await page().evaluate(() => {
      const el = document.activeElement!;
      const search = document.querySelector('[data-testid="actor-search"]')!;
      return {
        after: (search.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
        inToolbar: el.closest('[role="toolbar"]') != null,
      };
    });
    expect(next).toEqual({ after: true, inToolbar: true });
    await page().keyboard.press('Shift+Tab');
    expect(await focused(page())).toMatchObject({ role: 'combobox' });
  });

  it('the skip link is the first Tab stop and moves focus to the table, where Tab reaches its sort buttons', async () => {
    await page().setViewportSize(PHONE);
    await open(page(), appUrl);
    const url = page().url();
    await page().keyboard.press('Tab');
    expect(await focused(page())).toMatchObject({ tag: 'a', name: 'Skip to content' });
    const link = await boxOf(page(), '.skip-link');
    expect(link.top).toBeGreaterThanOrEqual(0);
    expect(link.right).toBeLessThanOrEqual(PHONE.width);
    await shot(page(), 'screens-390-skip-link');

    await page().keyboard.press('Enter');
    expect(await focused(page())).toMatchObject({ tag: 'section', name: 'Actors in view' });
    // Scrolled to its start (the caption, then the first card), and the URL (the view people share)
    // has no fragment.
    const region = await boxOf(page(), '.table-area');
    expect(region.top).toBeGreaterThanOrEqual(0);
    expect(region.top).toBeLessThan(100);
    expect(page().url()).toBe(url);
    await shot(page(), 'screens-390-skipped-to-table');

    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => document.activeElement?.closest('th')?.getAttribute('scope'))).toBe('col');
    expect(await focused(page())).toMatchObject({ tag: 'button', name: expect.stringMatching(/^Actor/) });
  });

  it('with the graph alone shown, the skip link moves focus to the main region, where Tab reaches the search', async () => {
    await open(page(), `${appUrl}/?view=graph`);
    await page().keyboard.press('Tab');
    await page().keyboard.press('Enter');
    expect(await focused(page())).toMatchObject({ tag: 'main' });
    await page().keyboard.press('Tab');
    expect(await focused(page())).toMatchObject({ role: 'combobox' });
  });
});
