// An order's invoice: its number, dates and amount, the bank account to pay into (its own, for this
// invoice only) and the seed's warnings while it is still to be paid, and the PDF: a plain download link
// once rendered, a progress message (announced) until then.
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

export function InvoicePanel({ order, documents }: Props) {
  const { messages, language } = useI18n();
  const words = useOrderMessages();
  const headingId = useId();
  const invoice = order.invoice;
  const bank = invoice.bankAccount;
  const ready = documents.invoice.document.status === 'READY';
  // Paid, expired or void: nothing to transfer, so no account to transfer to.
  const payable = order.status === 'AWAITING_PAYMENT' && !invoice.voided;

  return (
    <section className="invoice card" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.invoiceHeading}</h2>
      {invoice.voided ? <p className="form-alert invoice-void">{words.voided}</p> : null}
      {order.status === 'PAID' ? <p className="invoice-paid">{words.invoicePaid}</p> : null}
      {order.status === 'EXPIRED' ? <p className="invoice-expired">{words.invoiceExpired}</p> : null}
      <dl className="facts">
        <div>
          <dt>{words.invoiceNumber}</dt>
          <dd className="serial-number">{invoice.number}</dd>
        </div>
        <div>
          <dt>{words.issuedOn}</dt>
          <dd>{formatDate(invoice.issuedOn, language)}</dd>
        </div>
        <div>
          <dt>{words.dueOn}</dt>
          <dd>{formatDate(invoice.dueOn, language)}</dd>
        </div>
        <div>
          <dt>{words.totalIncludingTax}</dt>
          <dd className="invoice-total">{formatYen(invoice.totalIncludingTax, language)}</dd>
        </div>
      </dl>
      <div className="invoice-download" aria-live="polite">
        {ready ? (
          <a className="button button-primary" href={documents.invoice.pdfUrl} download>
            {words.downloadInvoice}
          </a>
        ) : (
          <p className="document-preparing">{messages.documentPreparing}</p>
        )}
      </div>
      {payable ? (
        <>
          <h3>{words.bankHeading}</h3>
          <dl className="facts bank-account">
            <div>
              <dt>{words.bankName}</dt>
              <dd>{words.withCode(bank.bankName, bank.bankCode)}</dd>
            </div>
            <div>
              <dt>{words.branchName}</dt>
              <dd>{words.withCode(bank.branchName, bank.branchCode)}</dd>
            </div>
            <div>
              <dt>{words.accountType}</dt>
              <dd>{words.accountTypes[bank.accountType]}</dd>
            </div>
            <div>
              <dt>{words.accountNumber}</dt>
              <dd className="serial-number">{bank.accountNumber}</dd>
            </div>
            <div>
              <dt>{words.holderKana}</dt>
              <dd>{bank.holderKana}</dd>
            </div>
          </dl>
          <ul className="payment-warnings">
            <li>{words.warningExactAmount}</li>
            <li>{words.warningThisAccountOnly}</li>
            <li>{words.warningTransferFee}</li>
            <li>{words.warningNotQualifiedInvoice}</li>
          </ul>
        </>
      ) : null}
    </section>
  );
}
