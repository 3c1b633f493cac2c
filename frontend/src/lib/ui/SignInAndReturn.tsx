// Leaves a page found to need a session for the sign-in page, which comes back here afterwards:
// path, query and fragment, so a deep link (from a mail, a bookmark) keeps its destination.
import { Navigate, useLocation } from 'react-router';
import { signInPath } from '../paths';

export function SignInAndReturn() {
  const { pathname, search, hash } = useLocation();
  return <Navigate to={signInPath(`${pathname}${search}${hash}`)} replace />;
}
