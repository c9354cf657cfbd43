'use client';
/** The site navigation's account corner: "Signed in as alice · Sign out", or a link to sign in. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { UserText } from '@/components/UserText';
import { deleteJson } from '@/lib/client/data/api';
import { queryKeys, sessionQuery } from '@/lib/client/data/queries';
import { signInHref } from '@/lib/client/next-path';
import type { SessionResponse } from '@/lib/types';

export function SessionStatus() {
  const { data } = useQuery(sessionQuery());
  const pathname = usePathname();
  const queryClient = useQueryClient();
  const signOut = useMutation({
    mutationFn: () => deleteJson<SessionResponse>('/api/session'),
    onSuccess: (answer) => queryClient.setQueryData(queryKeys.session(), answer),
  });

  if (pathname === '/signin' && !data?.user) return null;
  // The page comes knowing (app/layout.tsx). When it could not (Neo4j away while it was rendered), the
  // room "Sign in" takes is kept empty until the answer: a "Sign in" that turned into a name would mislead.
  if (!data) {
    return (
      <span className="site-nav__link session-status__sign-in session-status__pending" aria-hidden="true">
        Sign in
      </span>
    );
  }
  if (data.user) {
    return (
      <div className="session-status">
        <span className="session-status__user">
          Signed in as{' '}
          <strong>
            <UserText>{data.user.username}</UserText>
          </strong>
        </span>
        <button
          type="button"
          className="session-status__sign-out"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate()}
        >
          Sign out
        </button>
        {signOut.isError ? (
          <span role="alert" className="session-status__error">
            Not signed out: {signOut.error.message}
          </span>
        ) : null}
      </div>
    );
  }
  return (
    <Link className="site-nav__link session-status__sign-in" href={signInHref(pathname)}>
      Sign in
    </Link>
  );
}
