'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { UserText } from '@/components/UserText';
import { errorMessage } from '@/lib/client/data/api';
import { conflictOf, refreshAfterWrite, revertChange } from '@/lib/client/data/edits';
import { entityHref, entityLinkText } from '@/lib/client/edit-view';
import { LIMITS } from '@/lib/model/limits';
import type { ChangeRecord } from '@/lib/types';
import { FormError, TextField } from './fields';

/** "3 Jul 2025, 14:05", in the reader's time zone; the exact instant is in the element's dateTime. */
function ChangeTime({ at }: { at: string }) {
  const date = new Date(at);
  const shown = Number.isNaN(date.getTime())
    ? at
    : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return <time dateTime={at}>{shown}</time>;
}

/** Where a change is on the changes page. */
const changeAnchor = (id: string) => `change-${id}`;

/**
 * Who did what when, one line each, for the changes a revert was refused over; each links to its entry
 * in the history of what both changes touched, which is short enough to hold it on its first page.
 */
function ConflictList({ change, conflicts }: { change: ChangeRecord; conflicts: ChangeRecord[] }) {
  const touched = new Set(change.entities.map((e) => e.id));
  const entryOf = (c: ChangeRecord) => {
    const shared = c.entities.find((e) => touched.has(e.id)) ?? change.entities[0];
    const query = shared ? `?${new URLSearchParams({ entity: shared.id })}` : '';
    return `/changes${query}#${changeAnchor(c.id)}`;
  };
  return (
    <ul className="change-conflicts">
      {conflicts.map((c) => (
        <li key={c.id}>
          <Link href={entryOf(c)}>
            <UserText>{c.summary}</UserText>
          </Link>{' '}
          <span className="muted">
            (<UserText>{c.user}</UserText>, <ChangeTime at={c.at} />)
          </span>
        </li>
      ))}
    </ul>
  );
}

function RevertControl({ change }: { change: ChangeRecord }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const revert = useMutation({
    mutationFn: () => revertChange(change.id, reason.trim()),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
  const conflicts = revert.isError ? (conflictOf(revert.error)?.conflicts ?? null) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    revert.mutate();
  };

  if (revert.isSuccess) {
    return (
      <p className="change__done" role="status">
        Reverted. The revert is the newest change in the history.
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="link-button small" onClick={() => setOpen(true)}>
        Revert…<span className="sr-only"> {change.summary}</span>
      </button>
    );
  }
  return (
    <form className="edit-form change__revert" onSubmit={submit} aria-label="Revert this change">
      <TextField
        label="Reason"
        note="optional, kept in the history"
        value={reason}
        onChange={setReason}
        maxLength={LIMITS.title}
        autoFocus
      />
      {conflicts ? (
        <div className="notice notice--error" role="alert" data-testid="revert-conflicts">
          <p>
            <strong>Not reverted:</strong> later changes touched the same {conflicts.length === 1 ? 'entry' : 'entries'}
            . Revert them first (newest first), or change the entry by hand.
          </p>
          <ConflictList change={change} conflicts={conflicts} />
        </div>
      ) : (
        <FormError message={revert.isError ? errorMessage(revert.error) : null} />
      )}
      <div className="edit-form__actions">
        <button type="submit" className="button" disabled={revert.isPending}>
          {revert.isPending ? 'Reverting…' : 'Revert this change'}
        </button>
        <button type="button" className="button button--ghost" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * One change of the history: what was done (the server's one-line summary), by whom, when and why;
 * with `links`, where each entity it touched is seen in the explorer; Revert for editors.
 */
export function ChangeItem({ change, links, canRevert }: { change: ChangeRecord; links: boolean; canRevert: boolean }) {
  const targets = links
    ? change.entities.flatMap((entity) => {
        const href = entityHref(entity);
        return href ? [{ key: `${entity.type}-${entity.id}`, href, entity }] : [];
      })
    : [];
  return (
    <li className="change" id={changeAnchor(change.id)} data-testid="change" data-action={change.action}>
      <p className="change__summary">
        <UserText>{change.summary}</UserText>
      </p>
      <p className="change__meta muted small">
        <UserText>{change.user}</UserText> · <ChangeTime at={change.at} />
        {change.revertOf && ' · a revert'}
      </p>
      {change.reason && (
        <p className="change__reason small">
          <span className="muted">Reason:</span> <UserText>{change.reason}</UserText>
        </p>
      )}
      {targets.length > 0 && (
        <p className="change__links small">
          {targets.map(({ key, href, entity }, i) => (
            <span key={key}>
              {i > 0 && ' · '}
              <Link href={href}>
                <UserText>{entityLinkText(entity)}</UserText>
              </Link>
            </span>
          ))}
        </p>
      )}
      {canRevert && change.revertible && <RevertControl change={change} />}
    </li>
  );
}
