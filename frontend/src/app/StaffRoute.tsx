// /staff/*: the staff console, downloaded only when a staff member opens it. To anyone else the
// console does not exist: the address behaves as any unknown one does.
import { lazy, Suspense, useState } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../features/auth/useSession';
import { useI18n } from '../lib/i18n/useI18n';
import { paths } from '../lib/paths';

// One chunk for the whole console: customers never fetch it.
const StaffConsole = lazy(async () => ({
  default: (await import('../features/staff/StaffConsole')).StaffConsole,
}));

export function StaffRoute() {
  const { messages } = useI18n();
  const { me, fetching, error } = useSession();
  // A new client (after a language switch) asks who is signed in again: meanwhile the console stays
  // open, with whatever its pages hold, for a staff member it already knew.
  const [knownStaff, setKnownStaff] = useState(false);
  if (me !== null && me.isStaff !== knownStaff) {
    setKnownStaff(me.isStaff);
  }
  const loading = (
    <p className="loading" role="status">
      {messages.loading}
    </p>
  );
  const staff = me === null ? fetching && knownStaff : me.isStaff;
  if (fetching && me === null && !staff) {
    return loading;
  }
  if (error !== undefined && me === null) {
    return (
      <p className="form-alert" role="alert">
        {messages.unexpectedError}
      </p>
    );
  }
  if (!staff) {
    return <Navigate to={paths.home} replace />;
  }
  return (
    <Suspense fallback={loading}>
      <StaffConsole />
    </Suspense>
  );
}
