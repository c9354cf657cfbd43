'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  useLayoutEffect,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { STANCES, type ActorKind, type QuoteKind, type Stance } from '@/lib/domain';
import {
  draftProblems,
  saveStanceDraft,
  type ActorDraft,
  type Created,
  type EventDraft,
  type SourceDraft,
} from '@/lib/client/add-stance';
import { createActor, createEvent, createSource, createStance, refreshAfterWrite } from '@/lib/client/data/edits';
import { queryKeys } from '@/lib/client/data/queries';
import type { QuoteChoice } from '@/lib/client/quote-selection';
import type { EventSummary, StanceRecord } from '@/lib/types';
import { StanceBadge } from '@/components/explorer/Symbols';
import { EditSection, FormActions, RadioGroup } from '../fields';
import { ActorChoice } from './ActorChoice';
import { EventChoice } from './EventChoice';
import { NEW_SOURCE, SourceChoice } from './SourceChoice';
import { SaveFailure } from './SaveFailure';

/** What the flow starts with: the selected actor or event (or stance) of the explorer. */
export interface AddStancePreset {
  actor?: { id: string; name: string; kind: ActorKind | null };
  event?: { id: string; title: string };
  stance?: Stance;
}

export interface SavedStance {
  stance: StanceRecord;
  /** False: the actor had this stance on the event already, and the quote was added to it. */
  created: boolean;
  actorKind: ActorKind | null;
}

const STANCE_OPTIONS: { value: Stance; label: ReactNode }[] = STANCES.map((stance) => ({
  value: stance,
  label: <StanceBadge stance={stance} />,
}));
const NO_SOURCE: SourceDraft = { mode: 'stored', id: '' };

interface Props {
  preset: AddStancePreset;
  events: EventSummary[];
  onClose(): void;
  onSaved(saved: SavedStance): void;
  /** Opens a stance already stored (the one a refused save names). */
  onOpenStance(id: string): void;
}

/**
 * "Add stance": choose or create the actor and the event, choose a stored source or paste an
 * article, select the quote in its text, choose the stance, save. A modal dialog over the explorer.
 */
export function AddStanceDialog({ preset, events, onClose, onSaved, onOpenStance }: Props) {
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const firstEvent = preset.event ?? (events[0] ? { id: events[0].id, title: events[0].title } : null);
  const [actor, setActor] = useState<ActorDraft | null>(preset.actor ? { mode: 'existing', ...preset.actor } : null);
  const [event, setEvent] = useState<EventDraft>(
    firstEvent ? { mode: 'existing', ...firstEvent } : { mode: 'new', title: '', date: '', description: '' },
  );
  const [source, setSource] = useState<SourceDraft>(firstEvent ? NO_SOURCE : NEW_SOURCE);
  const [choice, setChoice] = useState<QuoteChoice | null>(null);
  const [quoteKind, setQuoteKind] = useState<QuoteKind>('reported');
  const [stance, setStance] = useState<Stance | null>(preset.stance ?? null);
  const [problems, setProblems] = useState<string[]>([]);
  const [dirty, setDirty] = useState(false);
  // Something new was stored on the way (an actor, event or source): a failure after it says it is kept.
  const [storedOnTheWay, setStoredOnTheWay] = useState(false);
  const touched =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      setDirty(true);
      setProblems([]);
      set(value);
    };

  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // Closing before the dialog leaves the page gives focus back to what opened it.
    return () => element?.close();
  }, []);

  const changeEvent = touched((next: EventDraft) => {
    setEvent(next);
    // The sources (and so the quote) were the other event's.
    setSource(next.mode === 'new' ? NEW_SOURCE : NO_SOURCE);
    setChoice(null);
  });
  const changeSource = touched((next: SourceDraft) => {
    const sameText =
      next.mode === 'new' &&
      source.mode === 'new' &&
      choice &&
      next.text.slice(choice.start, choice.end) === choice.quote;
    if (!sameText) setChoice(null);
    setSource(next);
  });

  /** A record written on the way is used as stored from now on, so a second try does not write it twice. */
  const adopt = (created: Created) => {
    setStoredOnTheWay(true);
    if (created.step === 'actor') {
      const { id, name, kind } = created.actor;
      setActor({ mode: 'existing', id, name, kind });
    } else if (created.step === 'event') {
      setEvent({ mode: 'existing', id: created.event.id, title: created.event.title });
    } else {
      const stored = created.source;
      queryClient.setQueryData(queryKeys.source(stored.id), stored);
      void queryClient.invalidateQueries({ queryKey: queryKeys.sources() });
      setSource({ mode: 'stored', id: stored.id });
      // Offsets chosen in the pasted text hold in the stored text only if it is the same text.
      const at = choice && stored.text ? stored.text.indexOf(choice.quote) : -1;
      setChoice(choice && at >= 0 ? { quote: choice.quote, start: at, end: at + choice.quote.length } : null);
    }
  };

  const save = useMutation({
    mutationFn: () =>
      saveStanceDraft(
        { actor: actor!, event, source, quote: choice!.quote, quoteKind, stance: stance! },
        { createActor, createEvent, createSource, createStance },
        adopt,
      ),
    onSuccess: async (answer) => {
      await refreshAfterWrite(queryClient);
      onSaved({ ...answer, actorKind: actor?.mode === 'existing' ? actor.kind : (actor?.kind ?? null) });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = draftProblems({ actor, event, source, quote: choice?.quote ?? null, stance });
    setProblems(found);
    if (found.length === 0) save.mutate();
  };

  const requestClose = () => {
    if (save.isPending) return;
    if (dirty && !window.confirm('Close without saving? What you chose and typed here is lost.')) return;
    onClose();
  };
  // Escape is the dialog's own: the explorer's (close the panel) must not act on it too.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    requestClose();
  };
  const onCancel = (e: SyntheticEvent) => {
    e.preventDefault();
    requestClose();
  };

  return (
    <dialog
      ref={dialog}
      className="edit-dialog"
      aria-labelledby="add-stance-title"
      onKeyDown={onKeyDown}
      onCancel={onCancel}
      data-testid="add-stance"
    >
      <form className="edit-dialog__form" onSubmit={submit} noValidate>
        <header className="edit-dialog__header">
          <h2 id="add-stance-title" tabIndex={-1} autoFocus>
            Add a stance
          </h2>
          <button type="button" className="icon-button" onClick={requestClose} aria-label="Close without saving">
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
            </svg>
          </button>
        </header>
        <div className="edit-dialog__body">
          <ActorChoice value={actor} onChange={touched(setActor)} />
          <EventChoice value={event} onChange={changeEvent} events={events} />
          <SourceChoice
            eventId={event.mode === 'existing' ? event.id : null}
            value={source}
            onChange={changeSource}
            choice={choice}
            onChoice={touched(setChoice)}
            quoteKind={quoteKind}
            onQuoteKind={touched(setQuoteKind)}
          />
          <EditSection title="Stance">
            <RadioGroup
              legend="The actor’s stance on the event"
              name="add-stance"
              value={stance}
              options={STANCE_OPTIONS}
              onChange={touched((value: Stance) => setStance(value))}
              inline
            />
          </EditSection>
        </div>
        <footer className="edit-dialog__footer">
          <div role="alert" className={problems.length > 0 ? 'notice notice--error' : 'edit-form__alert-slot'}>
            {problems.length > 0 && (
              <>
                <p>Not saved yet:</p>
                <ul>
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
          {save.isError && (
            <SaveFailure
              error={save.error}
              storedOnTheWay={storedOnTheWay}
              onUseActor={(stored) => {
                setActor({ mode: 'existing', id: stored.id, name: stored.name, kind: stored.kind });
                save.reset();
              }}
              onUseStance={(stored) => {
                setStance(stored);
                save.reset();
              }}
              onOpenStance={onOpenStance}
            />
          )}
          <FormActions pending={save.isPending} label="Save stance" onCancel={requestClose} />
        </footer>
      </form>
    </dialog>
  );
}
