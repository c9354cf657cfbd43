'use client';
/** What every kind of detail panel shares: its frame, links that select, the loading and error states. */
import type { MouseEvent, ReactNode, Ref } from 'react';
import { ApiRequestError, errorMessage } from '@/lib/client/data/api';
import type { Selection } from '@/lib/client/drawing/elements';
import type { EventSummary } from '@/lib/types';
import type { AddStancePreset } from '@/components/edit/add-stance/AddStanceDialog';

export interface PanelNavigation {
  /** The shareable URL of the current view with this id selected. */
  hrefFor(id: string): string;
  select(id: string): void;
  focus(actorId: string): void;
  /** Narrows the view to one event, keeping the focus: the way into a group of stances. */
  drillInto(eventId: string): void;
  focusedActor: string | null;
  /** Opens the Add stance flow with what the panel shows chosen; null unless an editor is signed in. */
  addStance: ((preset: AddStancePreset) => void) | null;
}

export interface PanelProps {
  selection: Selection;
  nav: PanelNavigation;
  events: EventSummary[];
  onClose(): void;
  headingRef: Ref<HTMLHeadingElement>;
}
export function SelectLink({ id, nav, children }: { id: string; nav: PanelNavigation; children: ReactNode }) {
  return (
    <a
      href={nav.hrefFor(id)}
      onClick={(event: MouseEvent<HTMLAnchorElement>) => {
        // Let modified clicks open a new tab with the shareable URL.
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        nav.select(id);
      }}
    >
      {children}
    </a>
  );
}

export function PanelFrame({
  eyebrow,
  icon,
  title,
  onClose,
  headingRef,
  children,
}: {
  eyebrow: string;
  icon?: ReactNode;
  title: ReactNode;
  onClose(): void;
  headingRef: Ref<HTMLHeadingElement>;
  children: ReactNode;
}) {
  return (
    <aside className="panel" aria-labelledby="detail-panel-title" data-testid="detail-panel">
      <header className="panel__header">
        <div>
          <p className="eyebrow">
            {icon}
            {eyebrow}
          </p>
          <h2 id="detail-panel-title" ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details" title="Close (Esc)">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="panel__body">{children}</div>
    </aside>
  );
}

export function LoadError({ error, what }: { error: unknown; what: string }) {
  if (error instanceof ApiRequestError && error.status === 404) {
    return <p className="notice">There is no {what} with this id. The link may be out of date.</p>;
  }
  return (
    <p className="notice notice--error" role="alert">
      Could not load this {what}: {errorMessage(error)}
    </p>
  );
}

export function PanelSkeleton() {
  return (
    <div className="skeleton-stack" aria-busy="true" aria-label="Loading details">
      <span className="skeleton skeleton--line" />
      <span className="skeleton skeleton--line skeleton--short" />
      <span className="skeleton skeleton--block" />
    </div>
  );
}
