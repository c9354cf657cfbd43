import type { Core } from 'cytoscape';

/** Inlined at build time: the hook exists only in builds made for the browser tests. */
export const TEST_HOOKS = process.env.NEXT_PUBLIC_STANCEGRAPH_TEST_HOOKS === '1';

type TestWindow = Window & { __cy?: Core };

export function exposeCy(cy: Core | undefined) {
  if (!TEST_HOOKS || typeof window === 'undefined') return;
  const w = window as TestWindow;
  if (cy) w.__cy = cy;
  else delete w.__cy;
}
