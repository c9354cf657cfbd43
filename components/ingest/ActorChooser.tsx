'use client';
/** Another actor for a proposal: one of the stored actors (searched as typed), or a new one by name and kind. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { UserText } from '@/components/UserText';
import { errorMessage } from '@/lib/client/data/api';
import { actorSearchQuery } from '@/lib/client/data/queries';
import { KIND_STYLES } from '@/lib/client/drawing/styles';
import { ACTOR_KINDS, type ActorKind } from '@/lib/domain';
import type { ProposedActor } from '@/lib/ingest/types';
import styles from './ingest.module.css';
import look from './proposals.module.css';

const SEARCH_DELAY_MS = 250;

export function ActorChooser({
  id,
  actor,
  onChoose,
  onCancel,
}: {
  /** Prefix of the fields' ids, unique on the page. */
  id: string;
  actor: ProposedActor;
  onChoose: (actor: ProposedActor) => void;
  onCancel: () => void;
}) {
  const [typed, setTyped] = useState(actor.name);
  const [q, setQ] = useState(actor.name.trim());
  const [name, setName] = useState(actor.name);
  const [kind, setKind] = useState<ActorKind>(actor.kind);

  // One search per pause in typing, not per key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const search = useQuery({ ...actorSearchQuery(q, 6), enabled: q.length > 0 });

  return (
    <div className={look.chooser} role="group" aria-label={`Another actor for ${actor.name}'s proposal`}>
      <label className="field-label" htmlFor={`${id}-search`}>
        A stored actor
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={typed}
        autoFocus
        placeholder="Name, alias or role"
        onChange={(e) => setTyped(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      />
      {search.isError ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(search.error)}
        </p>
      ) : null}
      {q && search.data ? (
        search.data.actors.length > 0 ? (
          <ul className={look.hits} aria-label="Stored actors found">
            {search.data.actors.map((hit) => (
              <li key={hit.id}>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => onChoose({ id: hit.id, name: hit.name, kind: hit.kind })}
                >
                  <UserText>{hit.name}</UserText>
                  <span className="muted">
                    {' '}
                    · {KIND_STYLES[hit.kind].label.toLowerCase()}
                    {hit.description ? ` · ${hit.description}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted" role="status">
            No stored actor goes by that name.
          </p>
        )
      ) : null}
      <fieldset className={styles.newActor}>
        <legend>Or a new actor</legend>
        <label className="field-label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
        <label className="field-label" htmlFor={`${id}-kind`}>
          Kind
        </label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ActorKind)}>
          {ACTOR_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_STYLES[k].label}
            </option>
          ))}
        </select>
        <div className={styles.actions}>
          <button
            type="button"
            className="button"
            disabled={!name.trim()}
            onClick={() => onChoose({ id: null, name: name.trim(), kind })}
          >
            Use new actor
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </div>
  );
}
