'use client';

import { useCallback, useEffect, useRef } from 'react';
import type { StatePatch } from './use-explorer-state';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function focusIsInPanel(element: Element | null): boolean {
  return element?.closest('[data-testid="detail-panel"]') != null;
}

/**
 * The explorer's keyboard and focus: `/` focuses the search, Escape closes the panel, a selection made
 * by keyboard moves focus to the panel's heading, and closing the panel gives focus back to what opened it.
 */
export function useExplorerFocus(
  selected: string | null,
  selectionType: string | undefined,
  update: (patch: StatePatch) => void,
) {
  const searchRef = useRef<HTMLInputElement>(null);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  const returnFocusRef = useRef<HTMLElement | null>(null);
  const focusPanelRef = useRef(false);

  /**
   * Selects a node or edge. Keyboard-driven selections move focus into the panel so it is announced;
   * a click on the canvas leaves focus alone (the canvas is not a focus target, so nothing is lost).
   */
  const select = useCallback(
    (id: string | null, moveFocus = false) => {
      if (id && moveFocus) {
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

  const closePanel = useCallback(() => {
    const focusInPanel = focusIsInPanel(document.activeElement);
    update({ select: null });
    const target = returnFocusRef.current;
    returnFocusRef.current = null;
    if (!focusInPanel && !target) return;
    // The element that opened the panel may have gone (a table row filtered away): fall back to search.
    (target && target.isConnected && target !== document.body ? target : searchRef.current)?.focus();
  }, [update]);

  useEffect(() => {
    if (selected && focusPanelRef.current && panelHeadingRef.current) {
      focusPanelRef.current = false;
      panelHeadingRef.current.focus();
    }
  }, [selected, selectionType]);

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

  return { searchRef, panelHeadingRef, select, chooseFromSearch, closePanel };
}
