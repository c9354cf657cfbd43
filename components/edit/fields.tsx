'use client';
/** The editors' form fields: a labelled text input or area, a set of radio buttons, an error line. */
import { useId, type ReactNode, type Ref } from 'react';

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
