import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/SkipLink';
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SkipLink />
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
