'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { ConflictNotice } from './ConflictNotice';
import { FormActions, FormError } from './fields';
import type { useVersionedEdit } from './use-versioned-edit';

type VersionedEdit<R extends { id: string; version: number }> = ReturnType<typeof useVersionedEdit<R>>;

/**
 * The frame of a form that changes one versioned record: its fields, then the conflict notice when
 * another editor saved first, the problem found before sending or the server's refusal, and Save and
 * Cancel. `check` names what must be put right before saving (null: nothing), and is asked on submit.
 */
export function VersionedForm<R extends { id: string; version: number }>({
  edit,
  what,
  label,
  testId,
  check,
  carry,
  saveLabel,
  pendingLabel,
  danger,
  onCancel,
  children,
}: {
  edit: VersionedEdit<R>;
  /** The record's kind, as the conflict notice names it: "actor", "stance". */
  what: string;
  /** The form's accessible name. */
  label: string;
  testId?: string;
  check(): string | null;
  /** Takes the stored values into the fields left as they were: see useVersionedEdit's reload. */
  carry(old: R, current: R): void;
  saveLabel: string;
  pendingLabel?: string;
  danger?: boolean;
  onCancel(): void;
  children: ReactNode;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblem(found);
    if (!found) edit.submit();
  };
  return (
    <form
      className={danger ? 'edit-form edit-form--danger' : 'edit-form'}
      onSubmit={submit}
      aria-label={label}
      data-testid={testId}
    >
      {children}
      {edit.conflict && <ConflictNotice conflict={edit.conflict} what={what} onReload={() => edit.reload(carry)} />}
      <FormError message={problem ?? edit.error} />
      <FormActions
        pending={edit.pending}
        label={saveLabel}
        pendingLabel={pendingLabel}
        danger={danger}
        onCancel={onCancel}
      />
    </form>
  );
}
