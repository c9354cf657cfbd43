'use client';

import type { MouseEvent } from 'react';

/**
 * The first thing Tab reaches on every page. It goes to the page's `[data-skip-target]` (the explorer's
 * table, which the keyboard can use where the graph's canvas cannot) or else to its <main>, and moves
 * focus there, without a fragment in the URL (the explorer's URL is the view people copy and share).
 */
export function SkipLink() {
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    const target = document.querySelector<HTMLElement>('[data-skip-target]') ?? document.getElementById('main');
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) {
      // Focusable for this once only, so later clicks inside do not focus the whole region.
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    // Its start in view, not its middle: the explorer's table can be taller than the screen.
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  }

  return (
    <a className="skip-link" href="#main" onClick={skip}>
      Skip to content
    </a>
  );
}
