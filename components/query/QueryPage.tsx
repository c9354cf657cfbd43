'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { errorMessage } from '@/lib/client/data/api';
import { consoleQuery, eventsQuery, questionAnswerQuery, questionListQuery } from '@/lib/client/data/queries';
import { answerSelection } from '@/lib/client/query-page/query-answer';
import { describeRunError, type SyntaxPosition } from '@/lib/client/query-page/query-errors';
import {
  QUERY_TABS,
  runKey,
  type ConsoleParams,
  type QueryTab,
  type QuestionInputs,
} from '@/lib/client/query-page/query-state';
import type { QueryAnswer } from '@/lib/types';
import { DetailPanel, type PanelNavigation } from '@/components/explorer/DetailPanel';
import { StatusBanner } from '@/components/explorer/StatusBanner';
import { SiteHeader } from '@/components/SiteNav';
import { AnswerPanel, type AnswerStatus } from './AnswerPanel';
import { CypherConsole } from './CypherConsole';
import type { CypherEditorHandle } from './CypherEditor';
import { QuestionForm } from './QuestionForm';
import { useConsoleHistory } from './use-console-history';
import { useQueryPageState } from './use-query-page-state';

const TAB_LABELS: Record<QueryTab, string> = { questions: 'Ready questions', console: 'Cypher console' };

/**
 * The query page: ready questions and the read-only Cypher console on the left, the answer (graph and
 * table) on the right. What is asked lives in the URL; the answer is fetched from it, so a link, a reload
 * and back/forward all show the same thing.
 */
export function QueryPage() {
  const { state, update } = useQueryPageState();
  const editorRef = useRef<CypherEditorHandle>(null);
  const pendingEditorFocus = useRef<SyntaxPosition | null>(null);
  const history = useConsoleHistory();
  // Until hydration the server's HTML shows but does nothing; tests (and styles) can tell the two apart.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  const questionsQ = useQuery(questionListQuery());
  const eventsQ = useQuery(eventsQuery());
  const questions = questionsQ.data?.questions ?? [];
  const events = eventsQ.data?.events ?? [];

  const questionRun = state.run?.kind === 'question' ? state.run : null;
  const cypherRun = state.run?.kind === 'cypher' ? state.run : null;
  const questionQ = useQuery({
    ...questionAnswerQuery(questionRun?.name ?? '', questionRun?.inputs ?? {}),
    enabled: questionRun !== null,
  });
  const consoleQ = useQuery({
    ...consoleQuery(cypherRun?.cypher ?? '', cypherRun?.params ?? {}),
    enabled: cypherRun !== null,
  });
  const active = questionRun ? questionQ : cypherRun ? consoleQ : null;
  const what = questionRun ? 'question' : cypherRun ? 'cypher' : null;
  const key = runKey(state.run);

  // Clicking an actor or event of the answer opens the explorer's panel for it, here; the explorer
  // itself is one link away (focus, or a related actor's shareable view).
  const router = useRouter();
  // The open panel is in the URL (select=), so a shared link opens it too and Back closes it.
  const selectedId = state.select;
  const setSelectedId = useCallback((id: string | null) => void update({ select: id }), [update]);
  const panelHeadingRef = useRef<HTMLHeadingElement>(null);
  const answerNodes = (questionRun ? questionQ.data : cypherRun ? consoleQ.data : undefined)?.graph.nodes;
  const selection = answerSelection(
    selectedId,
    answerNodes,
    events.map((e) => e.id),
  );
  const closePanel = useCallback(() => setSelectedId(null), [setSelectedId]);
  const openedId = selection?.id ?? null;
  useEffect(() => {
    if (openedId) panelHeadingRef.current?.focus();
  }, [openedId]);
  useEffect(() => {
    if (!openedId) return;
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') closePanel();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [openedId, closePanel]);
  const nav: PanelNavigation = useMemo(
    () => ({
      hrefFor: (id: string) => `/?select=${encodeURIComponent(id)}`,
      select: (id: string) => setSelectedId(id),
      focus: (actorId: string) =>
        router.push(`/?actor=${encodeURIComponent(actorId)}&select=${encodeURIComponent(actorId)}`),
      drillInto: (eventId: string) => router.push(`/?event=${encodeURIComponent(eventId)}`),
      focusedActor: null,
      // The Add stance flow belongs to the explorer, where its result is drawn.
      addStance: null,
    }),
    [router, setSelectedId],
  );

  // A console link opened in this tab was run here too: it belongs in the history.
  const recordedOnOpen = useRef(false);
  useEffect(() => {
    if (recordedOnOpen.current) return;
    recordedOnOpen.current = true;
    if (cypherRun) history.record(cypherRun.cypher, cypherRun.params);
  }, [cypherRun, history]);

  const answer: QueryAnswer | null = active?.data ?? null;
  let status: AnswerStatus;
  if (!active) status = 'idle';
  else if (active.isError && !active.isFetching) status = 'error';
  else if (answer) status = answer.rows.length === 0 ? 'empty' : 'ready';
  else status = 'loading';
  const runError = status === 'error' && active && what ? describeRunError(active.error, what) : null;

  const questionTitle = questionRun ? questions.find((q) => q.name === questionRun.name)?.title : undefined;
  const title = questionRun
    ? (questionQ.data?.title ?? questionTitle ?? questionRun.name)
    : cypherRun
      ? 'Console query'
      : 'Query the graph';

  useEffect(() => {
    document.title = `${state.run ? `${title} · ` : ''}Query · Stancegraph`;
  }, [title, state.run]);

  function runQuestion(name: string, inputs: QuestionInputs) {
    const changed = update({ tab: 'questions', run: { kind: 'question', name, inputs }, invalid: null, select: null });
    // The same question again: the URL stays, the answer is fetched afresh.
    if (!changed) void questionQ.refetch();
  }

  function runCypher(cypher: string, params: ConsoleParams) {
    history.record(cypher, params);
    const changed = update({ tab: 'console', run: { kind: 'cypher', cypher, params }, invalid: null, select: null });
    if (!changed) void consoleQ.refetch();
  }

  function showInEditor(position: SyntaxPosition) {
    if (state.tab === 'console') {
      editorRef.current?.focusAt(position.line, position.column);
      return;
    }
    // A hidden editor cannot take focus: open its tab, then focus once the tab is shown (below).
    pendingEditorFocus.current = position;
    update({ tab: 'console' }, 'replace');
  }

  useEffect(() => {
    const position = pendingEditorFocus.current;
    if (state.tab !== 'console' || !position) return;
    pendingEditorFocus.current = null;
    editorRef.current?.focusAt(position.line, position.column);
  }, [state.tab]);

  function selectTab(tab: QueryTab, focus = false) {
    update({ tab }, 'replace');
    if (focus) document.getElementById(`tab-${tab}`)?.focus();
  }

  function onTabKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const index = QUERY_TABS.indexOf(state.tab);
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % QUERY_TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + QUERY_TABS.length) % QUERY_TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = QUERY_TABS.length - 1;
    if (next === null) return;
    event.preventDefault();
    selectTab(QUERY_TABS[next], true);
  }

  return (
    <div
      className="explorer query-page"
      data-tab={state.tab}
      data-hydrated={hydrated || undefined}
      data-panel={selection ? 'open' : 'closed'}
    >
      <SiteHeader current="query" />

      <StatusBanner />

      <div className="workspace">
        <aside className="sidebar query-sidebar" aria-label="Ask">
          <div role="tablist" aria-label="Ask with" className="tabs">
            {QUERY_TABS.map((tab) => (
              <button
                key={tab}
                type="button"
                role="tab"
                id={`tab-${tab}`}
                aria-selected={state.tab === tab}
                aria-controls={`panel-${tab}`}
                tabIndex={state.tab === tab ? 0 : -1}
                className="tabs__tab"
                onClick={() => selectTab(tab)}
                onKeyDown={onTabKeyDown}
              >
                {TAB_LABELS[tab]}
              </button>
            ))}
          </div>

          <div
            role="tabpanel"
            id="panel-questions"
            aria-labelledby="tab-questions"
            hidden={state.tab !== 'questions'}
            className="tabs__panel"
          >
            {questionsQ.isError ? (
              <p className="notice notice--error" role="alert">
                The ready questions could not be loaded: {errorMessage(questionsQ.error)}
              </p>
            ) : questions.length === 0 ? (
              <p className="muted" role="status">
                Loading the questions…
              </p>
            ) : (
              <QuestionForm
                questions={questions}
                events={events}
                eventsLoading={eventsQ.isPending}
                moreEvents={(eventsQ.data?.total ?? 0) > events.length}
                current={questionRun}
                busy={questionRun !== null && questionQ.isFetching}
                onRun={runQuestion}
              />
            )}
          </div>

          <div
            role="tabpanel"
            id="panel-console"
            aria-labelledby="tab-console"
            hidden={state.tab !== 'console'}
            className="tabs__panel"
          >
            <CypherConsole
              current={cypherRun}
              invalid={state.invalid}
              busy={cypherRun !== null && consoleQ.isFetching}
              history={history.entries}
              onClearHistory={history.clear}
              onRun={runCypher}
              editorRef={editorRef}
            />
          </div>
        </aside>

        <main className="main" id="main">
          <AnswerPanel
            status={status}
            runKey={key}
            what={what}
            title={title}
            answer={status === 'error' ? null : answer}
            error={runError}
            refreshing={active !== null && active.isFetching && answer !== null}
            onRetry={() => void active?.refetch()}
            onShowInEditor={showInEditor}
            selectedId={selection ? selectedId : null}
            onSelect={setSelectedId}
          />
        </main>

        {selection && (
          <DetailPanel
            selection={selection}
            nav={nav}
            events={events}
            onClose={closePanel}
            headingRef={panelHeadingRef}
          />
        )}
      </div>
    </div>
  );
}
