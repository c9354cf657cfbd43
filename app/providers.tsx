'use client';

import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getQueryClient } from '@/lib/client/data/query-client';

export function Providers({ children }: { children: ReactNode }) {
  // Not useState: a client created during a suspended first render would be thrown away.
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
