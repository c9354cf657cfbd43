import type { Metadata } from 'next';
import { ChangesPage } from '@/components/edit/ChangesPage';

export const metadata: Metadata = {
  title: 'Recent changes · Stancegraph',
  description: 'Every change editors made to the graph, newest first: who, when, what and why, with revert.',
};

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ user?: string | string[]; entity?: string | string[] }>;
}) {
  const { user, entity } = await searchParams;
  const who = typeof user === 'string' ? user.trim().slice(0, 64) : '';
  const what = typeof entity === 'string' ? entity.trim().slice(0, 200) : '';
  return <ChangesPage user={who || null} entity={what || null} />;
}
