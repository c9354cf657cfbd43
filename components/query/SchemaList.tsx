'use client';

import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { errorMessage } from '@/lib/client/data/api';
import { schemaQuery } from '@/lib/client/data/queries';
import { plural } from '@/lib/client/format';
import { cypherName, type SchemaKind } from '@/lib/client/query-page/schema-insert';
import type { GraphSchema, SchemaEntry } from '@/lib/types';
import styles from './query-page.module.css';

const GROUPS: { kind: SchemaKind; key: keyof Omit<GraphSchema, 'readAt'>; title: string; unit: string }[] = [
  { kind: 'label', key: 'labels', title: 'Labels', unit: 'node' },
  { kind: 'type', key: 'relationshipTypes', title: 'Relationship types', unit: 'relationship' },
  { kind: 'key', key: 'propertyKeys', title: 'Property keys', unit: 'node or relationship' },
];

const SHOWN: Record<SchemaKind, (name: string) => string> = {
  label: (name) => `:${cypherName(name)}`,
  type: (name) => `[:${cypherName(name)}]`,
  key: (name) => `.${cypherName(name)}`,
};

function countText(entry: SchemaEntry, unit: string): string {
  if (entry.count === null) return 'not counted';
  return unit === 'node or relationship'
    ? `${entry.count.toLocaleString('en-US')} ${entry.count === 1 ? unit : 'nodes and relationships'}`
    : plural(entry.count, unit);
}

interface Props {
  onInsert(kind: SchemaKind, name: string): void;
}

/** The graph's labels, relationship types and property keys with their counts; a click inserts one into the query. */
export function SchemaList({ onInsert }: Props) {
  const id = useId();
  const schema = useQuery(schemaQuery());
  return (
    <details className={`console__section ${styles.schema}`} open data-testid="schema-list">
      <summary className={styles.schemaSummary}>
        <h2 className="field-label">Graph schema</h2>
        <span className="console__hint">click a name to insert it at the cursor</span>
      </summary>
      {schema.isPending ? (
        <p className="muted small" role="status">
          Reading the graph’s schema…
        </p>
      ) : schema.isError ? (
        <div className={`notice notice--error ${styles.schemaError}`} role="alert">
          <p>The schema could not be read: {errorMessage(schema.error)}</p>
          <button type="button" className="button button--secondary" onClick={() => void schema.refetch()}>
            {schema.isFetching ? 'Trying…' : 'Try again'}
          </button>
        </div>
      ) : (
        GROUPS.map(({ kind, key, title, unit }) => {
          const entries = schema.data[key];
          return (
            <section key={kind} className={styles.schemaGroup} aria-labelledby={`${id}-${kind}`}>
              <h3 id={`${id}-${kind}`} className={styles.schemaHeading}>
                {title} <span className="console__hint">({entries.length})</span>
              </h3>
              {entries.length === 0 ? (
                <p className="muted small">None in the graph.</p>
              ) : (
                <ul className={styles.schemaItems}>
                  {entries.map((entry) => (
                    <li key={entry.name}>
                      <button
                        type="button"
                        className={styles.schemaItem}
                        onClick={() => onInsert(kind, entry.name)}
                        aria-label={`Insert ${SHOWN[kind](entry.name)} (${countText(entry, unit)})`}
                        data-kind={kind}
                        data-name={entry.name}
                      >
                        <code className={styles.schemaName}>{SHOWN[kind](entry.name)}</code>
                        <span className={styles.schemaCount} aria-hidden="true">
                          {entry.count === null ? '–' : entry.count.toLocaleString('en-US')}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
      {schema.data?.propertyKeys.some((k) => k.count === null) && (
        <p className="muted small">
          Property keys are not counted: counting them took longer than a console query may run.
        </p>
      )}
    </details>
  );
}
