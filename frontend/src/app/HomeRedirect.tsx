// "/" leads to the reader's licences when signed in (staff: to the staff console), to the sign-in page otherwise.
import { Navigate } from 'react-router';
import { useSession } from '../features/auth/useSession';
import { useI18n } from '../lib/i18n/useI18n';
import { paths } from '../lib/paths';

export function HomeRedirect() {
  const { messages } = useI18n();
  const { me, fetching, error } = useSession();
  if (fetching) {
    return (
      <p className="loading" role="status">
        {messages.loading}
      </p>
    );
  }
  if (error) {
    return (
      <p className="form-alert" role="alert">
        {messages.unexpectedError}
      </p>
    );
  }
  if (me === null) {
    return <Navigate to={paths.signIn} replace />;
  }
  return <Navigate to={me.isStaff ? paths.staff : paths.licences} replace />;
}
