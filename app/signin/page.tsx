import type { Metadata } from 'next';
import { SignInPage } from '@/components/auth/SignInPage';
import { safeNextPath } from '@/lib/client/next-path';

export const metadata: Metadata = {
  title: 'Sign in · Stancegraph',
  description: 'Editors sign in to import and change the graph; reading needs no account.',
};

export default async function Page({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  return <SignInPage next={safeNextPath(typeof next === 'string' ? next : undefined)} />;
}
