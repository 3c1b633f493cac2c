// One credit in the review queue: what the bank reported, why it waits, its account's invoice, the
// invoices it may be for, and the actions that resolve it (apply, mark for refund, dismiss).
import { useId, useState } from 'react';
import type { BankCreditFieldsFragment, InvoiceSummaryFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/i18n/formatDate';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { useStaffMessages } from '../messages';
import { useReviewMessages } from './messages';
import { ReviewDialog } from './ReviewDialog';
import { useReviewAction, type ReviewAction } from './useReviewAction';

function Customer({ invoice }: { invoice: InvoiceSummaryFieldsFragment }) {
  return (
    <>
      {invoice.companyName ?? ''}
      {invoice.companyName ? <br /> : null}
      <span className="muted">{invoice.customerEmail}</span>
    </>
  );
}

function Candidates({
  credit,
  onApply,
}: {
  credit: BankCreditFieldsFragment;
  onApply: (action: ReviewAction) => void;
}) {
  const { language } = useI18n();
  const words = useReviewMessages();
  const staffWords = useStaffMessages();
  const captionId = useId();
  if (credit.candidates.length === 0) {
    return <p className="muted">{words.noCandidates}</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="review-table candidates-table">
        <caption id={captionId} className="visually-hidden">
          {words.candidatesCaption(formatYen(credit.amount, language))}
        </caption>
        <thead>
          <tr>
            <th scope="col">{words.columnInvoice}</th>
            <th scope="col">{words.columnOrder}</th>
            <th scope="col">{words.columnCustomer}</th>
            <th scope="col" className="amount">
              {words.columnTotal}
            </th>
            <th scope="col">{words.columnDueOn}</th>
            <th scope="col">{words.columnMatches}</th>
            <th scope="col" className="amount">
              {words.columnShortfall}
            </th>
            <th scope="col">{words.columnAction}</th>
          </tr>
        </thead>
        <tbody>
          {credit.candidates.map(({ invoice, matches, shortfall }) => (
            <tr key={invoice.number}>
              <th scope="row" className="serial-number">
                {invoice.number}
              </th>
              <td className="serial-number">{invoice.orderNumber}</td>
              <td>
                <Customer invoice={invoice} />
              </td>
              <td className="amount">{formatYen(invoice.totalIncludingTax, language)}</td>
              <td className="nowrap">{formatDate(invoice.dueOn, language)}</td>
              <td>
                <ul className="match-badges">
                  {matches.map((match) => (
                    <li key={match} className="match-badge">
                      {staffWords.matches[match]}
                    </li>
                  ))}
                </ul>
              </td>
              <td className="amount">{shortfall > 0 ? formatYen(shortfall, language) : '—'}</td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() =>
                    onApply({
                      kind: 'apply',
                      invoiceNumber: invoice.number,
                      total: invoice.totalIncludingTax,
                      shortfall,
                    })
                  }
                >
                  {words.applyToThis}
                  <span className="visually-hidden">（{invoice.number}）</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CreditReview({
  credit,
  onResolved,
}: {
  credit: BankCreditFieldsFragment;
  onResolved: (credit: BankCreditFieldsFragment, action: ReviewAction) => void;
}) {
  const { language } = useI18n();
  const words = useReviewMessages();
  const staffWords = useStaffMessages();
  const headingId = useId();
  const manualId = useId();
  const manualHintId = useId();
  const [manual, setManual] = useState('');
  const review = useReviewAction(credit.id, (action) => onResolved(credit, action));
  const amount = formatYen(credit.amount, language);

  return (
    <li className="card credit-review">
      <h2 id={headingId} className="credit-heading">
        {words.creditHeading(amount, credit.payerName)}
        {credit.reviewReason !== null ? (
          <span className={`status review-reason review-reason-${credit.reviewReason.toLowerCase()}`}>
            {staffWords.reviewReasons[credit.reviewReason]}
          </span>
        ) : null}
      </h2>
      <dl className="facts credit-facts">
        <div>
          <dt>{words.bookedOn}</dt>
          <dd>{formatDate(credit.bookedOn, language)}</dd>
        </div>
        <div>
          <dt>{words.amount}</dt>
          <dd>{amount}</dd>
        </div>
        <div>
          <dt>{words.payerName}</dt>
          <dd>{credit.payerName}</dd>
        </div>
        <div>
          <dt>{words.account}</dt>
          <dd>{words.accountLine(credit.bankCode, credit.branchCode, credit.accountNumber)}</dd>
        </div>
        <div>
          <dt>{words.accountInvoice}</dt>
          <dd>
            {credit.invoice === null ? (
              <span className="muted">{words.noAccountInvoice}</span>
            ) : (
              <>
                <span className="serial-number">{credit.invoice.number}</span> ({credit.invoice.orderNumber}){' '}
                {formatYen(credit.invoice.totalIncludingTax, language)}
                <br />
                <span className="muted">{credit.invoice.customerEmail}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{words.reference}</dt>
          <dd>
            {credit.reference} <span className="muted">({credit.filename})</span>
          </dd>
        </div>
      </dl>
      <h3>{words.candidatesHeading}</h3>
      <Candidates credit={credit} onApply={review.ask} />
      <div className="credit-actions">
        <form
          className="manual-apply"
          onSubmit={(event) => {
            event.preventDefault();
            if (manual.trim() !== '') {
              review.ask({
                kind: 'apply',
                invoiceNumber: manual.trim(),
                total: null,
                shortfall: null,
              });
            }
          }}
        >
          <div className="field">
            <label htmlFor={manualId}>{words.manualLabel}</label>
            <div className="list-search-row">
              <input
                id={manualId}
                type="text"
                spellCheck={false}
                autoComplete="off"
                aria-describedby={manualHintId}
                value={manual}
                onChange={(event) => setManual(event.target.value)}
              />
              <button type="submit" className="button button-secondary" disabled={manual.trim() === ''}>
                {words.manualApply}
              </button>
            </div>
            <p id={manualHintId} className="field-hint">
              {words.manualHint}
            </p>
          </div>
        </form>
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={() => review.ask({ kind: 'refund' })}>
            {words.markRefund}
          </button>
          <button type="button" className="button button-quiet" onClick={() => review.ask({ kind: 'dismiss' })}>
            {words.dismiss}
          </button>
        </div>
      </div>
      <ReviewDialog credit={credit} review={review} />
    </li>
  );
}
