import { HydrationBoundary, dehydrate } from '@tanstack/react-query';
import type { Metadata, Viewport } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/SkipLink';
import { prefetchSession } from '@/lib/auth/prefetch';
import { getQueryClient } from '@/lib/client/data/query-client';
import { appDb } from '@/lib/neo4j';
import { Providers } from './providers';
// The stylesheets by area. Their order is the cascade's: narrow.css overrides what comes before it.
import './styles/base.css';
import './styles/frame.css';
import './styles/timeline.css';
import './styles/sidebar.css';
import './styles/controls.css';
import './styles/graph.css';
import './styles/table.css';
import './styles/panel.css';
import './styles/page.css';
import './styles/query.css';
import './styles/narrow.css';
import './styles/import.css';
import './styles/user-text.css';
import './styles/signin.css';
import './styles/edit.css';

// Every page is rendered per request: its scripts carry that request's CSP nonce (middleware.ts).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Stancegraph: who stands where',
  description: 'Who supported, condemned or cautioned on a news event, where they said it, and how the camps line up.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#FFFFFF',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  await prefetchSession(appDb, queryClient, (await headers()).get('cookie'));
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <Providers>
          <HydrationBoundary state={dehydrate(queryClient)}>{children}</HydrationBoundary>
        </Providers>
      </body>
    </html>
  );
}
