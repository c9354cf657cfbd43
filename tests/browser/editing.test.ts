/**
 * Editing in Chromium against the built app and the seeded test Neo4j, as an editor would: sign in,
 * add a stance of a new actor by highlighting its quote in a pasted article, see it drawn and listed
 * with that quote, change the stance, revert the change from the history, and sign out, after which
 * no edit control is left. The seed is restored after (the writes touch the first event's view).
 */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { restoreSeed } from '../integration/shared-neo4j';
import { browserSession, drawnIds, open, searchParam, shot, tableIds, withoutPageErrors } from './helpers';
import { editorAccount, signIn, withTestDriver } from './sign-in';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';
const ACTOR = 'Browser Test Ministry';
const QUOTE = 'a dangerous precedent for the region';
// Windows line ends, as a pasted article may bring: the textarea shows LF, the quote maps back.
const ARTICLE = [
  'Browser Test Ministry reacts to the recognition',
  '',
  `In a statement on Friday, the ministry called the move "${QUOTE}" and urged restraint.`,
  'It did not say whether its ambassador would be recalled.',
].join('\n');

editorAccount();
const page = withoutPageErrors(browserSession());

afterAll(() => withTestDriver(restoreSeed));

type CyWindow = Window & { __cy?: Core };

/** The stance drawn on the edge with this id, or null while there is none. */
function drawnStance(p: Page, id: string): Promise<string | null> {
  return p.evaluate((edgeId) => {
    const edge = (window as CyWindow).__cy!.getElementById(edgeId);
    return edge.empty() ? null : (edge.data('stance') as string);
  }, id);
}

/** Selects `length` characters from `start` in the focused textarea, with the keyboard, as a person would. */
async function highlight(p: Page, start: number, length: number): Promise<void> {
  await p.keyboard.press('Control+Home');
  for (let i = 0; i < start; i++) await p.keyboard.press('ArrowRight');
  for (let i = 0; i < length; i++) await p.keyboard.press('Shift+ArrowRight');
}

describe('editing in the explorer', () => {
  it('adds a stance by highlighting its quote, changes it, reverts the change, and signs out', async () => {
    const p = page();
    await signIn(p, appUrl);
    await open(p, `${appUrl}/?event=${EVENT}`);

    // Add stance: a new actor, the current event, a pasted article.
    await p.getByRole('button', { name: 'Add stance', exact: true }).click();
    const dialog = p.getByTestId('add-stance');
    await dialog.getByRole('heading', { name: 'Add a stance' }).waitFor();
    await dialog.getByTestId('actor-choice').getByLabel('A new actor').check();
    await dialog.getByTestId('actor-choice').getByLabel('Name').fill(ACTOR);
    await dialog.getByTestId('actor-choice').getByLabel('Kind').selectOption('government-body');
    expect(await dialog.getByTestId('event-choice').locator('select').inputValue()).toBe(EVENT);
    const source = dialog.getByTestId('source-choice');
    await source.getByLabel('Paste a new article').check();
    await source.getByLabel('Title').fill('Ministry statement (browser test)');
    await source.getByLabel('Publisher').fill('Test Wire');
    await source.getByLabel('Date').fill('2025-07-04');
    await source.getByLabel('The article’s text').fill(ARTICLE.replaceAll('\n', '\r\n'));

    // The quote: highlighted in the shown text, then taken with "Use selection".
    const text = source.getByTestId('source-text');
    const shown = await text.inputValue();
    expect(shown).toBe(ARTICLE);
    await text.focus();
    await highlight(p, shown.indexOf(QUOTE), QUOTE.length);
    await source.getByRole('button', { name: 'Use selection' }).click();
    const chosen = source.getByTestId('chosen-quote');
    await expect.poll(() => chosen.locator('.evidence__words').textContent()).toBe(`Reported: ${QUOTE}`);
    // Between quotation marks in the article: the form suggests these may be the actor's own words.
    await source.getByTestId('quoted-hint').waitFor();
    await source.getByLabel(/^Own words/).check();
    expect(await chosen.locator('.evidence__words').textContent()).toBe(`“${QUOTE}”`);
    await dialog.getByRole('radio', { name: 'Condemnation', exact: true }).check();
    await shot(p, 'editing-add-stance');
    await dialog.getByRole('button', { name: 'Save stance' }).click();

    // The panel opens on the new stance; the graph draws it and the table lists it, with the quote.
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => searchParam(p, 'select')[0] ?? '').toMatch(new RegExp(`^[a-z0-9-]+--${EVENT}$`));
    const stanceId = searchParam(p, 'select')[0];
    const actorId = stanceId.split('--')[0];
    const panel = p.getByTestId('detail-panel');
    await panel.getByRole('heading', { name: `${ACTOR}: condemnation`, level: 2 }).waitFor();
    expect(await panel.locator('[data-testid="evidence"] blockquote').textContent()).toBe(`“${QUOTE}”`);
    await expect.poll(() => drawnStance(p, stanceId)).toBe('condemnation');
    expect(await drawnIds(p)).toContain(actorId);
    expect(await tableIds(p)).toContain(actorId);
    const row = p.locator(`[data-testid="actor-table"] tr[data-actor-id="${actorId}"]`);
    expect(await row.locator('blockquote').textContent()).toBe(`“${QUOTE}”`);
    await shot(p, 'editing-added');

    // Change it, with a reason.
    await panel.getByRole('button', { name: 'Change stance' }).click();
    const change = panel.getByTestId('stance-change-form');
    await change.getByRole('radio', { name: 'Caution', exact: true }).check();
    await change.getByLabel('Reason').fill('Browser test: a later statement softened it');
    await change.getByRole('button', { name: 'Save stance' }).click();
    await panel.getByRole('heading', { name: `${ACTOR}: caution`, level: 2 }).waitFor();
    await expect.poll(() => drawnStance(p, stanceId)).toBe('caution');
    expect(await row.locator('.badge').textContent()).toContain('Caution');

    // The history lists the change with its reason; revert it.
    const history = panel.getByTestId('history');
    await history.getByRole('button', { name: 'History' }).click();
    const first = history.getByTestId('change').first();
    await expect.poll(() => first.locator('.change__summary').textContent()).toContain('from condemnation to caution');
    expect(await first.locator('.change__reason').textContent()).toContain('a later statement softened it');
    expect(await history.getByTestId('change').count()).toBe(2);
    await first.getByRole('button', { name: /^Revert…/ }).click();
    await first.getByLabel('Reason').fill('Browser test: back to the first report');
    await first.getByRole('button', { name: 'Revert this change' }).click();
    await panel.getByRole('heading', { name: `${ACTOR}: condemnation`, level: 2 }).waitFor();
    await expect.poll(() => drawnStance(p, stanceId)).toBe('condemnation');
    await expect
      .poll(() => history.getByTestId('change').first().locator('.change__summary').textContent())
      .toMatch(/^reverted: changed the stance/);
    await shot(p, 'editing-reverted');
    // The first entry names the article its quote came from.
    expect(await history.getByTestId('change').last().locator('.change__summary').textContent()).toMatch(
      /^added the stance of .*, from “.+”$/,
    );

    // Reverting the change again (after a reload: the entry reverted says so until then) is refused
    // over the revert, which is linked: in the history of this stance, at its entry.
    await p.reload();
    await history.getByRole('button', { name: 'History' }).click();
    const changed = history.getByTestId('change').nth(1);
    await expect.poll(() => changed.locator('.change__summary').textContent()).toMatch(/^changed the stance/);
    await changed.getByRole('button', { name: /^Revert…/ }).click();
    await changed.getByRole('button', { name: 'Revert this change' }).click();
    const refused = changed.getByTestId('revert-conflicts');
    await refused.waitFor();
    const later = refused.getByRole('link', { name: /^reverted: changed the stance/ });
    const href = (await later.getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^/changes\\?entity=${stanceId}#change-`));
    await later.click();
    await p.waitForURL(/\/changes\?entity=/);
    await p.getByText(`Changes to ${stanceId}`).waitFor();
    const entry = p.locator(`[id="${href.split('#')[1]}"]`);
    await entry.waitFor();
    expect(await entry.locator('.change__summary').textContent()).toMatch(/^reverted: changed the stance/);
    await p.goBack();
    await panel.waitFor();

    // Sign out: the edit controls go, the evidence stays.
    await p.getByRole('button', { name: 'Sign out' }).click();
    await p.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await panel.getByRole('button', { name: 'Change stance' }).count()).toBe(0);
    expect(await p.getByRole('button', { name: 'Add stance', exact: true }).count()).toBe(0);
    expect(await panel.locator('[data-testid="evidence"] blockquote').textContent()).toBe(`“${QUOTE}”`);
  });
});
