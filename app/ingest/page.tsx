import type { Metadata } from 'next';
import { IngestPage } from '@/components/ingest/IngestPage';

export const metadata: Metadata = {
  title: 'From an article · Stancegraph',
  description:
    'Paste a news report: who took which stance on the event, and where they said it, is proposed for an editor to review before anything is stored.',
};

export default function Page() {
  return <IngestPage />;
}
