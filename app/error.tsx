'use client';

import { PageError } from '@/components/PageError';

export default function ExplorerError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageError
      {...props}
      message="The explorer could not be shown. This is usually brief: try again, or start over from the default view."
      startOver="/"
    />
  );
}
