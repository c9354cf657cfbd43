/**
 * Signing in for the browser tests: an editor account in the shared test database for the file
 * (`editorAccount()` at the top of a file; removed again after, schema and all, by removeAccounts),
 * and `signIn(page)`, which signs the page's browser context in through POST /api/session as the
 * sign-in page would; `withTestDriver` for a file's own writes to that database. tests/browser/sign-in.test.ts signs in through the page itself.
 */
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createUser } from '@/lib/auth/users';
import { removeAccounts, sharedDriver } from '../integration/shared-neo4j';

export const BROWSER_EDITOR = { username: 'browser-editor', password: 'a browser editor password' };

/** Runs `work` on a driver of the shared test database, and closes it after. */
export async function withTestDriver(work: (driver: Driver) => Promise<unknown>): Promise<void> {
  const driver = sharedDriver();
  try {
    await work(driver);
  } finally {
    await driver.close();
  }
}

export function editorAccount(): void {
  const driver = sharedDriver();
  beforeAll(async () => {
    await removeAccounts(driver);
    await createUser({ driver }, { ...BROWSER_EDITOR, role: 'editor' });
  });
  afterAll(async () => {
    try {
      await removeAccounts(driver);
    } finally {
      await driver.close();
    }
  });
}

/** Signs the page's context in (the cookie is shared with the page), as the app's own pages would. */
export async function signIn(page: Page, appUrl: string, account = BROWSER_EDITOR): Promise<void> {
  const response = await page.request.post(`${appUrl}/api/session`, {
    data: { username: account.username, password: account.password },
    headers: { origin: appUrl },
  });
  expect(response.status()).toBe(200);
}
