/**
 * Signing in and out in Chromium against the built app: the import page asks a signed-out visitor to
 * sign in, the sign-in page (by keyboard) tells a wrong password and brings the editor back to the
 * import page, which then works; the navigation shows who is signed in on every page; signing out
 * shows at once and lasts.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { browserSession, shot, withoutPageErrors } from './helpers';
import { BROWSER_EDITOR, editorAccount, signIn } from './sign-in';

const appUrl = inject('appUrl');
const ONE_ROW = [
  'actor,actor_kind,event,event_date,stance,quote,source_title,source_url,source_date',
  'Norway,state,Sign In Test Vote,2024-05-01,support,Norway voted in favour,Vote record,,2024-05-01',
].join('\n');

editorAccount();
const currentPage = withoutPageErrors(browserSession());
let page: Page;

beforeEach(() => {
  page = currentPage();
});

const nav = () => page.getByRole('navigation', { name: 'Pages' });
const signInPrompt = () => page.getByRole('region', { name: 'Sign in to import' });

describe('signing in', () => {
  it('the import page sends a signed-out visitor to sign in, and back once signed in, by keyboard', async () => {
    await page.goto(`${appUrl}/import`);
    await signInPrompt().waitFor();
    expect(await page.locator('#import-file').count()).toBe(0);
    const link = signInPrompt().getByRole('link', { name: 'Sign in' });
    expect(await link.getAttribute('href')).toBe('/signin?next=/import');
    await shot(page, 'signin-import-signed-out');

    await link.click();
    await page.waitForURL(`${appUrl}/signin?next=/import`);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
      .toBe('signin-username');
    expect(await page.getByLabel('Username').getAttribute('autocomplete')).toBe('username');
    await page.keyboard.type(BROWSER_EDITOR.username);
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 10_000 })
      .toBe('signin-password');
    await page.keyboard.type('not the password at all');
    await page.keyboard.press('Enter');

    // Announced (role="alert"), and the page stays put.
    const alert = page.locator('#signin-error[role="alert"]');
    await alert.getByText('Wrong username or password.').waitFor();
    expect(await alert.textContent()).toBe('Wrong username or password.');
    expect(await page.getByLabel('Password').getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toBe(`${appUrl}/signin?next=/import`);
    await shot(page, 'signin-wrong-password');

    // The wrong password is selected: typing the right one replaces it.
    await page.keyboard.type(BROWSER_EDITOR.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${appUrl}/import`);
    await nav().getByText(`Signed in as ${BROWSER_EDITOR.username}`).waitFor();
    await page.setInputFiles('#import-file', {
      name: 'sign-in-test.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ONE_ROW, 'utf8'),
    });
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await page.locator('[aria-label="Preview"]').getByText('All 1 rows are valid').waitFor();
    await shot(page, 'signin-import-signed-in');
  });

  it('comes from the server saying who is signed in, so the page links never move and nothing is asked again', async () => {
    const served = async () => (await page.request.get(`${appUrl}/query`)).text();
    // Signed out: the page's HTML holds the "Sign in" link itself, not the room kept for it.
    const anonymous = await served();
    expect(anonymous).toContain('session-status__sign-in');
    expect(anonymous).not.toContain('session-status__pending');

    await signIn(page, appUrl);
    const signedIn = await served();
    expect(signedIn).toContain('session-status__user');
    expect(signedIn).toContain(`>${BROWSER_EDITOR.username}<`);
    expect(signedIn).not.toContain('session-status__pending');

    // The browser's own ask, were it made, held back: the links stay where the page drew them.
    const asked: string[] = [];
    await page.route('**/api/session', async (route) => {
      asked.push(route.request().method());
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await page.goto(`${appUrl}/query`);
    const query = nav().getByRole('link', { name: 'Query' });
    await nav().getByText(`Signed in as ${BROWSER_EDITOR.username}`).waitFor();
    const before = await query.boundingBox();
    await page.waitForTimeout(1_700);
    expect(await query.boundingBox()).toEqual(before);
    expect(asked).toEqual([]);
  });

  it('shows who is signed in on every page, the explorer and the query page too', async () => {
    await signIn(page, appUrl);
    for (const path of ['/', '/query']) {
      await page.goto(`${appUrl}${path}`);
      await nav().getByText(`Signed in as ${BROWSER_EDITOR.username}`).waitFor();
      expect(await nav().getByRole('button', { name: 'Sign out' }).isVisible()).toBe(true);
    }
    await shot(page, 'signin-query-signed-in');
  });

  it('signing out shows at once and lasts: the import page asks to sign in again', async () => {
    await signIn(page, appUrl);
    await page.goto(`${appUrl}/import`);
    await page.locator('#import-file').waitFor();
    await nav().getByRole('button', { name: 'Sign out' }).click();
    await signInPrompt().waitFor();
    expect(await page.locator('#import-file').count()).toBe(0);
    await nav().getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await nav().textContent()).not.toContain('Signed in as');
    await shot(page, 'signin-signed-out');

    await page.reload();
    await signInPrompt().waitFor();
    expect(await (await page.request.get(`${appUrl}/api/session`)).json()).toEqual({ user: null });
  });
});
