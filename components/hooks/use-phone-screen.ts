'use client';
import { useSyncExternalStore } from 'react';

/** The phone rules of app/styles/narrow.css start below this width. */
const PHONE_QUERY = '(max-width: 599.98px)';

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(PHONE_QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/**
 * Whether the page is on a phone-sized screen. False while the server renders and hydrates (it
 * cannot know), then the browser's answer, kept up to date as the screen turns.
 */
export function usePhoneScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(PHONE_QUERY).matches,
    () => false,
  );
}
