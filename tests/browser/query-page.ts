/** Shared by the query page's browser tests: the session with its error check, and the editor. */
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, expect } from 'vitest';
import { browserSession, type BrowserSession } from './helpers';

/**
 * A browser session whose tests fail on a script error or a React warning (a hydration mismatch, a
 * missing key) seen by the page; returns the session and the current test's page.
 */
export function queryPageSession(): { session: BrowserSession; page: () => Page } {
  const session = browserSession();
  let page: Page;
  let pageErrors: string[] = [];
  beforeEach(() => {
    page = session.page();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      // Chromium logs every 4xx answer as an error; refused and broken queries are meant to get one.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        pageErrors.push(message.text());
    });
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });
  return { session, page: () => page };
}

/** Opens a query page URL and waits until it is hydrated (its server HTML does nothing before that). */
export async function openQuery(p: Page, appUrl: string, path: string): Promise<void> {
  await p.goto(`${appUrl}${path}`);
  await p.locator('[data-hydrated="true"]').waitFor();
}

export const editor = (p: Page) => p.getByRole('textbox', { name: 'Cypher query' });

/** The editor's text as shown, line by line (CodeMirror draws one element per line). */
export async function editorText(p: Page): Promise<string> {
  await editor(p).waitFor();
  return p.evaluate(() =>
    [...document.querySelectorAll('.cypher-editor .cm-content .cm-line')].map((line) => line.textContent).join('\n'),
  );
}

/** Replaces the editor's text by typing it, as a person would. */
export async function typeQuery(p: Page, text: string): Promise<void> {
  await editor(p).click();
  await p.keyboard.press('Control+A');
  await p.keyboard.press('Delete');
  // Inserted as typed text in one go, so the editor's bracket closing does not add a second bracket.
  await p.keyboard.insertText(text);
}
