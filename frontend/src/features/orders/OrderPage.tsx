// One order (/orders/:orderNumber): where it stands (awaiting payment, paid, licences extended; or
// expired), its lines, totals, billing details, invoice and, while it is to be paid, the bank account,
// its receipt once paid, the quote it was placed from, the PDFs, and [注文をキャンセル] while it can be
// cancelled. Reached by placing the order (OrderNavigationState), it is the completion page (お申し込み完了).
import { useEffect, useId, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import type { OrderDetailFieldsFragment, OrderStatus } from '../../gql/graphql';
import { isUnauthenticated } from '../../lib/graphql/errors';
import { useConfirmedMutation } from '../../lib/graphql/useConfirmedMutation';
import { errorSentence } from '../../lib/i18n/errorSentences';
import { formatDate, formatInstantDate } from '../../lib/i18n/formatDate';
import { formatYen } from '../../lib/i18n/formatYen';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths, type OrderNavigationState } from '../../lib/paths';
import { BillingSummary } from '../../lib/ui/BillingSummary';
import { ConfirmDialog } from '../../lib/ui/ConfirmDialog';
import { DocumentTotals } from '../../lib/ui/DocumentTotals';
import { LoadError } from '../../lib/ui/LoadError';
import { PageHeading } from '../../lib/ui/PageHeading';
import { SignInAndReturn } from '../../lib/ui/SignInAndReturn';
import { cancelOrderMutation, orderQuery } from './documents';
import { ExpiredOrder } from './ExpiredOrder';
import { InvoicePanel } from './InvoicePanel';
import { useOrderMessages } from './messages';
import { OrderNotFound } from './OrderNotFound';
import { OrderProgress } from './OrderProgress';
import { ReceiptPanel } from './ReceiptPanel';
import { TransfersPanel } from './TransfersPanel';
import { useOrderDocuments } from './useOrderDocuments';

function isPlacedState(state: unknown): state is OrderNavigationState {
  return typeof state === 'object' && state !== null && (state as { placed?: unknown }).placed === true;
}

function OrderLines({ order }: { order: OrderDetailFieldsFragment }) {
  const { messages, language } = useI18n();
  const words = useOrderMessages();
  const headingId = useId();
  // Once paid, the expiry each serial was given, no longer the one it would get.
  const extended = order.status === 'PAID';
  function newExpiry(line: OrderDetailFieldsFragment['lines'][number]): string {
    if (!extended) {
      return formatDate(line.expectedNewExpiresOn, language);
    }
    return line.newExpiresOn === null ? '—' : formatDate(line.newExpiresOn, language);
  }
  return (
    <section className="order-lines card" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.linesHeading}</h2>
      <div className="table-scroll" role="region" aria-label={words.linesTable} tabIndex={0}>
        <table className="review-table">
          <thead>
            <tr>
              <th scope="col">{messages.columnSerial}</th>
              <th scope="col">{words.columnPreviousProduct}</th>
              <th scope="col">{words.columnProduct}</th>
              <th scope="col">{messages.columnTerm}</th>
              <th scope="col">{extended ? words.columnNewExpiresOn : messages.columnNewExpiryExpected}</th>
              <th scope="col" className="amount">
                {messages.columnPriceExcludingTax}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.serialNumber}>
                <th scope="row" className="serial-number">
                  {line.serialNumber}
                </th>
                <td className="product-name">
                  {line.previousProduct.name}
                  <br />
                  <span className="muted">{formatDate(line.expiresOn, language)}</span>
                </td>
                <td className="product-name">{line.product.name}</td>
                <td className="nowrap">
                  {line.autoRenewal ? messages.autoRenewalShort : messages.termYears(line.years)}
                </td>
                <td className="nowrap">{newExpiry(line)}</td>
                <td className="amount">{formatYen(line.priceExcludingTax, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DocumentTotals totals={order.totals} />
    </section>
  );
}

function CancelOrder({ number }: { number: string }) {
  const { messages, language } = useI18n();
  const words = useOrderMessages();
  const client = useClient();
  // On success the serials are free again, and every page says so.
  const cancel = useConfirmedMutation(
    async () => (await client.mutation(cancelOrderMutation, { number }).toPromise()).data?.cancelOrder,
  );

  return (
    <div className="order-cancel">
      <button type="button" className="button button-secondary" onClick={cancel.ask}>
        {words.cancelOrder}
      </button>
      {cancel.failure !== null ? (
        <p className="form-alert" role="alert">
          {cancel.failure === 'NETWORK'
            ? messages.unexpectedError
            : errorSentence('CancelOrderErrorCode', cancel.failure, language)}
        </p>
      ) : null}
      {cancel.confirming ? (
        <ConfirmDialog
          title={words.cancelTitle}
          confirmLabel={cancel.running ? words.cancelling : words.cancelConfirm}
          cancelLabel={words.cancelKeep}
          busy={cancel.running}
          onCancel={cancel.dismiss}
          onConfirm={cancel.confirm}
        >
          <p>{words.cancelBody(number)}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** When the order shown is cancelled here, its [注文をキャンセル] button goes with it: focus starts again at
 * the page's heading rather than falling to the top of the document. */
function useFocusHeadingOnCancel(status: OrderStatus | undefined) {
  const previous = useRef(status);
  useEffect(() => {
    if (previous.current === 'AWAITING_PAYMENT' && status === 'CANCELLED') {
      document.querySelector<HTMLHeadingElement>('main h1')?.focus();
    }
    previous.current = status;
  }, [status]);
}

export function OrderPage() {
  const { messages, language } = useI18n();
  const words = useOrderMessages();
  const number = useParams().orderNumber ?? '';
  const location = useLocation();
  const placed = isPlacedState(location.state);
  const [result, reexecute] = useQuery({
    query: orderQuery,
    variables: { number },
    requestPolicy: 'cache-and-network',
  });
  const order = result.data?.order.order ?? null;
  const support = result.data?.supportContact ?? null;
  const documents = useOrderDocuments(order);
  useFocusHeadingOnCancel(order?.status);
  const quoteId = useId();
  const billingId = useId();

  if (isUnauthenticated(result.error)) {
    return <SignInAndReturn />;
  }
  if (result.data?.order.order === null) {
    return <OrderNotFound />;
  }

  function content() {
    if (order !== null && documents !== null) {
      return (
        <>
          {placed ? (
            <div className="card completion">
              <p className="lead">{words.completionLead}</p>
              <dl className="facts">
                <div>
                  <dt>{words.orderNumberLabel}</dt>
                  <dd className="serial-number order-number-large">{order.number}</dd>
                </div>
              </dl>
              <p>{words.mailedTo(order.invoiceMailedTo)}</p>
            </div>
          ) : (
            <dl className="card facts order-facts">
              <div>
                <dt>{words.columnPlacedAt}</dt>
                <dd>{formatInstantDate(order.placedAt, language)}</dd>
              </div>
              <div>
                <dt>{words.columnOrderStatus}</dt>
                <dd>
                  <span className={`status order-status-${order.status.toLowerCase()}`}>
                    {words.status[order.status]}
                  </span>
                </dd>
              </div>
              {order.cancelledAt ? (
                <div>
                  <dt>{words.status.CANCELLED}</dt>
                  <dd>{words.cancelledOn(formatInstantDate(order.cancelledAt, language))}</dd>
                </div>
              ) : null}
            </dl>
          )}
          {order.status === 'AWAITING_PAYMENT' || order.status === 'PAID' ? <OrderProgress order={order} /> : null}
          {order.status === 'EXPIRED' ? <ExpiredOrder order={order} support={support} /> : null}
          <TransfersPanel order={order} />
          <ReceiptPanel order={order} documents={documents} />
          <InvoicePanel order={order} documents={documents} />
          <OrderLines order={order} />
          <section className="card order-billing" aria-labelledby={billingId}>
            <h2 id={billingId}>{words.billingHeading}</h2>
            <BillingSummary billing={order.billing} />
          </section>
          {documents.quote ? (
            <section className="card order-quote" aria-labelledby={quoteId}>
              <h2 id={quoteId}>{words.quoteHeading}</h2>
              <p>{words.quoteLine(documents.quote.number)}</p>
              <div aria-live="polite">
                {documents.quote.document.status === 'READY' ? (
                  <a className="button button-secondary" href={documents.quote.pdfUrl} download>
                    {words.downloadQuote(documents.quote.number)}
                  </a>
                ) : (
                  <p className="document-preparing">{messages.documentPreparing}</p>
                )}
              </div>
            </section>
          ) : null}
          {order.cancellable ? <CancelOrder number={order.number} /> : null}
        </>
      );
    }
    if (result.error) {
      return <LoadError onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    return (
      <p className="loading" role="status">
        {messages.loading}
      </p>
    );
  }

  return (
    <div className="order-detail">
      <p className="back-link">
        <Link to={paths.orders}>{words.backToOrders}</Link>
      </p>
      {placed ? (
        <PageHeading>{words.completionTitle}</PageHeading>
      ) : (
        <PageHeading kicker={words.orderKicker}>{order?.number ?? number}</PageHeading>
      )}
      {content()}
    </div>
  );
}
