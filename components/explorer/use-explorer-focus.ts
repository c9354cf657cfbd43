'use client';

import { useCallback, useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { StatePatch } from './use-explorer-state';

/** Where the detail panel becomes a sheet over the whole page (app/styles/narrow.css, "A phone"). */
const SHEET_MEDIA = '(max-width: 599.98px)';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function focusIsInPanel(element: Element | null): boolean {
  return element?.closest('[data-testid="detail-panel"]') != null;
}

function subscribeToSheetMedia(onChange: () => void): () => void {
  const media = window.matchMedia(SHEET_MEDIA);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** Whether an open panel covers the page (a phone's width); false on the server. */
function useSheetWidth(): boolean {
  return useSyncExternalStore(
    subscribeToSheetMedia,
    () => window.matchMedia(SHEET_MEDIA).matches,
    () => false,
  );
}

/** `detail` is 0 when a button was "clicked" by the keyboard (Enter, Space) or by assistive technology. */
interface Activation {
  detail: number;
}

/**
 * The explorer's keyboard and focus: `/` focuses the search, Escape closes the panel, a selection made
 * by keyboard moves focus to the panel's heading, and closing the panel gives focus back to what opened it.
 * On a phone's width the open panel covers the page and the rest is inert, like a dialog: focus always
 * moves into it, and comes back once the page is usable again.
 */
export function useExplorerFocus(
  selected: string | null,
  selectionType: string | undefined,
  update: (patch: StatePatch) => void,
) {
  const searchRef = useRef<HTMLInputElement>(null);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const restoreFocusRef = useRef<HTMLElement | null>(null);
  const focusPanelRef = useRef(false);
  const sheetWidth = useSheetWidth();
  const sheetWidthRef = useRef(sheetWidth);
  sheetWidthRef.current = sheetWidth;
  const panelOpen = selectionType !== undefined;
  const panelOpenRef = useRef(panelOpen);
  panelOpenRef.current = panelOpen;

  /**
   * Selects a node or edge. Keyboard-driven selections move focus into the panel so it is announced;
   * a click on the canvas leaves focus alone (the canvas is not a focus target, so nothing is lost),
   * unless the panel is about to cover the page.
   */
  const select = useCallback(
    (id: string | null, moveFocus = false) => {
      if (id && (moveFocus || sheetWidthRef.current)) {
        const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        if (!focusIsInPanel(active)) returnFocusRef.current = active;
        focusPanelRef.current = true;
      }
      update({ select: id });
    },
    [update],
  );

  /** An actor chosen in the search: the panel opens focused, and closing it returns to the search. */
  const chooseFromSearch = useCallback(
    (actorId: string) => {
      returnFocusRef.current = searchRef.current;
      focusPanelRef.current = true;
      update({ actor: actorId, select: actorId });
    },
    [update],
  );

  const closePanel = useCallback(
    (activation?: Activation) => {
      const focusInPanel = focusIsInPanel(document.activeElement);
      update({ select: null });
      const target = returnFocusRef.current;
      returnFocusRef.current = null;
      if (!focusInPanel && !target) return;
      // The element that opened the panel may have gone (a table row filtered away): fall back to search,
      // except after a tap on Close, where focusing the search would open a phone's keyboard.
      const back = target && target.isConnected && target !== document.body ? target : null;
      if (!back && activation && activation.detail > 0) return;
      // Given once the panel has gone: until then the page under a sheet is inert and cannot take focus.
      if (panelOpenRef.current) restoreFocusRef.current = back ?? searchRef.current;
      else (back ?? searchRef.current)?.focus();
    },
    [update],
  );

  /**
   * Ends the focus on an actor. Its button goes with it: focus moves to the search (above it), so a
   * keyboard user continues from there rather than from the top of the page.
   */
  const clearFocus = useCallback(
    (activation?: Activation) => {
      const active = document.activeElement;
      const losing = active?.closest('[data-testid="focus-box"], [data-testid="empty-state"]') != null;
      if (losing && activation?.detail === 0) searchRef.current?.focus();
      update({ actor: null });
    },
    [update],
  );

  useEffect(() => {
    if (selected && focusPanelRef.current && panelHeadingRef.current) {
      focusPanelRef.current = false;
      panelHeadingRef.current.focus();
    }
  }, [selected, selectionType]);

  // A layout effect: focus returns in the commit that removes the panel, before anything else can move it.
  useLayoutEffect(() => {
    const target = restoreFocusRef.current;
    if (panelOpen || !target) return;
    restoreFocusRef.current = null;
    (target.isConnected ? target : searchRef.current)?.focus();
  }, [panelOpen]);

  const closeRef = useRef(closePanel);
  closeRef.current = closePanel;
  const hasSelection = selected !== null;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      if (event.key === 'Escape' && hasSelection) {
        event.preventDefault();
        closeRef.current();
      } else if (
        event.key === '/' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey &&
        !isTypingTarget(event.target)
      ) {
        event.preventDefault();
        searchRef.current?.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [hasSelection]);

  return {
    searchRef,
    panelHeadingRef,
    select,
    chooseFromSearch,
    closePanel,
    clearFocus,
    /** The open panel covers the page: what is under it is inert. */
    sheetOpen: sheetWidth && panelOpen,
  };
}
