// The header's links to the signed-in reader's pages, and the staff console's for staff; absent when signed out.
import { NavLink } from 'react-router';
import { useSession } from '../features/auth/useSession';
import { useI18n } from '../lib/i18n/useI18n';
import { paths } from '../lib/paths';

export function MainNav() {
  const { messages } = useI18n();
  const { me } = useSession();
  if (me === null) {
    return null;
  }
  return (
    <nav className="main-nav" aria-label={messages.mainNavLabel}>
      <ul>
        <li>
          {/* Current on the list only: a licence's own page is not this page. */}
          <NavLink to={paths.licences} end>
            {messages.licencesTitle}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.findSerial}>{messages.findSerialTitle}</NavLink>
        </li>
        <li>
          <NavLink to={paths.orders}>{messages.ordersTitle}</NavLink>
        </li>
        {me.isStaff ? (
          <li>
            <NavLink to={paths.staff}>{messages.staffConsoleLink}</NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
