'use client';
/**
 * /ingest: from a news report to reviewed stances. The editor pastes or uploads the article and picks
 * the event; the server proposes who took which stance, where (POST /api/ingest, nothing written);
 * the editor accepts, corrects or rejects each proposal beside the highlighted text, then saves the
 * accepted ones through the editors' write path. The review stays on the page whatever a save does,
 * so a refused row can be fixed and saved again. Signed out, the page offers to sign in instead.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { SiteHeader } from '@/components/SiteNav';
import { UserText } from '@/components/UserText';
import { ApiRequestError, errorMessage } from '@/lib/client/data/api';
import { proposeStances, saveReview } from '@/lib/client/data/ingest';
import { eventsQuery, queryKeys, sessionQuery } from '@/lib/client/data/queries';
import { plural } from '@/lib/client/format';
import { keep, readKept } from '@/lib/client/ingest/kept';
import { applySave, isDone, reviewFrom, withSpan, type Review, type ReviewRow } from '@/lib/client/ingest/review';
import { signInHref } from '@/lib/client/next-path';
import { ArticleForm, EMPTY_ARTICLE, type ArticleDraft } from './ArticleForm';
import { ArticleView } from './ArticleView';
import { ProposalList } from './ProposalList';
import { RelationList, StoredNotice, UnnamedList } from './ReviewParts';
import styles from './ingest.module.css';

function SignInFirst({ checking, problem }: { checking: boolean; problem: string | null }) {
  if (checking)
    return (
      <p className={`${styles.card} muted`} role="status">
        Checking whether you are signed in…
      </p>
    );
  return (
    <section className={styles.card} aria-label="Sign in to review an article">
      {problem ? (
        <p className="notice notice--error" role="alert">
          Could not check whether you are signed in: {problem}
        </p>
      ) : null}
      <p>
        Stances proposed from an article are stored in the graph once reviewed, so this needs an editor&apos;s account.{' '}
        <Link href={signInHref('/ingest')}>Sign in</Link> to review an article.
      </p>
    </section>
  );
}

function SaveCard({
  review,
  title,
  saving,
  stopped,
  onSave,
}: {
  review: Review;
  title: string;
  saving: boolean;
  stopped: string | null;
  onSave: () => void;
}) {
  const pending = (rows: { decision: string; outcome: ReviewRow['outcome'] }[]) =>
    rows.filter((r) => r.decision === 'accepted' && !isDone(r.outcome)).length;
  const [stances, relations] = [pending(review.rows), pending(review.relations)];
  const all = [...review.rows, ...review.relations];
  const done = all.filter((r) => isDone(r.outcome)).length;
  const refused = all.filter((r) => r.outcome?.state === 'refused').length;
  return (
    <section className={styles.card} aria-labelledby="ingest-save-title">
      <h2 id="ingest-save-title" className={styles.columnTitle}>
        Save
      </h2>
      <p>
        {stances + relations === 0
          ? 'Accept proposals to save them.'
          : `${plural(stances, 'stance')} and ${plural(relations, 'relation')} accepted, not saved yet.`}{' '}
        {review.sourceId
          ? 'They will cite the stored article.'
          : 'The article is stored first, with its full text, then the new actors they name.'}
      </p>
      {!title && stances + relations > 0 ? (
        <p className="notice notice--error" role="alert">
          Give the article a title (above) to store it.
        </p>
      ) : null}
      <div className={styles.actions}>
        <button
          type="button"
          className="button"
          disabled={saving || stances + relations === 0 || !title}
          onClick={onSave}
        >
          {saving ? 'Saving…' : 'Save accepted'}
        </button>
      </div>
      {stopped ? (
        <p className="notice notice--error" role="alert">
          {stopped} Nothing was lost: the review is still here, save again when it is fixed.
        </p>
      ) : null}
      {done > 0 ? (
        <p className="banner banner--ok" role="status">
          {plural(done, 'row')} saved{refused ? `, ${refused} refused (each says why)` : ''}.{' '}
          <Link href={`/?event=${encodeURIComponent(review.event)}`}>See the event in the explorer</Link>
        </p>
      ) : refused > 0 ? (
        <p className="notice notice--error" role="status">
          {plural(refused, 'row')} refused; each says why.
        </p>
      ) : null}
    </section>
  );
}

export function IngestPage() {
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery());
  const events = useQuery(eventsQuery());
  const [draft, setDraft] = useState<ArticleDraft>(EMPTY_ARTICLE);
  const [review, setReview] = useState<Review | null>(null);
  const [quoting, setQuoting] = useState<string | null>(null);
  const [stopped, setStopped] = useState<string | null>(null);
  const reviewTitle = useRef<HTMLHeadingElement>(null);
  // Read after the first render: the server's render has no sessionStorage.
  const [restored, setRestored] = useState(false);

  useEffect(() => {
    const kept = readKept<ArticleDraft>();
    if (kept && typeof kept.draft?.text === 'string' && (kept.review === null || Array.isArray(kept.review?.rows))) {
      setDraft(kept.draft);
      setReview(kept.review);
    }
    setRestored(true);
  }, []);
  useEffect(() => {
    if (restored) keep(review ? { draft, review } : null);
  }, [restored, draft, review]);

  const signedOut = (error: unknown) => {
    // The session ended meanwhile: the page offers to sign in (the review is kept in memory till then).
    if (error instanceof ApiRequestError && error.status === 401)
      void queryClient.invalidateQueries({ queryKey: queryKeys.session() });
  };
  const propose = useMutation({
    mutationFn: () => proposeStances(draft),
    onSuccess: (answer) => {
      setReview(reviewFrom(answer));
      setQuoting(null);
      setStopped(null);
      if (!draft.title.trim() && answer.title) setDraft((d) => ({ ...d, title: answer.title ?? '' }));
      requestAnimationFrame(() => reviewTitle.current?.focus());
    },
    onError: signedOut,
  });
  const title = draft.title.trim() || review?.title || '';
  const save = useMutation({
    mutationFn: (current: Review) => saveReview(current, { ...draft, title }),
    onMutate: () => setStopped(null),
    onSuccess: (result) => {
      setReview((r) => (r ? applySave(r, result) : r));
      setStopped(result.stopped?.message ?? null);
      if (result.stopped) signedOut(new ApiRequestError(result.stopped.message, result.stopped.status));
      // The explorer, in this tab, must draw what was just written, not its cached view.
      for (const key of [queryKeys.graphs(), queryKeys.events(), queryKeys.actors(), ['stances']])
        void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => setStopped(errorMessage(error)),
  });

  // Accepted rows not saved yet would be lost with the page: the browser asks first.
  const unsaved = review?.rows.some((r) => r.decision === 'accepted' && !isDone(r.outcome)) ?? false;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  const endQuoting = (key: string) => {
    setQuoting(null);
    requestAnimationFrame(() => document.getElementById(`quote-button-${key}`)?.focus());
  };
  const setRows = (update: (rows: ReviewRow[]) => ReviewRow[]) =>
    setReview((r) => (r ? { ...r, rows: update(r.rows) } : r));
  const eventTitle = review && events.data?.events.find((e) => e.id === review.event)?.title;
  const quotingRow = review?.rows.find((r) => r.key === quoting) ?? null;
  const user = session.data?.user;

  return (
    <>
      <SiteHeader current="ingest" />
      <main id="main" className={`main ${styles.page}`}>
        <header>
          <h1 className={styles.title}>From an article</h1>
          <p className="muted">
            Paste a news report (or its page&apos;s HTML) and choose the event it reacts to: who took which stance, and
            where in the text they said it, is proposed for you to accept, correct or reject. No stance is written until
            you save what you accepted (only an event you create here is stored at once); the article is then stored
            with its full text, and every stance cites it.
          </p>
        </header>
        {!user ? (
          <SignInFirst checking={session.isPending} problem={session.isError ? errorMessage(session.error) : null} />
        ) : (
          <>
            <ArticleForm
              draft={draft}
              onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
              onPropose={() => propose.mutate()}
              busy={propose.isPending}
              replacing={review !== null}
            />
            {propose.isPending ? (
              <p className="notice" role="status">
                Reading the article and proposing stances…
              </p>
            ) : propose.isError ? (
              <p className="notice notice--error" role="alert">
                {errorMessage(propose.error)}
              </p>
            ) : null}
          </>
        )}
        {review ? (
          <section className={styles.reviewArea} aria-labelledby="ingest-review-title">
            <div className={styles.reviewHead}>
              <h2 id="ingest-review-title" ref={reviewTitle} tabIndex={-1} className={styles.reviewTitle}>
                Review: {plural(review.rows.length, 'proposal')} on <UserText>{eventTitle ?? review.event}</UserText>
              </h2>
              <button
                type="button"
                className="button button--secondary"
                disabled={save.isPending}
                onClick={() => {
                  if (unsaved && !window.confirm('Accepted proposals are not saved yet. Start over anyway?')) return;
                  setReview(null);
                  setDraft(EMPTY_ARTICLE);
                  propose.reset();
                }}
              >
                Start over
              </button>
            </div>
            {review.stored ? <StoredNotice review={review} /> : null}
            <div className={styles.review}>
              <ArticleView
                text={review.text}
                rows={review.rows}
                quoting={quotingRow}
                onCancelQuote={() => quoting && endQuoting(quoting)}
                onQuote={(key, span) => {
                  setRows((rows) => rows.map((r) => (r.key === key ? withSpan(r, span) : r)));
                  endQuoting(key);
                }}
              />
              <div className={styles.side}>
                <ProposalList rows={review.rows} locked={save.isPending} onRows={setRows} onQuote={setQuoting} />
                <RelationList
                  relations={review.relations}
                  locked={save.isPending}
                  onDecide={(key, decision) =>
                    setReview((r) =>
                      r
                        ? {
                            ...r,
                            relations: r.relations.map((x) => (x.key === key ? { ...x, decision, outcome: null } : x)),
                          }
                        : r,
                    )
                  }
                />
                <UnnamedList voices={review.unnamed} />
                <SaveCard
                  review={review}
                  title={title}
                  saving={save.isPending}
                  stopped={stopped}
                  onSave={() => save.mutate(review)}
                />
              </div>
            </div>
          </section>
        ) : null}
      </main>
    </>
  );
}
