'use client';

import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { ACTOR_KINDS, MAX_DEPTH, STANCES } from '@/lib/domain';
import { KIND_STYLES, STANCE_STYLES } from '@/lib/client/drawing/styles';
import {
  inputProblems,
  missingFields,
  questionFormInputs,
  runKey,
  type QueryRun,
  type QuestionInputs,
} from '@/lib/client/query-page/query-state';
import type { EventSummary, QuestionField, QuestionSummary } from '@/lib/types';
import { KindIcon } from '@/components/explorer/Symbols';
import { EventSearch } from '@/components/explorer/EventSearch';
import { eventQuery } from '@/lib/client/data/queries';
import { ActorPicker } from './ActorPicker';

type QuestionRun = Extract<QueryRun, { kind: 'question' }>;

interface Props {
  questions: QuestionSummary[];
  events: EventSummary[];
  eventsLoading: boolean;
  /** More events are stored than `events` lists: the form offers the event search. */
  moreEvents: boolean;
  /** The question the URL holds: the form shows it when the URL changes (a link, back and forward). */
  current: QuestionRun | null;
  busy: boolean;
  onRun(name: string, inputs: QuestionInputs): void;
}

const FIELD_LABELS: Record<string, string> = {
  actor: 'Actor',
  from: 'From actor',
  to: 'To actor',
  event: 'Event',
  stance: 'Stance',
  kind: 'Kinds of actor',
  hops: 'Hops',
};

function fieldLabel(field: QuestionField): string {
  return field.label ?? FIELD_LABELS[field.name] ?? field.name.charAt(0).toUpperCase() + field.name.slice(1);
}

function missingMessage(field: QuestionField): string {
  return field.input === 'actor'
    ? `Choose an actor for “${fieldLabel(field)}”.`
    : field.input === 'year'
      ? 'Give a year, like 2025.'
      : `Choose the ${fieldLabel(field).toLowerCase()}.`;
}

/** A form per ready question: pick the question, then its inputs; submitting puts it in the URL, which runs it. */
export function QuestionForm({ questions, events, eventsLoading, moreEvents, current, busy, onRun }: Props) {
  const id = useId();
  const [name, setName] = useState(current?.name ?? '');
  const [inputs, setInputs] = useState<QuestionInputs>(current?.inputs ?? {});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fieldRefs = useRef<Record<string, HTMLElement | null>>({});

  const urlKey = runKey(current);
  const [seenKey, setSeenKey] = useState(urlKey);
  if (urlKey !== seenKey) {
    setSeenKey(urlKey);
    if (current) {
      setName(current.name);
      setInputs(current.inputs);
      setErrors({});
    }
  }

  const question = questions.find((q) => q.name === name) ?? questions[0];
  // An event past the newest page (a link's, or the search's): read on its own, listed by its title.
  const eventField = question?.fields.find((f) => f.input === 'event');
  const chosenEvent = eventField ? (inputs[eventField.name]?.[0] ?? null) : null;
  const unlistedEvent = chosenEvent && !events.some((e) => e.id === chosenEvent) ? chosenEvent : null;
  const unlistedQ = useQuery({
    ...eventQuery(unlistedEvent ?? ''),
    enabled: unlistedEvent !== null && !eventsLoading,
    retry: false,
  });
  if (!question) return null;
  const newestEvent = events[0]?.id ?? null;
  const values = questionFormInputs(question.fields, inputs, newestEvent);
  const unknownQuestion = current !== null && current.name === name && !questions.some((q) => q.name === name);

  function set(field: string, next: string[]) {
    setInputs((old) => ({ ...old, [field]: next }));
    setErrors((old) => {
      const { [field]: _gone, ...rest } = old;
      return rest;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = missingFields(question.fields, values);
    const problems = [
      ...missing.map((f): [string, string] => [f.name, missingMessage(f)]),
      ...inputProblems(question.fields, values),
    ];
    if (problems.length > 0) {
      setErrors(Object.fromEntries(problems));
      fieldRefs.current[problems[0][0]]?.focus();
      return;
    }
    setErrors({});
    onRun(question.name, values);
  }

  function renderField(field: QuestionField) {
    const fieldId = `${id}-${field.name}`;
    const error = errors[field.name] ?? null;
    const value = values[field.name] ?? [];
    const label = fieldLabel(field);
    const note = <span className="field-label__note">{field.required ? 'required' : 'optional'}</span>;
    const errorText = error && (
      <p id={`${fieldId}-error`} className="field-error">
        {error}
      </p>
    );
    /** A labelled select for this field, with its error, focusable when the form finds it missing. */
    const selectField = (selected: string, onChange: (value: string) => void, options: ReactNode) => (
      <div key={field.name} className="form-field">
        <label htmlFor={fieldId} className="field-label">
          {label} {note}
        </label>
        <select
          id={fieldId}
          ref={(el) => {
            fieldRefs.current[field.name] = el;
          }}
          className="select form-field__control"
          value={selected}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${fieldId}-error` : undefined}
        >
          {options}
        </select>
        {errorText}
      </div>
    );

    /** A labelled text or number box for this field, with its error, focusable like the selects. */
    const inputField = (props: InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
      <div key={field.name} className="form-field">
        <label htmlFor={fieldId} className="field-label">
          {label} {note}
        </label>
        <input
          {...props}
          id={fieldId}
          ref={(el) => {
            fieldRefs.current[field.name] = el;
          }}
          className="edit-input form-field__control"
          // What was typed, even when emptied: an empty box is asked with its default, but shows empty while typing.
          value={inputs[field.name]?.[0] ?? value[0] ?? ''}
          onChange={(e) => set(field.name, [e.target.value])}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [error ? `${fieldId}-error` : '', hint ? `${fieldId}-hint` : ''].join(' ').trim() || undefined
          }
        />
        {hint && (
          <p id={`${fieldId}-hint`} className="console__hint">
            {hint}
          </p>
        )}
        {errorText}
      </div>
    );

    switch (field.input) {
      case 'date':
        return inputField({ placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', maxLength: 10 }, 'Empty: no limit.');
      case 'year':
        return inputField({ placeholder: 'YYYY', inputMode: 'numeric', maxLength: 4 });
      case 'number':
        return inputField({ type: 'number', min: field.min, max: field.max, step: field.step });
      case 'choice':
        return selectField(
          value[0] ?? field.default ?? '',
          (v) => set(field.name, [v]),
          (field.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          )),
        );
      case 'actor':
        return (
          <ActorPicker
            key={field.name}
            name={field.name}
            label={label}
            required={field.required}
            value={value[0] ?? null}
            error={error}
            onChange={(actor) => set(field.name, actor ? [actor] : [])}
            inputRef={(el) => {
              fieldRefs.current[field.name] = el;
            }}
          />
        );
      case 'event': {
        const read = unlistedQ.data && unlistedQ.data.id === value[0] ? [unlistedQ.data] : [];
        const listed = [...read, ...events];
        // Listed by its id until it is read.
        const unlisted = value[0] && !listed.some((e) => e.id === value[0]) ? value[0] : null;
        const picker = selectField(
          value[0] ?? '',
          (v) => set(field.name, v ? [v] : []),
          <>
            {!field.required || value.length === 0 ? (
              <option value="">
                {eventsLoading ? 'Loading events…' : field.required ? 'Choose an event' : 'Any event'}
              </option>
            ) : null}
            {unlisted && <option value={unlisted}>{unlisted}</option>}
            {listed.map((e) => (
              <option key={e.id} value={e.id}>
                {e.date ? `${e.date.slice(0, 4)} · ` : ''}
                {e.title}
              </option>
            ))}
          </>,
        );
        if (!moreEvents) return picker;
        return (
          <div key={field.name} className="form-field-group">
            {picker}
            <EventSearch
              label="Or find an older event"
              testId={`${fieldId}-search`}
              onChoose={(hit) => set(field.name, [hit.id])}
            />
          </div>
        );
      }
      case 'stance':
        return selectField(
          value[0] ?? '',
          (v) => set(field.name, v ? [v] : []),
          <>
            {!field.required && <option value="">Any stance</option>}
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {STANCE_STYLES[stance].label}
              </option>
            ))}
          </>,
        );
      case 'kind':
        return (
          <fieldset key={field.name} className="form-field kind-filter" aria-describedby={`${fieldId}-hint`}>
            <legend className="field-label">
              {label} {note}
            </legend>
            <p id={`${fieldId}-hint`} className="console__hint">
              None ticked: every kind.
            </p>
            {ACTOR_KINDS.map((kind) => (
              <label key={kind} className="kind-option">
                <input
                  type="checkbox"
                  checked={value.includes(kind)}
                  onChange={(e) =>
                    set(field.name, e.target.checked ? [...value, kind] : value.filter((k) => k !== kind))
                  }
                />
                <KindIcon kind={kind} />
                <span className="kind-option__label">{KIND_STYLES[kind].label}</span>
              </label>
            ))}
          </fieldset>
        );
      case 'hops':
        return selectField(
          value[0] ?? '1',
          (v) => set(field.name, [v]),
          Array.from({ length: MAX_DEPTH }, (_, i) => String(i + 1)).map((hops) => (
            <option key={hops} value={hops}>
              {hops === '1' ? '1 hop' : `${hops} hops`}
            </option>
          )),
        );
    }
  }

  return (
    <form className="question-form" onSubmit={submit} noValidate aria-label="Ready question">
      <div className="form-field">
        <label htmlFor={`${id}-question`} className="field-label">
          Question
        </label>
        <select
          id={`${id}-question`}
          className="select form-field__control"
          value={question.name}
          onChange={(e) => {
            setName(e.target.value);
            setErrors({});
          }}
          aria-describedby={`${id}-description`}
          data-testid="question-select"
        >
          {questions.map((q) => (
            <option key={q.name} value={q.name}>
              {q.title}
            </option>
          ))}
        </select>
        <p id={`${id}-description`} className="question-form__description">
          {question.description}
        </p>
        {unknownQuestion && (
          <p className="field-error" role="alert">
            The link asks a question that does not exist (“{current?.name}”).
          </p>
        )}
      </div>
      {question.fields.map(renderField)}
      <div className="console__actions">
        <button type="submit" className="button">
          {busy ? 'Asking…' : 'Ask'}
        </button>
      </div>
    </form>
  );
}
