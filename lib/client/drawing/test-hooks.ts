import type { Core } from 'cytoscape';

/** Inlined at build time: the hook exists only in builds made for the browser tests. */
const TEST_HOOKS = process.env.NEXT_PUBLIC_STANCEGRAPH_TEST_HOOKS === '1';

/** `__cyOwner` names the page whose canvas `__cy` is ('explorer', 'query'), so a test never inspects another page's graph. */
type TestWindow = Window & {
  __cy?: Core;
  __cyOwner?: string;
  __largeViewElements?: number;
  __layoutWorkerUrl?: string;
};

export function exposeCy(cy: Core, owner: string) {
  if (!TEST_HOOKS || typeof window === 'undefined') return;
  const w = window as TestWindow;
  w.__cy = cy;
  w.__cyOwner = owner;
}

/**
 * The large-view threshold, which a test may lower (window.__largeViewElements, set before the page's
 * scripts run) so the seed's small graph is drawn as a large view. Test builds only.
 */
export function largeViewThreshold(threshold: number): number {
  if (!TEST_HOOKS || typeof window === 'undefined') return threshold;
  const lowered = (window as TestWindow).__largeViewElements;
  return typeof lowered === 'number' ? lowered : threshold;
}

/** A script a test puts in the layout worker's place (window.__layoutWorkerUrl), to see a failing worker. Test builds only. */
export function layoutWorkerOverride(): string | null {
  if (!TEST_HOOKS || typeof window === 'undefined') return null;
  return (window as TestWindow).__layoutWorkerUrl ?? null;
}

/** Only the instance that is exposed is withdrawn: a page unmounting late must not hide the next page's graph. */
export function releaseCy(cy: Core) {
  if (!TEST_HOOKS || typeof window === 'undefined') return;
  const w = window as TestWindow;
  if (w.__cy !== cy) return;
  delete w.__cy;
  delete w.__cyOwner;
}
