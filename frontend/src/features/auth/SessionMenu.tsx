// The header's account area: who is signed in, and the way out. Empty when signed out.
import { useI18n } from '../../lib/i18n/useI18n';
import { SignOutButton } from './SignOutButton';
import { useSession } from './useSession';

export function SessionMenu() {
  const { messages } = useI18n();
  const { me } = useSession();
  if (me === null) {
    return null;
  }
  return (
    <div className="session-menu">
      <p className="session-account">
        <span className="visually-hidden">{messages.accountLabel}: </span>
        {me.companyName ? <span className="session-company">{me.companyName}</span> : null}
        <span className="session-email">{me.email}</span>
      </p>
      <SignOutButton />
    </div>
  );
}
