'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '@/lib/client/data/api';
import { conflictOf, refreshAfterWrite } from '@/lib/client/data/edits';
import { changedFields, type FieldChange } from '@/lib/client/edit-view';

export interface Conflict<R> {
  /** The record as stored now; null when it is gone. */
  current: R | null;
  changes: FieldChange[];
}

export interface VersionedEditOptions<R extends { id: string; version: number }> {
  /** The record as the form was opened with it. */
  initial: R;
  /** The fields a person edits, with their labels: the conflict notice lists the ones changed meanwhile. */
  labels: Record<string, string>;
  /** Writes the form's values against `base` (its version) and answers the stored record. */
  save(base: R): Promise<R>;
  onSaved(record: R): void;
}

/**
 * A form that changes a versioned record. A stale version answers 409 with the record as stored now:
 * the form keeps what was typed, shows what the other editor changed, and "reload" takes the stored
 * record as its new base (and its values into the fields left untouched), so the next save is made
 * against it and overwrites the other editor's change only where this editor changed the field too.
 */
export function useVersionedEdit<R extends { id: string; version: number }>({
  initial,
  labels,
  save,
  onSaved,
}: VersionedEditOptions<R>) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState<R>(initial);
  const [conflict, setConflict] = useState<Conflict<R> | null>(null);
  const mutation = useMutation({
    mutationFn: () => save(base),
    onMutate: () => setConflict(null),
    onSuccess: async (record) => {
      await refreshAfterWrite(queryClient);
      onSaved(record);
    },
    onError: (error) => {
      const answer = conflictOf(error);
      const current = (answer?.current ?? null) as R | null;
      // A 409 naming another record (a name another actor holds) is a plain refusal, not a stale version.
      if (!answer || (current && current.id !== base.id)) return;
      setConflict({
        current,
        changes: changedFields(
          base as unknown as Record<string, unknown>,
          current as unknown as Record<string, unknown> | null,
          labels,
        ),
      });
    },
  });
  return {
    base,
    conflict,
    pending: mutation.isPending,
    /** Any other failure, said as the server said it. */
    error: mutation.isError && !conflict ? errorMessage(mutation.error) : null,
    submit: () => mutation.mutate(),
    /**
     * Goes on from the stored record. `carry(old, current)` lets the form take the stored value into
     * every field the editor left as it was, so only what they changed themselves is sent again.
     */
    reload(carry: (old: R, current: R) => void) {
      if (!conflict?.current) return;
      carry(base, conflict.current);
      setBase(conflict.current);
      setConflict(null);
      mutation.reset();
    },
  };
}
