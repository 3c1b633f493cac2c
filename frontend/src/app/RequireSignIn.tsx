// Pages for signed-in readers only: a reader found to be signed out goes to the sign-in page,
// and back to this page afterwards.
// The page renders meanwhile, so its own queries start without waiting for the answer.
import { Outlet } from 'react-router';
import { useSession } from '../features/auth/useSession';
import { SignInAndReturn } from '../lib/ui/SignInAndReturn';

export function RequireSignIn() {
  const { me, fetching, error } = useSession();
  if (!fetching && error === undefined && me === null) {
    return <SignInAndReturn />;
  }
  return <Outlet />;
}
