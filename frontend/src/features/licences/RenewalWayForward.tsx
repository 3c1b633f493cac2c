// A serial whose renewal window has closed: not a dead end. Says what to do instead (a new licence,
// which comes with a new serial), where to see what can still be renewed, and whom to ask.
import { useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';

interface Props {
  productName: string;
  /** The seller's support desk (supportContact). */
  support: { name: string; email: string };
}

export function RenewalWayForward({ productName, support }: Props) {
  const { messages } = useI18n();
  const headingId = useId();
  return (
    <section className="way-forward card" aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.wayForwardTitle}</h2>
      <ol>
        <li>{messages.wayForwardNewLicence(productName)}</li>
        <li>
          {messages.wayForwardOthers}{' '}
          <Link to={`${paths.licences}?filter=renewable`}>{messages.wayForwardRenewableLink}</Link>
        </li>
        <li>
          {messages.wayForwardContact(support.name)} <a href={`mailto:${support.email}`}>{support.email}</a>
        </li>
      </ol>
    </section>
  );
}
