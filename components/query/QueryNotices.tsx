'use client';

import type { SyntaxPosition } from '@/lib/client/query-page/query-errors';
import type { QueryNotification } from '@/lib/types';
import { plural } from '@/lib/client/format';
import styles from './query-page.module.css';

/** The database's text with its `quoted names` as code, so the name it means stands out. */
function withNames(text: string) {
  return text.split(/`([^`]*)`/).map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part));
}

interface Props {
  notifications: QueryNotification[];
  /** Puts the caret at a notification's place; absent when the editor does not hold the query (ready questions). */
  onShowInEditor?(position: SyntaxPosition): void;
}

/**
 * What the database noted on a query that ran: an unknown label, type or property key (why an answer
 * is empty, or null), a cartesian product. Shown beside the answer, warnings first as the database gave them.
 */
export function QueryNotices({ notifications, onShowInEditor }: Props) {
  if (notifications.length === 0) return null;
  return (
    <section
      className={styles.notices}
      role="status"
      aria-label={`The database’s notes on this query: ${plural(notifications.length, 'note')}`}
      data-testid="query-notifications"
    >
      {notifications.map((note, i) => (
        <article
          key={`${note.code}-${note.position?.offset ?? ''}-${i}`}
          className={styles.notice}
          data-severity={note.severity}
          data-code={note.code}
          data-testid="query-notification"
        >
          <h2 className={styles.noticeTitle}>
            <span className={styles.noticeSeverity}>{note.severity === 'warning' ? 'Warning' : 'Note'}</span>
            <span>{note.title}</span>
          </h2>
          <p className={styles.noticeDescription}>{withNames(note.description)}</p>
          <p className={styles.noticeFooter}>
            {note.position && (
              <span data-testid="notification-position">
                Line {note.position.line}, column {note.position.column}
              </span>
            )}
            <span>GQLSTATUS {note.code}</span>
            {note.position && onShowInEditor && (
              <button type="button" className="link-button small" onClick={() => onShowInEditor(note.position!)}>
                Show line {note.position.line}, column {note.position.column} in the editor
              </button>
            )}
          </p>
        </article>
      ))}
    </section>
  );
}
