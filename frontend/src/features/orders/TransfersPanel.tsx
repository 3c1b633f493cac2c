// The transfers into the order's invoice account that the seller is checking, will refund or has closed, so a
// customer whose transfer was short, late or too much sees it arrived and what happens next. A transfer that
// paid the order shows only when another one is listed: on its own, the receipt says it all.
import { useId } from 'react';
import type { OrderDetailFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/i18n/formatDate';
import { formatYen } from '../../lib/i18n/formatYen';
import { useI18n } from '../../lib/i18n/useI18n';
import { useOrderMessages } from './messages';

export function TransfersPanel({ order }: { order: OrderDetailFieldsFragment }) {
  const { language } = useI18n();
  const words = useOrderMessages();
  const headingId = useId();
  if (order.transfers.every((transfer) => transfer.status === 'APPLIED')) {
    return null;
  }
  return (
    <section className="card order-transfers" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.transfersHeading}</h2>
      <p>{words.transfersLead}</p>
      <table className="review-table transfers-table">
        <thead>
          <tr>
            <th scope="col">{words.transferBookedOn}</th>
            <th scope="col" className="amount">
              {words.transferAmount}
            </th>
            <th scope="col">{words.transferStatusColumn}</th>
          </tr>
        </thead>
        <tbody>
          {order.transfers.map((transfer, index) => (
            <tr key={index}>
              <td>{formatDate(transfer.bookedOn, language)}</td>
              <td className="amount">
                {formatYen(transfer.amount, language)}
                {transfer.reversal ? words.transferReversal : null}
              </td>
              <td>{words.transferStatus[transfer.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
