'use client';

import dynamic from 'next/dynamic';
import { useId, useMemo, useState, type FormEvent, type RefObject } from 'react';
import { QUERY_MAX_LENGTH } from '@/lib/api/schemas';
import type { HistoryEntry } from '@/lib/client/query-page/query-history';
import { CONSOLE_EXAMPLES } from '@/lib/client/query-page/query-examples';
import {
  paramsToText,
  parseParamsText,
  runKey,
  type ConsoleParams,
  type InvalidConsoleLink,
  type QueryRun,
} from '@/lib/client/query-page/query-state';
import { schemaInsertion, type SchemaKind } from '@/lib/client/query-page/schema-insert';
import type { CypherEditorHandle } from './CypherEditor';
import { SchemaList } from './SchemaList';

// CodeMirror and the Cypher parser are large: only the console loads them, in the browser.
const CypherEditor = dynamic(() => import('./CypherEditor').then((m) => m.CypherEditor), {
  ssr: false,
  loading: () => (
    <div className="cypher-editor">
      <p className="cypher-editor__loading">Loading the editor…</p>
    </div>
  ),
});

/** The parameter names of the draft, for completion; none while its JSON does not parse. */
function parameterNamesOf(paramsText: string): string[] {
  const parsed = parseParamsText(paramsText);
  return parsed.ok ? Object.keys(parsed.params) : [];
}

type CypherRun = Extract<QueryRun, { kind: 'cypher' }>;

interface Props {
  /** The query the URL holds: the editor shows it when the URL changes (a link, back and forward). */
  current: CypherRun | null;
  invalid: InvalidConsoleLink | null;
  busy: boolean;
  history: HistoryEntry[];
  onClearHistory(): void;
  onRun(cypher: string, params: ConsoleParams): void;
  editorRef: RefObject<CypherEditorHandle | null>;
}

interface Draft {
  cypher: string;
  paramsText: string;
}

function draftOf(current: CypherRun | null, invalid: InvalidConsoleLink | null): Draft {
  if (current) return { cypher: current.cypher, paramsText: paramsToText(current.params) };
  if (invalid) return { cypher: invalid.cypher, paramsText: invalid.paramsText };
  return { cypher: '', paramsText: '' };
}

function firstLine(cypher: string): string {
  const line = cypher.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('//')) ?? cypher;
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The read-only Cypher console: an editor, parameters, examples to start from and this tab's history. */
export function CypherConsole({ current, invalid, busy, history, onClearHistory, onRun, editorRef }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(current, invalid));
  const [paramsOpen, setParamsOpen] = useState(() => draftOf(current, invalid).paramsText !== '');
  const [problem, setProblem] = useState<{ field: 'cypher' | 'params'; message: string } | null>(
    invalid ? { field: 'params', message: invalid.reason } : null,
  );

  // When the URL names another query (a link, back or forward), the editor follows it; typing does not touch the URL.
  const urlKey = current ? runKey(current) : invalid ? `invalid:${invalid.cypher}:${invalid.paramsText}` : '';
  const [seenKey, setSeenKey] = useState(urlKey);
  if (urlKey !== seenKey) {
    setSeenKey(urlKey);
    if (current || invalid) {
      const next = draftOf(current, invalid);
      setDraft(next);
      if (next.paramsText) setParamsOpen(true);
      setProblem(invalid ? { field: 'params', message: invalid.reason } : null);
    }
  }

  const parameterNames = useMemo(() => parameterNamesOf(draft.paramsText), [draft.paramsText]);

  function fill(cypher: string, params: ConsoleParams) {
    const paramsText = paramsToText(params);
    setDraft({ cypher, paramsText });
    setParamsOpen(paramsText !== '');
    setProblem(null);
    editorRef.current?.focus();
  }

  /** A name of the schema list, at the cursor; at the end while the editor is still loading. */
  function insertName(kind: SchemaKind, name: string) {
    if (editorRef.current?.insert((before) => schemaInsertion(kind, name, before))) return;
    setDraft((d) => ({ ...d, cypher: d.cypher + schemaInsertion(kind, name, d.cypher) }));
  }

  function run(event?: FormEvent) {
    event?.preventDefault();
    const cypher = draft.cypher.trim();
    if (cypher === '') {
      setProblem({ field: 'cypher', message: 'Write a query first, or start from an example below.' });
      editorRef.current?.focus();
      return;
    }
    if (cypher.length > QUERY_MAX_LENGTH) {
      setProblem({ field: 'cypher', message: `The query is longer than ${QUERY_MAX_LENGTH} characters.` });
      return;
    }
    const params = parseParamsText(draft.paramsText);
    if (!params.ok) {
      setParamsOpen(true);
      setProblem({ field: 'params', message: params.reason });
      document.getElementById(`${id}-params`)?.focus();
      return;
    }
    setProblem(null);
    // The server reports line and column of what it was sent: keep the editor identical to it.
    if (cypher !== draft.cypher) setDraft((d) => ({ ...d, cypher }));
    onRun(cypher, params.params);
  }

  return (
    <div className="console">
      <form className="console__form" onSubmit={run} aria-label="Cypher console">
        <div className="console__label-row">
          <label id={`${id}-label`} htmlFor={`${id}-editor`} className="field-label">
            Cypher query
          </label>
          <span id={`${id}-hint`} className="console__hint">
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd> or <kbd>⌘</kbd>+<kbd>Enter</kbd> runs · read-only
          </span>
        </div>
        <CypherEditor
          id={`${id}-editor`}
          labelledBy={`${id}-label`}
          handle={editorRef}
          value={draft.cypher}
          parameterNames={parameterNames}
          onChange={(cypher) => setDraft((d) => ({ ...d, cypher }))}
          onRun={() => run()}
          describedBy={[`${id}-hint`, problem?.field === 'cypher' ? `${id}-problem` : null].filter(Boolean).join(' ')}
          invalid={problem?.field === 'cypher'}
        />
        <details className="console__params" open={paramsOpen} onToggle={(e) => setParamsOpen(e.currentTarget.open)}>
          <summary>Parameters{draft.paramsText.trim() ? ' (set)' : ''}</summary>
          <label htmlFor={`${id}-params`} className="sr-only">
            Parameters as a JSON object
          </label>
          <textarea
            id={`${id}-params`}
            className="console__params-input"
            rows={2}
            value={draft.paramsText}
            onChange={(e) => setDraft((d) => ({ ...d, paramsText: e.target.value }))}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) run(e);
            }}
            placeholder='{"event": "russia-recognizes-taliban"}'
            spellCheck={false}
            aria-describedby={problem?.field === 'params' ? `${id}-problem` : `${id}-params-hint`}
            aria-invalid={problem?.field === 'params' || undefined}
            data-testid="cypher-params"
          />
          <p id={`${id}-params-hint`} className="console__hint">
            A JSON object; use them as <code>$name</code>. Whole numbers become integers.
          </p>
        </details>
        {problem && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem.message}
          </p>
        )}
        <div className="console__actions">
          <button type="submit" className="button" aria-describedby={`${id}-hint`}>
            {busy ? 'Running…' : 'Run'}
          </button>
          <button
            type="button"
            className="button button--ghost"
            onClick={() => fill('', {})}
            disabled={draft.cypher === '' && draft.paramsText === ''}
          >
            Clear
          </button>
        </div>
      </form>

      <SchemaList onInsert={insertName} />

      <section className="console__section" aria-labelledby={`${id}-examples`}>
        <h2 id={`${id}-examples`} className="field-label">
          Examples
        </h2>
        <ul className="example-list">
          {CONSOLE_EXAMPLES.map((example) => (
            <li key={example.id}>
              <button
                type="button"
                className="example"
                onClick={() => fill(example.cypher, example.params)}
                aria-describedby={`${id}-example-${example.id}`}
                data-testid={`example-${example.id}`}
              >
                <span className="example__title">{example.title}</span>
                <span id={`${id}-example-${example.id}`} className="example__description">
                  {example.description}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section className="console__section" aria-labelledby={`${id}-history`}>
        <div className="console__label-row">
          <h2 id={`${id}-history`} className="field-label">
            History <span className="console__hint">(this tab)</span>
          </h2>
          {history.length > 0 && (
            <button type="button" className="link-button small" onClick={onClearHistory}>
              Clear history
            </button>
          )}
        </div>
        {history.length === 0 ? (
          <p className="muted small">Queries you run are listed here until you close the tab.</p>
        ) : (
          <ol className="history-list" data-testid="query-history">
            {history.map((entry) => (
              <li key={`${entry.at}-${entry.cypher}`}>
                <button
                  type="button"
                  className="history-item"
                  onClick={() => fill(entry.cypher, entry.params)}
                  title={entry.cypher}
                  aria-label={`Put back in the editor: ${entry.cypher}`}
                >
                  <code className="history-item__text">{firstLine(entry.cypher)}</code>
                  <time className="history-item__time" dateTime={new Date(entry.at).toISOString()}>
                    {TIME.format(entry.at)}
                  </time>
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
