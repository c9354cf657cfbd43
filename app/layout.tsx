import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SkipLink } from '@/components/SkipLink';
import { Providers } from './providers';
import './globals.css';
import './edit.css';

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
