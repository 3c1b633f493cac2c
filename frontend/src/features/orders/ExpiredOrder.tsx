// An order not paid by its due date: says so, that its licences can be ordered again (and where), and
// that a transfer made anyway is checked by staff, who get in touch, with the support desk to ask.
import { useId } from 'react';
import { Link } from 'react-router';
import type { OrderDetailFieldsFragment } from '../../gql/graphql';
import { formatDate, formatInstantDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { useOrderMessages } from './messages';

interface Props {
  order: OrderDetailFieldsFragment;
  /** The seller's support desk (supportContact); null until known. */
  support: { name: string; email: string } | null;
}

export function ExpiredOrder({ order, support }: Props) {
  const { language } = useI18n();
  const words = useOrderMessages();
  const headingId = useId();
  const expiredOn = order.expiredAt ? formatInstantDate(order.expiredAt, language) : null;

  return (
    <section className="card order-expired" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.expiredHeading}</h2>
      <p>{words.expiredBody(formatDate(order.invoice.dueOn, language), expiredOn)}</p>
      <p>
        {words.expiredOrderAgain} <Link to={paths.licences}>{words.expiredLicencesLink}</Link>
      </p>
      <p>{words.expiredLateTransfer}</p>
      {support !== null ? (
        <p>
          {words.expiredContact(support.name)} <a href={`mailto:${support.email}`}>{support.email}</a>
        </p>
      ) : null}
    </section>
  );
}
