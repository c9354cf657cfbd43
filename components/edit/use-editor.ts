'use client';

import { useQuery } from '@tanstack/react-query';
import { sessionQuery } from '@/lib/client/data/queries';
import type { SessionUser } from '@/lib/types';

/** Roles that may write the graph (lib/auth): the edit controls show only for them. */
const WRITING_ROLES = ['editor', 'admin'];

/** The signed-in account when it may edit, else null (signed out, a reader's role, or not yet known). */
export function useEditor(): SessionUser | null {
  const { data } = useQuery(sessionQuery());
  const user = data?.user ?? null;
  return user && WRITING_ROLES.includes(user.role) ? user : null;
}
