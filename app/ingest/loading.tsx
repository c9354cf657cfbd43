import { PageLoading } from '@/components/PageLoading';

export default function IngestLoading() {
  return <PageLoading page="“From an article”" />;
}
