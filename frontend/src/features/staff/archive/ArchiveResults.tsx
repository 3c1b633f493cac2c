// The archive's results: one row per order, with its customer, its invoice and receipt and their PDFs.
import type { ArchiveEntryFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatInstantDate } from '../../../lib/i18n/formatDate';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { useArchiveMessages, type ArchiveMessages } from './messages';

interface Document {
  number: string;
  pdfUrl?: string | null;
  document: { status: 'READY' | 'RENDERING' };
}

/** The PDF's link once it is rendered (and the server gave an address), else what it is waiting for. */
function Pdf({ of, name, words }: { of: Document; name: string; words: ArchiveMessages }) {
  const url = of.pdfUrl ?? null;
  if (of.document.status === 'READY' && url !== null) {
    return (
      <a href={url} aria-label={name}>
        {words.documentStatus.READY}
      </a>
    );
  }
  return <span className="archive-pending">{words.documentStatus.RENDERING}</span>;
}

export function ArchiveResults({ rows }: { rows: readonly ArchiveEntryFieldsFragment[] }) {
  const { language } = useI18n();
  const words = useArchiveMessages();
  return (
    <div className="card archive-results">
      <table className="archive-table">
        <caption className="visually-hidden">{words.resultsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.columnOrder}</th>
            <th scope="col">{words.columnPlacedAt}</th>
            <th scope="col">{words.columnCustomer}</th>
            <th scope="col">{words.columnStatus}</th>
            <th scope="col">{words.columnInvoice}</th>
            <th scope="col">{words.columnReceipt}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ customerEmail, order }) => {
            const { invoice, receipt } = order;
            const company = order.billing.companyName ?? null;
            return (
              <tr key={order.number}>
                <th scope="row" className="archive-number">
                  {order.number}
                </th>
                <td>{formatInstantDate(order.placedAt, language)}</td>
                <td>
                  <span className="archive-email">{customerEmail}</span>
                  {company === null ? null : <span className="archive-company">{company}</span>}
                </td>
                <td>
                  <span className={`status order-status-${order.status.toLowerCase()}`}>
                    {words.status[order.status]}
                  </span>
                </td>
                <td>
                  <span className="archive-number">{invoice.number}</span>
                  <span className="archive-detail">
                    {formatYen(invoice.totalIncludingTax, language)} ·{' '}
                    {words.issuedOn(formatDate(invoice.issuedOn, language))}
                  </span>
                  <Pdf of={invoice} name={words.invoicePdf(invoice.number)} words={words} />
                </td>
                <td>
                  {receipt ? (
                    <>
                      <span className="archive-number">{receipt.number}</span>
                      <span className="archive-detail">{words.issuedOn(formatDate(receipt.issuedOn, language))}</span>
                      <Pdf of={receipt} name={words.receiptPdf(receipt.number)} words={words} />
                    </>
                  ) : (
                    <span className="archive-none">{words.noReceipt}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
