'use client';
/**
 * The article to propose stances from: pasted text or HTML, or a .txt / .html file read in the
 * browser, its title, publisher, address and date, and the event it reacts to.
 */
import { useState, type FormEvent } from 'react';
import type { ArticleInput } from '@/lib/client/data/ingest';
import { EventPicker } from './EventPicker';
import styles from './ingest.module.css';

export type ArticleDraft = ArticleInput & { fileName: string | null };

export const EMPTY_ARTICLE: ArticleDraft = {
  text: '',
  event: '',
  title: '',
  publisher: '',
  url: '',
  date: '',
  fileName: null,
};

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

export function ArticleForm({
  draft,
  onChange,
  onPropose,
  busy,
  replacing,
}: {
  draft: ArticleDraft;
  onChange: (patch: Partial<ArticleDraft>) => void;
  onPropose: () => void;
  busy: boolean;
  /** A review is on the page: proposing again replaces it. */
  replacing: boolean;
}) {
  const [fileError, setFileError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (draft.text.trim() && draft.event) onPropose();
  };
  const field = (name: 'title' | 'publisher' | 'url' | 'date', label: string, extra: object = {}) => (
    <div className={styles.field}>
      <label className="field-label" htmlFor={`ingest-${name}`}>
        {label}
      </label>
      <input
        id={`ingest-${name}`}
        value={draft[name]}
        disabled={busy}
        onChange={(e) => onChange({ [name]: e.target.value })}
        {...extra}
      />
    </div>
  );

  return (
    <form className={styles.card} onSubmit={submit} aria-label="The article">
      <div className={styles.field}>
        <label className="field-label" htmlFor="ingest-text">
          Article text or HTML
        </label>
        <textarea
          id="ingest-text"
          className={styles.pasteArea}
          value={draft.text}
          disabled={busy}
          rows={10}
          placeholder="Paste the report here: its text, or the page's HTML."
          onChange={(e) =>
            // Typed or pasted text is told apart from HTML by the server; only a file's name says which it is.
            onChange({ text: e.target.value, contentType: undefined, fileName: null })
          }
        />
      </div>
      <div className={styles.field}>
        <label className="field-label" htmlFor="ingest-file">
          Or a file (.txt or .html)
        </label>
        <input
          id="ingest-file"
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setFileError(null);
            readFile(file).then(
              (text) =>
                onChange({
                  text,
                  fileName: file.name,
                  contentType: /\.html?$/i.test(file.name) || file.type === 'text/html' ? 'text/html' : 'text/plain',
                }),
              () => setFileError(`${file.name} could not be read.`),
            );
          }}
        />
        {draft.fileName ? (
          <span className="muted">
            Read from {draft.fileName}
            {draft.contentType === 'text/html' ? ' (HTML: its main text is taken out)' : ''}.
          </span>
        ) : null}
        {fileError ? (
          <p className="notice notice--error" role="alert">
            {fileError}
          </p>
        ) : null}
      </div>
      <div className={styles.fieldRow}>
        {field('title', 'Title', { placeholder: 'From the page when left empty' })}
        {field('publisher', 'Publisher')}
        {field('url', 'Address (URL)', { type: 'url', placeholder: 'https://…' })}
        {field('date', 'Date', { inputMode: 'numeric', placeholder: '2025-07-03' })}
      </div>
      <EventPicker value={draft.event} onChange={(event) => onChange({ event })} disabled={busy} />
      <div className={styles.actions}>
        <button type="submit" className="button" disabled={busy || !draft.text.trim() || !draft.event}>
          {busy ? 'Proposing…' : 'Propose'}
        </button>
        <span className="muted">
          {!draft.text.trim()
            ? 'Paste an article or choose a file.'
            : !draft.event
              ? 'Choose the event it reacts to.'
              : replacing
                ? 'Proposing again replaces the review below.'
                : 'No stance is written until you save what you accept.'}
        </span>
      </div>
    </form>
  );
}
