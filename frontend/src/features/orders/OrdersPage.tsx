// ご注文履歴: the account's orders, newest first, a page at a time: number (to its page), date,
// number of licences, total, status and, while there is something to pay, the due date.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { OrderSummaryFieldsFragment } from '../../gql/graphql';
import { isUnauthenticated } from '../../lib/graphql/errors';
import { formatDate, formatInstantDate } from '../../lib/i18n/formatDate';
import { formatYen } from '../../lib/i18n/formatYen';
import { useI18n } from '../../lib/i18n/useI18n';
import { orderPath } from '../../lib/paths';
import { LoadError } from '../../lib/ui/LoadError';
import { Loading } from '../../lib/ui/Loading';
import { PageHeading } from '../../lib/ui/PageHeading';
import { ShowMore } from '../../lib/ui/ShowMore';
import { SignInAndReturn } from '../../lib/ui/SignInAndReturn';
import { ordersQuery } from './documents';
import { useOrderMessages } from './messages';
import { pagesSoFar, type EarlierPages } from '../../lib/graphql/pagesSoFar';

const orderPageSize = 20;

export function OrdersPage() {
  const { messages, language } = useI18n();
  const words = useOrderMessages();
  const [earlier, setEarlier] = useState<EarlierPages<OrderSummaryFieldsFragment> | null>(null);
  // Orders change with every placement and cancellation: always asked afresh on arrival.
  const [result, reexecute] = useQuery({
    query: ordersQuery,
    variables: { first: orderPageSize, after: earlier?.after ?? null },
    requestPolicy: 'cache-and-network',
  });
  const { current, rows, endCursor } = pagesSoFar(earlier, result.operation?.variables.after, result.data?.orders);

  if (isUnauthenticated(result.error)) {
    return <SignInAndReturn />;
  }

  function content() {
    if (result.error && rows.length === 0) {
      return <LoadError onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    if (current === undefined && rows.length === 0) {
      return <Loading />;
    }
    if (rows.length === 0) {
      return <p className="card empty-state">{words.noOrders}</p>;
    }
    return (
      <>
        <p className="result-count" aria-live="polite">
          {words.orderCount(rows.length, current?.totalCount ?? rows.length)}
        </p>
        <div className="licence-list card">
          <table role="table" className="licence-table orders-table" aria-labelledby="orders-caption">
            <caption id="orders-caption">{words.ordersCaption}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">
                  {words.columnOrderNumber}
                </th>
                <th role="columnheader" scope="col">
                  {words.columnPlacedAt}
                </th>
                <th role="columnheader" scope="col" className="amount">
                  {words.columnSerialCount}
                </th>
                <th role="columnheader" scope="col" className="amount">
                  {words.columnTotal}
                </th>
                <th role="columnheader" scope="col">
                  {words.columnOrderStatus}
                </th>
                <th role="columnheader" scope="col">
                  {words.columnDueOn}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {rows.map((order) => (
                <tr role="row" key={order.number}>
                  <th role="rowheader" scope="row" className="serial-number order-number">
                    <Link to={orderPath(order.number)}>{order.number}</Link>
                  </th>
                  <td role="cell" className="order-placed" data-label={words.columnPlacedAt}>
                    {formatInstantDate(order.placedAt, language)}
                  </td>
                  <td role="cell" className="amount order-count" data-label={words.columnSerialCount}>
                    {messages.lineCount(order.totals.lineCount)}
                  </td>
                  <td role="cell" className="amount order-total" data-label={words.columnTotal}>
                    {formatYen(order.totals.totalIncludingTax, language)}
                  </td>
                  <td role="cell" className="order-status" data-label={words.columnOrderStatus}>
                    <span className={`status order-status-${order.status.toLowerCase()}`}>
                      {words.status[order.status]}
                    </span>
                  </td>
                  <td role="cell" className="order-due" data-label={words.columnDueOn}>
                    {order.status === 'AWAITING_PAYMENT' ? formatDate(order.invoice.dueOn, language) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {endCursor !== null ? (
          <ShowMore fetching={result.fetching} onShowMore={() => setEarlier({ after: endCursor, rows })} />
        ) : null}
      </>
    );
  }

  return (
    <div className="orders">
      <PageHeading>{messages.ordersTitle}</PageHeading>
      {content()}
    </div>
  );
}
