'use client';

import { UserText } from '@/components/UserText';
import type { Conflict } from './use-versioned-edit';

/**
 * Another editor saved this record first: what they changed (stored value against the one this form
 * was opened with), and a way to go on from the stored version without losing what was typed.
 */
export function ConflictNotice({
  conflict,
  what,
  onReload,
}: {
  conflict: Conflict<unknown>;
  what: string;
  onReload(): void;
}) {
  return (
    <div className="notice notice--error edit-conflict" role="alert" data-testid="edit-conflict">
      <p>
        <strong>Not saved: this {what} was changed by someone else while you edited it.</strong>
      </p>
      {conflict.current === null ? (
        <p>It is no longer stored (retracted or merged). Your text is still in the form to copy.</p>
      ) : (
        <>
          {conflict.changes.length > 0 ? (
            <dl className="edit-conflict__changes">
              {conflict.changes.map((change) => (
                <div key={change.field}>
                  <dt>{change.label}</dt>
                  <dd>
                    was <UserText>{change.was}</UserText>, now <UserText>{change.now}</UserText>
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>None of the fields shown here changed; its evidence or history did.</p>
          )}
          <p>
            Your edits are kept. Load the stored version: the fields you did not touch take its values, the ones you
            changed keep yours. Check them, and save again.
          </p>
          <button type="button" className="button button--secondary" onClick={onReload}>
            Load the stored version, keep my edits
          </button>
        </>
      )}
    </div>
  );
}
