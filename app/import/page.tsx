import type { Metadata } from 'next';
import { ImportPage } from '@/components/import/ImportPage';

export const metadata: Metadata = {
  title: 'Import data · Stancegraph',
  description:
    'Bring your own actors and stances: a CSV of stances or the Stancegraph JSON format, previewed before anything is written.',
};

export default function Page() {
  return <ImportPage />;
}
