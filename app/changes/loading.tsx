import { PageLoading } from '@/components/PageLoading';

export default function ChangesLoading() {
  return <PageLoading page="the history of changes" />;
}
