'use client';

import type { Stance } from '@/lib/domain';
import { SaveStepError } from '@/lib/client/add-stance';
import { errorMessage } from '@/lib/client/data/api';
import { conflictOf } from '@/lib/client/data/edits';
import { KIND_STYLES, STANCE_STYLES } from '@/lib/client/drawing/styles';
import type { ActorRecord, StanceRecord } from '@/lib/types';
import { UserText } from '@/components/UserText';

const WHAT = { actor: 'the new actor', event: 'the new event', source: 'the article', stance: 'the stance' } as const;

/**
 * Why a save of the Add stance flow failed, and the way on where there is one: a stored actor of the
 * same name to use instead, or the stance the actor already holds on the event.
 */
export function SaveFailure({
  error,
  storedOnTheWay,
  onUseActor,
  onUseStance,
  onOpenStance,
}: {
  error: unknown;
  /** A new actor, event or source was stored before the failure. */
  storedOnTheWay: boolean;
  onUseActor(actor: ActorRecord): void;
  onUseStance(stance: Stance): void;
  onOpenStance(id: string): void;
}) {
  const step = error instanceof SaveStepError ? error.step : null;
  const conflict = error instanceof SaveStepError ? conflictOf(error.cause) : null;
  const earlier = storedOnTheWay ? ' What was stored before it is kept, and used when you save again.' : '';

  if (step === 'actor' && conflict?.current) {
    const stored = conflict.current as ActorRecord;
    return (
      <div className="notice notice--error" role="alert" data-testid="save-failure">
        <p>
          <UserText>{stored.name}</UserText> ({KIND_STYLES[stored.kind]?.label ?? stored.kind}) is stored already, under
          that name or an alias. Use the stored actor rather than a second one.
        </p>
        <button type="button" className="button button--secondary" onClick={() => onUseActor(stored)}>
          Use <UserText>{stored.name}</UserText>
        </button>
      </div>
    );
  }
  if (step === 'stance' && conflict?.current) {
    const stored = conflict.current as StanceRecord;
    const label = STANCE_STYLES[stored.stance].label.toLowerCase();
    return (
      <div className="notice notice--error" role="alert" data-testid="save-failure">
        <p>
          This actor’s stance on the event is stored already as <strong>{label}</strong>, and an actor holds one stance
          per event. Save this quote as evidence of that stance, or open the stance to change it (with a reason).
          {earlier}
        </p>
        <div className="edit-form__actions">
          <button type="button" className="button button--secondary" onClick={() => onUseStance(stored.stance)}>
            Save the quote as {label}
          </button>
          <button type="button" className="button button--ghost" onClick={() => onOpenStance(stored.id)}>
            Open the stored stance
          </button>
        </div>
      </div>
    );
  }
  return (
    <p className="notice notice--error" role="alert" data-testid="save-failure">
      {step ? `Could not save ${WHAT[step]}: ` : 'Could not save: '}
      {error instanceof SaveStepError
        ? error.cause === null
          ? error.message
          : errorMessage(error.cause)
        : errorMessage(error)}
      {earlier}
    </p>
  );
}
