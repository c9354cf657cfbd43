/**
 * The database's notifications on a console query, from the result summary's GQL status objects
 * (neo4j-driver 6; the older `summary.notifications` are deprecated): an unknown label, relationship
 * type or property key, a cartesian product, a deprecated feature. Without them a misspelt name
 * answers "no rows" or nulls and nothing says why.
 */
import type { GqlStatusObject, ResultSummary } from 'neo4j-driver';
import type { QueryNotification, QueryTextPosition } from '../types';

/** "warn: property key does not exist. The property `nmae` does not exist. Verify …" */
const GQL_DESCRIPTION = /^(?:warn|info|note)[^:]*:\s*([^.]+?)\.\s+([\s\S]*)$/;

function positionOf(status: GqlStatusObject): QueryTextPosition | null {
  const p = status.position;
  if (!p || typeof p.line !== 'number' || typeof p.column !== 'number' || p.line < 1) return null;
  return { line: p.line, column: p.column, offset: p.offset ?? 0 };
}

function toNotification(status: GqlStatusObject): QueryNotification {
  const severity = status.severity === 'WARNING' ? 'warning' : 'information';
  const parts = GQL_DESCRIPTION.exec(status.statusDescription.trim());
  // Servers older than 5.23 send only the old notifications, which the driver turns into status objects
  // whose description has no "warn: title." head.
  const title = parts
    ? parts[1].charAt(0).toUpperCase() + parts[1].slice(1)
    : severity === 'warning'
      ? 'The database warns about this query'
      : 'The database has a note on this query';
  return {
    code: status.gqlStatus,
    severity,
    classification: status.classification,
    title,
    description: parts ? parts[2].trim() : status.statusDescription.trim(),
    position: positionOf(status),
  };
}

/** The summary's notifications, each once, in the order the database gave them. */
export function notificationsOf(summary: Pick<ResultSummary, 'gqlStatusObjects'>): QueryNotification[] {
  const seen = new Set<string>();
  const notifications: QueryNotification[] = [];
  for (const status of summary.gqlStatusObjects) {
    // The other status objects say how the query ended ("successful completion", "no data").
    if (!status.isNotification) continue;
    const notification = toNotification(status);
    const key = `${notification.code}|${notification.description}|${notification.position?.offset ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    notifications.push(notification);
  }
  return notifications;
}
