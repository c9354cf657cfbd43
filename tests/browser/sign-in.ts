/**
 * Signing in for the browser tests: an editor account in the shared test database for the file
 * (`editorAccount()` at the top of a file; removed again after, schema and all, by removeAccounts),
 * and `signIn(page)`, which signs the page's browser context in through POST /api/session as the
 * sign-in page would; `withTestDriver` for a file's own writes to that database, and `importedRows` for
 * a file's own rows, imported before its tests and the seed restored after. tests/browser/sign-in.test.ts
 * signs in through the page itself.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { createUser } from '@/lib/auth/users';
import { importFile } from '@/lib/import';
import { removeAccounts, restoreSeed, sharedDriver } from '../integration/shared-neo4j';

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

/** Imports `lines` (CSV under `header`) into the shared test database before the file's tests; the seed is restored after. */
export function importedRows(header: string, lines: string[]): void {
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stancegraph-browser-rows-'));
    const file = path.join(dir, 'rows.csv');
    fs.writeFileSync(file, `${[header, ...lines].join('\n')}\n`);
    try {
      await withTestDriver(async (driver) => {
        const report = await importFile({ driver }, { file });
        expect(report.invalidRows).toBe(0);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(() => withTestDriver(restoreSeed));
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
