import { PageLoading } from '@/components/PageLoading';

export default function ImportLoading() {
  return <PageLoading page="the import page" />;
}
