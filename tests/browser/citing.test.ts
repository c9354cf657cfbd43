/**
 * Citing, in Chromium against the built app and the seeded test Neo4j: the reporter's account of what
 * Fawzia Koofi said is shown as reported (labelled, no quotation marks), Muttaqi's own words as a
 * quotation, a source without a link says so, and "Copy citation" puts the line a journalist would
 * paste on the clipboard, by mouse or keyboard, saying so, or shows it to copy by hand when refused.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { browserSession, open, shot, withoutPageErrors } from './helpers';

const appUrl = inject('appUrl');
const EVENT = 'russia-recognizes-taliban';
const KOOFI_WORDS =
  "Fawzia Koofi, a former Afghan politician, condemned Russia’s decision, warning that it could not foster peace but instead normalize the Taliban's regime, which she claims jeopardizes global security.";
const SOURCE = 'Russia Becomes First Country to Recognize Taliban Government, Unattributed news report, July 2025';
const KOOFI_CITATION = `Fawzia Koofi — reported: ${KOOFI_WORDS} — ${SOURCE}, no link on file`;

const session = browserSession();
const page = withoutPageErrors(session);

beforeEach(async () => {
  await session.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appUrl });
});

/** The evidence of an actor's stance on the first event, in its panel. */
async function stanceEvidence(p: Page, actor: string, name: string): Promise<Locator> {
  await open(p, `${appUrl}/?select=${actor}`);
  const panel = p.getByTestId('detail-panel');
  await panel.getByRole('heading', { name, level: 2 }).waitFor();
  const stance = panel.getByRole('region', { name: /on Russia recognizes the Taliban government$/ });
  await stance.getByTestId('evidence').first().waitFor();
  return stance.getByTestId('evidence');
}

const text = (locator: Locator) => locator.evaluate((el) => (el as HTMLElement).innerText.trim());

describe('evidence in the panel and the table', () => {
  it('shows Koofi’s evidence as the reporter’s account: labelled, not in quotation marks, its source without a link', async () => {
    const evidence = await stanceEvidence(page(), 'fawzia-koofi', 'Fawzia Koofi');
    await shot(page(), 'citing-koofi-reported');
    expect(await evidence.count()).toBe(1);
    const words = await text(evidence.locator('.evidence__words'));
    expect(words).toBe(`Reported: ${KOOFI_WORDS}`);
    expect(words).not.toMatch(/[“”]/);
    expect(await evidence.locator('blockquote').count()).toBe(0);
    expect(await text(evidence.locator('figcaption'))).toContain('no link on file');

    // The table says the same of her row.
    const row = page().locator(`[data-testid="actor-table"] tr[data-actor-id="fawzia-koofi"] .table-quote`);
    expect(await text(row.locator('.evidence__words'))).toBe(`Reported: ${KOOFI_WORDS}`);
    expect(await text(row.locator('figcaption'))).toContain('no link on file');
  });

  it('shows Muttaqi’s own words as a quotation, beside the reported sentence they come from', async () => {
    const evidence = await stanceEvidence(page(), 'amir-khan-muttaqi', 'Amir Khan Muttaqi');
    await shot(page(), 'citing-muttaqi-direct');
    expect(await evidence.count()).toBe(2);
    expect(await text(evidence.nth(0).locator('.evidence__words'))).toMatch(
      /^Reported: Muttaqi characterized Russia’s recognition as a "new phase of positive relations,"/,
    );
    expect(await text(evidence.nth(1).locator('blockquote'))).toBe('“new phase of positive relations”');
    expect(await text(evidence.nth(1))).not.toContain('Reported:');

    // The table shows his own words, and that the panel holds one quote more.
    const row = page().locator(`[data-testid="actor-table"] tr[data-actor-id="amir-khan-muttaqi"] .table-quote`);
    expect(await text(row.locator('blockquote'))).toBe('“new phase of positive relations”');
    expect(await row.getByRole('button', { name: '1 more quote' }).count()).toBe(1);
  });
});

describe('Copy citation', () => {
  it('puts Koofi’s citation, marked reported, on the clipboard and says “Copied”', async () => {
    const evidence = await stanceEvidence(page(), 'fawzia-koofi', 'Fawzia Koofi');
    const status = evidence.getByRole('status');
    expect(await status.textContent()).toBe('');
    await evidence.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => status.textContent()).toBe('Copied');
    expect(await page().evaluate(() => navigator.clipboard.readText())).toBe(KOOFI_CITATION);
    await shot(page(), 'citing-copied');
  });

  it('is reached and pressed by keyboard from the panel, and copies Muttaqi’s words in quotation marks', async () => {
    const evidence = await stanceEvidence(page(), 'amir-khan-muttaqi', 'Amir Khan Muttaqi');
    await page().locator('#detail-panel-title').focus();
    const direct = evidence.nth(1).getByRole('button', { name: 'Copy citation' });
    let reached = false;
    for (let presses = 0; presses < 12 && !reached; presses++) {
      await page().keyboard.press('Tab');
      reached = await direct.evaluate((button) => document.activeElement === button);
    }
    expect(reached).toBe(true);
    await page().keyboard.press('Enter');
    await expect.poll(() => evidence.nth(1).getByRole('status').textContent()).toBe('Copied');
    expect(await page().evaluate(() => navigator.clipboard.readText())).toBe(
      `Amir Khan Muttaqi — “new phase of positive relations” — ${SOURCE}, no link on file`,
    );
  });

  it('shows the citation selected, to copy by hand, when the clipboard is refused', async () => {
    await page().addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Refused', 'NotAllowedError'));
    });
    const evidence = await stanceEvidence(page(), 'fawzia-koofi', 'Fawzia Koofi');
    await evidence.getByRole('button', { name: 'Copy citation' }).click();
    const manual = evidence.getByTestId('citation-manual');
    await manual.waitFor();
    await shot(page(), 'citing-refused');
    expect(await evidence.getByRole('status').textContent()).toBe('Could not copy: copy it below');
    expect(await manual.inputValue()).toBe(KOOFI_CITATION);
    expect(
      await manual.evaluate((el) => {
        const area = el as HTMLTextAreaElement;
        return document.activeElement === area && area.selectionEnd - area.selectionStart === area.value.length;
      }),
    ).toBe(true);
  });

  it('names the stance edge’s actor in a citation copied from the edge panel', async () => {
    await open(page(), `${appUrl}/?select=${encodeURIComponent(`vladimir-putin--${EVENT}`)}`);
    const panel = page().getByTestId('detail-panel');
    const direct = panel.locator('[data-testid="evidence"][data-kind="direct"]');
    await direct.waitFor();
    await direct.getByRole('button', { name: 'Copy citation' }).click();
    await expect.poll(() => direct.getByRole('status').textContent()).toBe('Copied');
    expect(await page().evaluate(() => navigator.clipboard.readText())).toBe(
      `Vladimir Putin — “ally” — ${SOURCE}, no link on file`,
    );
  });
});
