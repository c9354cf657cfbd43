'use client';
/**
 * The editors' form fields: a labelled text input or area, a labelled select, a set of radio buttons,
 * a section of a larger form, an error line, and the Save and Cancel buttons.
 */
import { useId, type ReactNode, type Ref } from 'react';
import { ACTOR_KINDS, type ActorKind } from '@/lib/domain';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import { LIMITS } from '@/lib/model/limits';

interface TextFieldProps {
  label: string;
  /** Said beside the label: "optional", "one per line". */
  note?: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
  maxLength?: number;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url';
  placeholder?: string;
  autoFocus?: boolean;
  /** Help under the field, part of its description. */
  hint?: ReactNode;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  name?: string;
}

export function TextField({
  label,
  note,
  value,
  onChange,
  required,
  maxLength,
  multiline,
  rows = 3,
  type = 'text',
  placeholder,
  autoFocus,
  hint,
  invalid,
  inputRef,
  name,
}: TextFieldProps) {
  const id = useId();
  const common = {
    id,
    name,
    value,
    required,
    maxLength,
    placeholder,
    autoFocus,
    'aria-invalid': invalid || undefined,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    className: 'edit-input',
  };
  return (
    <div className="edit-field">
      <label className="field-label" htmlFor={id}>
        {label}
        {/* The space keeps label and note two words when read out. */}
        {(note ?? (required ? undefined : 'optional')) && (
          <>
            {' '}
            <span className="field-label__note">{note ?? 'optional'}</span>
          </>
        )}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} ref={inputRef} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="edit-field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface Option<T extends string> {
  value: T;
  label: ReactNode;
  /** A line under the option. */
  hint?: ReactNode;
}

export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  inline,
}: {
  legend: ReactNode;
  name: string;
  value: T | null;
  options: readonly Option<T>[];
  onChange(value: T): void;
  inline?: boolean;
}) {
  const id = useId();
  return (
    <fieldset className={`edit-radios${inline ? ' edit-radios--inline' : ''}`}>
      <legend className="field-label">{legend}</legend>
      {options.map((option) => (
        <label key={option.value} className="edit-radios__option">
          <input
            type="radio"
            name={`${name}-${id}`}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>
            {option.label}
            {option.hint && <span className="edit-radios__hint">{option.hint}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Always in the page, so that a screen reader announces a message when one appears. */
export function FormError({ message }: { message: string | null }) {
  return (
    <div role="alert" className={message ? 'notice notice--error' : 'edit-form__alert-slot'}>
      {message}
    </div>
  );
}

/** Why a stance changes or goes: the history keeps it beside the change. */
export function ReasonField({
  value,
  onChange,
  placeholder,
  autoFocus,
}: {
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  return (
    <TextField
      label="Reason"
      note="required, kept in the history"
      value={value}
      onChange={onChange}
      required
      maxLength={LIMITS.title}
      placeholder={placeholder}
      autoFocus={autoFocus}
    />
  );
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  /** Option labels are plain text: an option cannot hold markup. */
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}) {
  const id = useId();
  return (
    <div className="edit-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const KIND_OPTIONS = ACTOR_KINDS.map((kind) => ({ value: kind, label: KIND_STYLES[kind].label }));

export function ActorKindField({ value, onChange }: { value: ActorKind; onChange(kind: ActorKind): void }) {
  return <SelectField label="Kind" value={value} options={KIND_OPTIONS} onChange={onChange} />;
}

/** One part of a larger form (the Add stance dialog's actor, event, source, stance). */
export function EditSection({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  return (
    <fieldset className="edit-section" data-testid={testId}>
      <legend className="edit-section__title">{title}</legend>
      {children}
    </fieldset>
  );
}

/** Save and Cancel: neither answers while the save is under way. */
export function FormActions({
  pending,
  label,
  pendingLabel = 'Saving…',
  danger,
  onCancel,
}: {
  pending: boolean;
  label: string;
  pendingLabel?: string;
  danger?: boolean;
  onCancel(): void;
}) {
  return (
    <div className="edit-form__actions">
      <button type="submit" className={danger ? 'button button--danger' : 'button'} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      <button type="button" className="button button--ghost" onClick={onCancel} disabled={pending}>
        Cancel
      </button>
    </div>
  );
}
