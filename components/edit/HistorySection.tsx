'use client';

import { useId, useState } from 'react';
import { ChangeList } from './ChangeList';

/**
 * The history of one actor, event or stance at the foot of its panel: shut until asked for, so that
 * opening a panel costs no history read, and below the evidence in Tab order.
 */
export function HistorySection({ entityId, what }: { entityId: string; what: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className="history" aria-label={`History of this ${what}`} data-testid="history">
      <h3 className="panel__section-title">
        <button
          type="button"
          className="history__toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((o) => !o)}
        >
          History
        </button>
      </h3>
      <div id={id} hidden={!open}>
        {open && (
          <ChangeList
            filter={{ entity: entityId, user: null }}
            links={false}
            empty={`No recorded changes to this ${what}. What the seed loaded is not listed.`}
          />
        )}
      </div>
    </section>
  );
}
