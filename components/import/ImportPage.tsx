'use client';
/**
 * The import page: choose a CSV or JSON file, preview what it would change (every invalid row with
 * its row number and reason), then import it with a progress bar. Interrupted imports are listed
 * with how to complete them. Talks to POST/GET /api/import. Importing needs an editor's session: signed
 * out, the page offers to sign in instead of a form that would be refused.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SiteHeader } from '@/components/SiteNav';
import { UserText } from '@/components/UserText';
import { ApiRequestError, errorMessage } from '@/lib/client/data/api';
import { queryKeys, sessionQuery } from '@/lib/client/data/queries';
import { signInHref } from '@/lib/client/next-path';
import type { ChangeCounts, ImportProblem, ImportProgress, ImportReport } from '@/lib/import';
import type { ImportRunList, ImportStreamLine } from '@/lib/types';
import Link from 'next/link';

const COLUMNS =
  'actor, actor_kind, event, event_date, stance, stated_on, quote, quote_kind, source_title, source_url, source_date';
const SHOWN_PROBLEMS = 200;

async function runImport(file: File, dryRun: boolean, onProgress: (p: ImportProgress) => void): Promise<ImportReport> {
  const params = new URLSearchParams({ name: file.name, dryRun: dryRun ? '1' : '0' });
  const response = await fetch(`/api/import?${params}`, {
    method: 'POST',
    body: file,
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new ApiRequestError(body.error ?? `The server answered ${response.status}.`, response.status);
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = JSON.parse(buffer.slice(0, newline)) as ImportStreamLine;
      buffer = buffer.slice(newline + 1);
      if (line.type === 'progress') onProgress(line);
      else if (line.type === 'report') return line.report;
      else throw new Error(line.error);
      newline = buffer.indexOf('\n');
    }
    if (done)
      throw new Error('The server stopped answering before the import finished; import the file again to complete it.');
  }
}

function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

function ProgressBar({ progress }: { progress: ImportProgress }) {
  const percent = Math.floor(progress.fraction * 100);
  const label =
    progress.phase === 'validate'
      ? 'Checking every row'
      : progress.phase === 'compare'
        ? 'Comparing with the database'
        : 'Writing';
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress__label">
        {label}: {formatNumber(progress.rows)}
        {progress.totalRows !== undefined ? ` of ${formatNumber(progress.totalRows)}` : ''} rows ·{' '}
        {formatNumber(progress.rowsPerSecond)} rows/s
        {progress.etaSeconds !== null ? ` · about ${progress.etaSeconds} s left` : ''}
      </div>
      <progress max={100} value={percent} aria-label={`${label}, ${percent}%`}>
        {percent}%
      </progress>
    </div>
  );
}

function CountsTable({ report }: { report: ImportReport }) {
  const rows: [string, ChangeCounts][] = [
    ['Actors', report.actors],
    ['Events', report.events],
    ['Sources', report.sources],
    ...(report.format === 'json' ? ([['Relations', report.relations]] as [string, ChangeCounts][]) : []),
    ['Stances', report.stances],
    ['Quotes', report.evidence],
  ];
  return (
    <table className="actor-table import-counts">
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">new</th>
          <th scope="col">updated</th>
          <th scope="col">unchanged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([name, c]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{formatNumber(c.new)}</td>
            <td>{formatNumber(c.updated)}</td>
            <td>{formatNumber(c.unchanged)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function shownValue(value: string | string[] | null): string {
  if (value === null) return '(none)';
  return Array.isArray(value) ? value.join(', ') : value;
}

/** Each stored field the import changes, so nobody rewrites the record without seeing it. */
function ChangesTable({ report }: { report: ImportReport }) {
  if (report.changeCount === 0) return null;
  return (
    <div className="notice" role="status" aria-label="Changes to stored data">
      <p>
        {formatNumber(report.changeCount)} {report.changeCount === 1 ? 'field' : 'fields'} of stored data{' '}
        {report.dryRun ? 'would change' : 'changed'}
        {report.changes.length < report.changeCount ? ` (the first ${formatNumber(report.changes.length)} listed)` : ''}
        :
      </p>
      <table className="actor-table import-changes">
        <thead>
          <tr>
            <th scope="col">what</th>
            <th scope="col">field</th>
            <th scope="col">from</th>
            <th scope="col">to</th>
          </tr>
        </thead>
        <tbody>
          {report.changes.map((c) => (
            <tr key={`${c.entity}-${c.id}-${c.field}`}>
              <td>
                {c.entity} <UserText>{c.id}</UserText>
              </td>
              <td>{c.field}</td>
              <td>
                <UserText>{shownValue(c.from)}</UserText>
              </td>
              <td>
                <UserText>{shownValue(c.to)}</UserText>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Problems({ report }: { report: ImportReport }) {
  const shown: ImportProblem[] = report.problems.slice(0, SHOWN_PROBLEMS);
  return (
    <div className="notice notice--error" role="alert">
      <p>
        {formatNumber(report.invalidRows)} of {formatNumber(report.rows)} rows are invalid, so nothing will be written.
        Fix them and choose the file again.
      </p>
      <table className="actor-table import-problems">
        <thead>
          <tr>
            <th scope="col">{report.format === 'csv' ? 'row' : 'item'}</th>
            <th scope="col">reason</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={`${p.section ?? ''}-${p.row}`}>
              <td>
                {p.section ? `${p.section} ${p.row}` : p.row}
                {p.line !== undefined && p.line !== p.row ? ` (line ${p.line})` : ''}
              </td>
              <td>
                <UserText>{p.message}</UserText>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.invalidRows > shown.length ? (
        <p className="muted">
          … and {formatNumber(report.invalidRows - shown.length)} more (the CLI lists them all: npm run import --
          --dry-run FILE).
        </p>
      ) : null}
    </div>
  );
}

/** Instead of the form, for someone not signed in (or not known yet). */
function SignInFirst({ checking, problem }: { checking: boolean; problem: string | null }) {
  if (checking)
    return (
      <p className="import-card muted" role="status">
        Checking whether you are signed in…
      </p>
    );
  return (
    <section className="import-card" aria-label="Sign in to import">
      {problem ? (
        <p className="notice notice--error" role="alert">
          Could not check whether you are signed in: {problem}
        </p>
      ) : null}
      <p>
        Importing changes the graph, so it needs an editor&apos;s account.{' '}
        <Link href={signInHref('/import')}>Sign in</Link> to import a file.
      </p>
    </section>
  );
}

export function ImportPage() {
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery());
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [preview, setPreview] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [runs, setRuns] = useState<ImportRunList['runs']>([]);
  const input = useRef<HTMLInputElement>(null);

  const loadRuns = useCallback(async () => {
    const response = await fetch('/api/import');
    if (response.ok) setRuns(((await response.json()) as ImportRunList).runs);
  }, []);

  useEffect(() => {
    void loadRuns();
  }, [loadRuns]);

  const go = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setProgress(null);
    if (dryRun) setPreview(null);
    setResult(null);
    try {
      const report = await runImport(file, dryRun, setProgress);
      if (dryRun) setPreview(report);
      else setResult(report);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      // The session ended meanwhile (signed out elsewhere, account removed): the page offers to sign in.
      if (e instanceof ApiRequestError && e.status === 401)
        void queryClient.invalidateQueries({ queryKey: queryKeys.session() });
    } finally {
      setBusy(false);
      setProgress(null);
      void loadRuns();
    }
  };

  const incomplete = runs.filter((r) => r.status === 'incomplete');
  return (
    <>
      <SiteHeader current="import" />
      <main id="main" className="main import-page">
        <header>
          <h1>Import data</h1>
          <p className="muted">
            A CSV of stances (header required, UTF-8; columns <code>{COLUMNS}</code>; one row per quote) or a
            Stancegraph JSON export. A CSV may name actors and events by id (<code>fawzia-koofi</code>), name, alias or
            title, in any case (&quot;fawzia kofi&quot;); a name two stored ones share is refused. Every stance needs a
            quote, and where the source&apos;s text is stored the quote must be in it. <code>quote_kind</code> is{' '}
            <code>direct</code> when the quote is the actor&apos;s own words, else <code>reported</code> (the
            source&apos;s account); left out, a quote is reported, and a quote already stored keeps its kind.{' '}
            <code>stated_on</code> is when the stance was stated (2025, 2025-07 or 2025-07-03); left out, its
            source&apos;s date, else its event&apos;s. Nothing is written until the whole file is valid.
          </p>
        </header>

        {incomplete.length > 0 ? (
          <div className="notice" role="status">
            {incomplete.map((r) => (
              <p key={r.id}>
                The import of{' '}
                <strong>
                  <UserText>{r.fileName}</UserText>
                </strong>{' '}
                was interrupted after {formatNumber(r.rowsDone)} of {formatNumber(r.rows)} rows. Import the same file
                again to complete it; rows already written are not written twice.
              </p>
            ))}
          </div>
        ) : null}

        {!session.data?.user ? (
          <SignInFirst checking={session.isPending} problem={session.isError ? errorMessage(session.error) : null} />
        ) : (
          <section className="import-card">
            <label className="field-label" htmlFor="import-file">
              File (.csv or .json)
            </label>
            <input
              id="import-file"
              ref={input}
              type="file"
              accept=".csv,.json,text/csv,application/json"
              disabled={busy}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setPreview(null);
                setResult(null);
                setError(null);
              }}
            />
            <div className="import-actions">
              <button
                type="button"
                className="button button--secondary"
                disabled={!file || busy}
                onClick={() => void go(true)}
              >
                Preview changes
              </button>
              <button
                type="button"
                className="button"
                disabled={!file || busy || !preview || preview.invalidRows > 0}
                onClick={() => void go(false)}
              >
                Import
              </button>
            </div>
            {progress ? <ProgressBar progress={progress} /> : null}
            {error ? (
              <p className="notice notice--error" role="alert">
                {error}
              </p>
            ) : null}
          </section>
        )}

        {preview && !result ? (
          <section className="import-card" aria-label="Preview">
            <h2>
              Preview of <UserText>{preview.file}</UserText>
            </h2>
            {preview.invalidRows > 0 ? (
              <Problems report={preview} />
            ) : (
              <>
                <p>All {formatNumber(preview.rows)} rows are valid. Importing would change:</p>
                <CountsTable report={preview} />
                <ChangesTable report={preview} />
              </>
            )}
          </section>
        ) : null}

        {result ? (
          <section className="import-card" aria-label="Result">
            <h2>
              Imported <UserText>{result.file}</UserText>
            </h2>
            <p className="banner banner--ok" role="status">
              {formatNumber(result.rows)} rows in {result.seconds} s ({formatNumber(result.rowsPerSecond)} rows/s)
              {result.resumedAfterRow
                ? `, completing an interrupted import after row ${formatNumber(result.resumedAfterRow)}`
                : ''}
              . <Link href="/">See the graph</Link>.
            </p>
            <CountsTable report={result} />
            <ChangesTable report={result} />
          </section>
        ) : null}

        {runs.length > 0 ? (
          <section className="import-card" aria-label="Recent imports">
            <h2>Recent imports</h2>
            <table className="actor-table">
              <thead>
                <tr>
                  <th scope="col">file</th>
                  <th scope="col">status</th>
                  <th scope="col">rows</th>
                  <th scope="col">started</th>
                </tr>
              </thead>
              <tbody>
                {runs.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <UserText>{r.fileName}</UserText>
                    </td>
                    <td>{r.status}</td>
                    <td>
                      {formatNumber(r.rowsDone)} / {formatNumber(r.rows)}
                    </td>
                    <td>{r.startedAt ? new Date(r.startedAt).toLocaleString() : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ) : null}
      </main>
    </>
  );
}
