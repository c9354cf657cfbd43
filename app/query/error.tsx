'use client';

import { PageError } from '@/components/PageError';

export default function QueryError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError
      {...props}
      message="The query page could not be shown. Try again, or start over with an empty query."
      startOver="/query"
      links={[{ href: '/', label: 'The explorer' }]}
    />
  );
}
