/**
 * Measuring a page as a person finds it on a screen: elements' boxes and their overlaps, sideways
 * scrolling and what causes it, keyboard focus, and the actors' table in the accessibility tree.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The border box of the first element `selector` matches, in viewport coordinates. */
export async function boxOf(p: Page, selector: string): Promise<Box> {
  const box = await p.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const { left, top, right, bottom, width, height } = el.getBoundingClientRect();
    return { left, top, right, bottom, width, height };
  }, selector);
  if (!box) throw new Error(`Nothing on ${p.url()} matches ${selector}`);
  return box;
}

export function boxesOf(p: Page, selector: string): Promise<Box[]> {
  return p.$$eval(selector, (els) =>
    els.map((el) => {
      const { left, top, right, bottom, width, height } = el.getBoundingClientRect();
      return { left, top, right, bottom, width, height };
    }),
  );
}

/**
 * The actors' table in Chromium's accessibility tree (there are two tables: the actors', and the
 * timeline's twin, its figures for screen readers): how many nodes of each role, and the cells' names.
 */
export async function actorTableTree(p: Page): Promise<{ count(role: string): number; cellNames: string[] }> {
  // The timeline's twin is rendered once its counts have come; the tree is read after that.
  await p.locator('[data-testid="timeline"][data-status="ready"]').waitFor();
  const cdp = await p.context().newCDPSession(p);
  const { nodes: all } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { nodeId: string; childIds?: string[]; role?: { value: string }; name?: { value: string } }[];
  };
  await cdp.detach();
  const tables = all.filter((node) => node.role?.value === 'table');
  expect(tables.map((node) => node.name?.value)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/actors in view/),
      expect.stringMatching(/^Stances stated and events/),
    ]),
  );
  expect(tables).toHaveLength(2);
  const byId = new Map(all.map((node) => [node.nodeId, node]));
  const nodes: typeof all = [];
  const walk = (id: string) => {
    const node = byId.get(id);
    if (!node) return;
    nodes.push(node);
    node.childIds?.forEach(walk);
  };
  walk(tables.find((node) => /actors in view/.test(node.name?.value ?? ''))!.nodeId);
  return {
    count: (role) => nodes.filter((node) => node.role?.value === role).length,
    cellNames: nodes.filter((node) => node.role?.value === 'cell').map((node) => node.name?.value ?? ''),
  };
}

export function overlap(a: Box, b: Box): boolean {
  return a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

export function shareRows(a: Box, b: Box): boolean {
  return a.top < b.bottom - 1 && b.top < a.bottom - 1;
}

/**
 * How wide the page scrolls against the viewport, and the outermost elements reaching past it (not
 * those inside a box that scrolls by itself), so a red run names them.
 */
function sideways(p: Page): Promise<{ scroll: number; viewport: number; wide: string[] }> {
  return p.evaluate(() => {
    const viewport = window.innerWidth;
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const right = el.getBoundingClientRect().right;
      if (right <= viewport + 1) continue;
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > viewport + 1) continue;
      let clipped = false;
      for (let up = el.parentElement; up && !clipped; up = up.parentElement)
        clipped = getComputedStyle(up).overflowX !== 'visible';
      if (!clipped) wide.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(right)} px)`);
    }
    return { scroll: document.scrollingElement!.scrollWidth, viewport, wide };
  });
}

export async function expectNoSidewaysScroll(p: Page): Promise<void> {
  const width = await sideways(p);
  expect(width.scroll, `${p.url()} is wider than the screen: ${width.wide.join(', ')}`).toBeLessThanOrEqual(
    width.viewport,
  );
}

/** What has keyboard focus: its tag, role, a name, and which part of the page it is in. */
export function focused(
  p: Page,
): Promise<{ tag: string; role: string | null; name: string; within: 'panel' | 'main' | 'topbar' | null }> {
  return p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? 'none',
      role: el?.getAttribute('role') ?? null,
      name: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim().slice(0, 60),
      within: el?.closest('[data-testid="detail-panel"]')
        ? 'panel'
        : el?.closest('main')
          ? 'main'
          : el?.closest('.topbar')
            ? 'topbar'
            : null,
    };
  });
}

/** Presses Tab until focus is on an element matching `selector`; how many presses it took, or null. */
export async function tabTo(p: Page, selector: string, most = 40): Promise<number | null> {
  for (let presses = 1; presses <= most; presses++) {
    await p.keyboard.press('Tab');
    if (await p.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return presses;
  }
  return null;
}
