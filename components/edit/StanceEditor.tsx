'use client';

import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { STANCES, type Stance } from '@/lib/domain';
import { errorMessage } from '@/lib/client/data/api';
import { changeStance, retractStance, stanceRecordQuery } from '@/lib/client/data/edits';
import { STANCE_STYLES } from '@/lib/client/drawing/styles';
import type { StanceRecord } from '@/lib/types';
import { StanceBadge } from '@/components/explorer/Symbols';
import { RadioGroup, ReasonField } from './fields';
import { VersionedForm } from './VersionedForm';

const LABELS = { stance: 'Stance' };
const STANCE_OPTIONS: { value: Stance; label: ReactNode }[] = STANCES.map((stance) => ({
  value: stance,
  label: <StanceBadge stance={stance} />,
}));

function ChangeForm({ stance, onDone }: { stance: StanceRecord; onDone(): void }) {
  const [chosen, setChosen] = useState<Stance>(stance.stance);
  const [reason, setReason] = useState('');
  return (
    <VersionedForm
      initial={stance}
      labels={LABELS}
      save={async (base) =>
        (await changeStance(base.id, { version: base.version, stance: chosen, reason: reason.trim() })).stance
      }
      onSaved={onDone}
      what="stance"
      label="Change the stance"
      testId="stance-change-form"
      check={(base) =>
        chosen === base.stance
          ? `It is stored as ${STANCE_STYLES[chosen].label.toLowerCase()} already: choose another stance.`
          : !reason.trim()
            ? 'Say why it changes: the reason is kept in the history.'
            : null
      }
      carry={(old, current) => {
        if (chosen === old.stance) setChosen(current.stance);
      }}
      saveLabel="Save stance"
      onCancel={onDone}
    >
      <RadioGroup
        legend="Stance"
        name="stance"
        value={chosen}
        options={STANCE_OPTIONS}
        onChange={(v) => setChosen(v)}
        inline
      />
      <ReasonField value={reason} onChange={setReason} placeholder="e.g. A later statement corrects the first report" />
    </VersionedForm>
  );
}

function RetractForm({
  stance,
  onCancel,
  onRetracted,
}: {
  stance: StanceRecord;
  onCancel(): void;
  onRetracted(): void;
}) {
  const [reason, setReason] = useState('');
  return (
    <VersionedForm
      initial={stance}
      labels={LABELS}
      save={async (base) => {
        await retractStance(base.id, { version: base.version, reason: reason.trim() });
        return base;
      }}
      onSaved={onRetracted}
      what="stance"
      label="Retract the stance"
      check={() => (reason.trim() ? null : 'Say why it is retracted: the reason is kept in the history.')}
      carry={() => {}}
      saveLabel="Retract this stance"
      pendingLabel="Retracting…"
      danger
      onCancel={onCancel}
    >
      <p>
        Retracting takes this stance and its {stance.evidence.length === 1 ? 'quote' : 'quotes'} out of every view. The
        history keeps it, and reverting the retraction brings it back.
      </p>
      <ReasonField value={reason} onChange={setReason} autoFocus />
    </VersionedForm>
  );
}

/**
 * A stance's edit controls in its panel: change the stance or retract it, each with a reason. The
 * stored record (and its version) is read when a form opens, not taken from the drawn graph.
 */
export function StanceEditor({ stanceId, onRetracted }: { stanceId: string; onRetracted(): void }) {
  const [mode, setMode] = useState<'change' | 'retract' | null>(null);
  const record = useQuery({ ...stanceRecordQuery(stanceId), enabled: mode !== null });
  const close = () => setMode(null);
  return (
    <div className="edit-tools" data-testid="stance-editor">
      {mode === null && (
        <div className="panel__actions">
          <button type="button" className="button button--secondary" onClick={() => setMode('change')}>
            Change stance
          </button>
          <button type="button" className="button button--secondary" onClick={() => setMode('retract')}>
            Retract…
          </button>
        </div>
      )}
      {mode !== null &&
        (record.data ? (
          mode === 'change' ? (
            <ChangeForm stance={record.data} onDone={close} />
          ) : (
            <RetractForm stance={record.data} onCancel={close} onRetracted={onRetracted} />
          )
        ) : record.isError ? (
          <div className="notice notice--error" role="alert">
            Could not load the stance to edit: {errorMessage(record.error)}{' '}
            <button type="button" className="link-button" onClick={close}>
              Close
            </button>
          </div>
        ) : (
          <p className="muted" aria-busy="true">
            Loading the stored stance…
          </p>
        ))}
    </div>
  );
}
