'use client';
/**
 * The sign-in page: username and password, errors read out as they appear (role="alert"), and back to
 * the page that sent the person here (`next`, a local path) once signed in.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, useState, type FormEvent } from 'react';
import { SiteHeader } from '@/components/SiteNav';
import { UserText } from '@/components/UserText';
import { errorMessage, postJson } from '@/lib/client/data/api';
import { queryKeys, sessionQuery } from '@/lib/client/data/queries';
import type { SessionResponse } from '@/lib/types';

export function SignInPage({ next }: { next: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const session = useQuery(sessionQuery());
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const password = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const answer = await postJson<SessionResponse>('/api/session', {
        username: String(form.get('username') ?? ''),
        password: String(form.get('password') ?? ''),
      });
      queryClient.setQueryData(queryKeys.session(), answer);
      router.replace(next);
    } catch (e) {
      setError(errorMessage(e));
      setPending(false);
      // Ready for another try without reaching for the mouse.
      password.current?.select();
    }
  };

  const user = session.data?.user;
  return (
    <>
      <SiteHeader />
      <main id="main" className="main signin-page">
        <h1>Sign in</h1>
        {user && !pending ? (
          <p className="notice" role="status">
            You are signed in as{' '}
            <strong>
              <UserText>{user.username}</UserText>
            </strong>
            . <Link href={next}>Continue</Link>
          </p>
        ) : (
          <>
            <p className="muted">Editors sign in to import and change the graph. Reading it needs no account.</p>
            <form className="signin-form" onSubmit={(e) => void submit(e)}>
              <label className="field-label" htmlFor="signin-username">
                Username
              </label>
              <input
                id="signin-username"
                name="username"
                autoComplete="username"
                required
                maxLength={64}
                autoFocus
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'signin-error' : undefined}
              />
              <label className="field-label" htmlFor="signin-password">
                Password
              </label>
              <input
                id="signin-password"
                ref={password}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'signin-error' : undefined}
              />
              <button type="submit" className="button" disabled={pending}>
                {pending ? 'Signing in…' : 'Sign in'}
              </button>
              {/* Present from the start, so that screen readers announce the message when it appears. */}
              <div id="signin-error" role="alert" className={error ? 'notice notice--error' : undefined}>
                {error}
              </div>
            </form>
          </>
        )}
      </main>
    </>
  );
}
