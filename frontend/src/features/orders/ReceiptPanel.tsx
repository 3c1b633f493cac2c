// A paid order's receipt (領収書), which is its qualified invoice: its number, dates, the amount received
// (and the transfer fee deducted, if any), and the PDF: a plain download link once rendered, a progress
// message (announced) until then.
import { useId } from 'react';
import type { OrderDetailFieldsFragment, OrderDocumentStatesFragment } from '../../gql/graphql';
import { formatDate } from '../../lib/i18n/formatDate';
import { formatYen } from '../../lib/i18n/formatYen';
import { useI18n } from '../../lib/i18n/useI18n';
import { useOrderMessages } from './messages';

interface Props {
  order: OrderDetailFieldsFragment;
  documents: OrderDocumentStatesFragment;
}

export function ReceiptPanel({ order, documents }: Props) {
  const { messages, language } = useI18n();
  const words = useOrderMessages();
  const headingId = useId();
  const receipt = order.receipt;
  const pdf = documents.receipt;
  if (receipt === null || pdf === null) {
    return null;
  }
  const ready = pdf.document.status === 'READY';

  return (
    <section className="receipt card" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.receiptHeading}</h2>
      <p>{words.receiptQualifiedInvoice}</p>
      <dl className="facts">
        <div>
          <dt>{words.receiptNumber}</dt>
          <dd className="serial-number">{pdf.number}</dd>
        </div>
        <div>
          <dt>{words.issuedOn}</dt>
          <dd>{formatDate(receipt.issuedOn, language)}</dd>
        </div>
        <div>
          <dt>{words.receivedOn}</dt>
          <dd>{formatDate(receipt.receivedOn, language)}</dd>
        </div>
        <div>
          <dt>{words.amountReceived}</dt>
          <dd className="invoice-total">{formatYen(receipt.amountReceived, language)}</dd>
        </div>
        {receipt.feeDeducted > 0 ? (
          <div>
            <dt>{words.feeDeducted}</dt>
            <dd>{formatYen(receipt.feeDeducted, language)}</dd>
          </div>
        ) : null}
      </dl>
      {receipt.feeDeducted > 0 ? <p className="receipt-fee-note">{words.feeDeductedNote}</p> : null}
      <div className="invoice-download" aria-live="polite">
        {ready ? (
          <a className="button button-primary" href={pdf.pdfUrl} download>
            {words.downloadReceipt}
          </a>
        ) : (
          <p className="document-preparing">{messages.documentPreparing}</p>
        )}
      </div>
    </section>
  );
}
