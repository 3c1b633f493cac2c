// Pages for signed-in readers only: a reader found to be signed out goes to the sign-in page.
// The page renders meanwhile, so its own queries start without waiting for the answer.
import { Navigate, Outlet } from 'react-router';
import { useSession } from '../features/auth/useSession';
import { paths } from '../lib/paths';

export function RequireSignIn() {
  const { me, fetching, error } = useSession();
  if (!fetching && error === undefined && me === null) {
    return <Navigate to={paths.signIn} replace />;
  }
  return <Outlet />;
}
