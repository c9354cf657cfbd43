import { PageLoading } from '@/components/PageLoading';

export default function SignInLoading() {
  return <PageLoading page="the sign-in page" />;
}
