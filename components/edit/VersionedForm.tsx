'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { ConflictNotice } from './ConflictNotice';
import { FormActions, FormError } from './fields';
import { useVersionedEdit, type VersionedEditOptions } from './use-versioned-edit';

type Versioned = { id: string; version: number };

/**
 * A form that changes one versioned record (see useVersionedEdit): its fields, then the conflict
 * notice when another editor saved first, the problem found before sending or the server's refusal,
 * and Save and Cancel. `check(base)` names what must be put right before saving (null: nothing)
 * against the record the save would be made on, and is asked on submit.
 */
export function VersionedForm<R extends Versioned>({
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
  ...versioned
}: VersionedEditOptions<R> & {
  check(base: R): string | null;
  /** The record's kind, as the conflict notice names it: "actor", "stance". */
  what: string;
  /** The form's accessible name. */
  label: string;
  testId?: string;
  /** Takes the stored values into the fields left as they were: see useVersionedEdit's reload. */
  carry(old: R, current: R): void;
  saveLabel: string;
  pendingLabel?: string;
  danger?: boolean;
  onCancel(): void;
  children: ReactNode;
}) {
  const edit = useVersionedEdit(versioned);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(edit.base);
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
