'use client';
/**
 * /changes: the history of the whole graph, newest first, a page at a time; `?user=` narrows it to one
 * editor, `?entity=` to one actor, event, stance or relation (where a refused revert's later changes
 * are linked). Each change links to what it touched in the explorer; editors can revert.
 */
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { SiteHeader } from '@/components/SiteNav';
import { UserText } from '@/components/UserText';
import { ChangeList } from './ChangeList';

export function ChangesPage({ user, entity }: { user: string | null; entity: string | null }) {
  const router = useRouter();
  const [typed, setTyped] = useState(user ?? '');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const who = typed.trim();
    router.push(who ? `/changes?${new URLSearchParams({ user: who })}` : '/changes');
  };
  return (
    <>
      <SiteHeader current="changes" />
      <main id="main" className="main changes-page">
        <h1>Recent changes</h1>
        <p className="muted">
          What editors changed, newest first: who, when, what and why. An import is one change per run. Reverting a
          change is a change too, listed here with the rest.
        </p>
        <form className="changes-filter" role="search" aria-label="Changes by one editor" onSubmit={submit}>
          <label className="field-label" htmlFor="changes-user">
            Changes by
          </label>
          <input
            id="changes-user"
            className="edit-input"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="username"
            maxLength={64}
            autoComplete="off"
          />
          <button type="submit" className="button button--secondary">
            Show
          </button>
          {(user || entity) && (
            <Link href="/changes" onClick={() => setTyped('')}>
              All changes
            </Link>
          )}
        </form>
        <section aria-label={user ? `Changes by ${user}` : entity ? `Changes to ${entity}` : 'All changes'}>
          {(user || entity) && (
            <p className="changes-page__filter">
              Changes {user ? 'by' : 'to'}{' '}
              <strong>
                <UserText>{user ?? entity}</UserText>
              </strong>
            </p>
          )}
          <ChangeList
            key={`${user ?? ''} ${entity ?? ''}`}
            filter={{ entity, user }}
            links
            empty={
              user ? 'No changes by this editor.' : entity ? 'No changes to this.' : 'Nothing has been changed yet.'
            }
          />
        </section>
      </main>
    </>
  );
}
