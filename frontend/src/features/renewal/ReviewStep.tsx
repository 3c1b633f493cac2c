// お申し込み内容の確認: the licence agreement to accept, the order to review (lines, totals, billing),
// the quote if wanted, the privacy policy to accept, and [申し込む] behind a confirmation dialog.
// Each attempt to order carries one idempotency key, reused when the same order is sent again (a
// retry after a failure), so however often it is sent, one order results.
import { useId, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type {
  BillingInput,
  QuoteFieldsFragment,
  RenewalErrorFieldsFragment,
  RenewalLineInput,
} from '../../gql/graphql';
import { formatDate } from '../../lib/i18n/formatDate';
import { formatYen } from '../../lib/i18n/formatYen';
import { useI18n } from '../../lib/i18n/useI18n';
import { BillingSummary } from '../../lib/ui/BillingSummary';
import { ConfirmDialog } from '../../lib/ui/ConfirmDialog';
import { DocumentTotals } from '../../lib/ui/DocumentTotals';
import { LoadError } from '../../lib/ui/LoadError';
import { optionFor, type CartItem, type CartTotals, type SerialFacts } from './cart';
import { legalDocumentsQuery, placeOrderMutation } from './documents';
import { LegalDocumentText } from './LegalDocumentText';
import { useRenewalMessages } from './messages';
import { QuotePanel } from './QuotePanel';
import { renewalErrorText } from './renewalErrorText';

interface Props {
  items: CartItem[];
  facts: ReadonlyMap<string, SerialFacts>;
  lines: RenewalLineInput[];
  totals: CartTotals;
  billing: BillingInput;
  quote: QuoteFieldsFragment | null;
  onQuote: (quote: QuoteFieldsFragment | null) => void;
  /** Errors about the lines or the billing details, for the cart and the form to show. */
  onErrors: (errors: RenewalErrorFieldsFragment[]) => void;
  onPlaced: (orderNumber: string) => void;
  onEditCart: () => void;
  onEditBilling: () => void;
}

const quoteCodes = new Set(['QUOTE_NOT_FOUND', 'QUOTE_EXPIRED', 'QUOTE_LINES_CHANGED']);

function ConsentBox({
  label,
  checked,
  error,
  onChange,
}: {
  label: string;
  checked: boolean;
  error: RenewalErrorFieldsFragment | null;
  onChange: (checked: boolean) => void;
}) {
  const { language } = useI18n();
  const errorId = useId();
  return (
    <div className="consent">
      <label className="consent-label">
        <input
          type="checkbox"
          checked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {error ? (
        <p id={errorId} className="form-alert field-error">
          {renewalErrorText(error, language)}
        </p>
      ) : null}
    </div>
  );
}

function consentError(code: 'TERMS_NOT_ACCEPTED' | 'PRIVACY_NOT_ACCEPTED'): RenewalErrorFieldsFragment {
  return { code, field: null, path: null, maxLines: null, maxLength: null, orderNumber: null };
}

export function ReviewStep(props: Props) {
  const { items, facts, lines, totals, billing, quote, onQuote, onErrors, onPlaced, onEditCart, onEditBilling } = props;
  const { messages, language } = useI18n();
  const words = useRenewalMessages();
  const client = useClient();
  const [legal, refetchLegal] = useQuery({ query: legalDocumentsQuery });
  const [termsAccepted, setTermsAccepted] = useState(false);
  const [privacyAccepted, setPrivacyAccepted] = useState(false);
  const [termsError, setTermsError] = useState<RenewalErrorFieldsFragment | null>(null);
  const [privacyError, setPrivacyError] = useState<RenewalErrorFieldsFragment | null>(null);
  const [quoteError, setQuoteError] = useState<RenewalErrorFieldsFragment | null>(null);
  const [problems, setProblems] = useState<RenewalErrorFieldsFragment[]>([]);
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [placing, setPlacing] = useState(false);
  const attempt = useRef<{ input: string; key: string } | null>(null);
  const linesId = useId();

  const terms = legal.data?.legalDocuments.find((document) => document.kind === 'TERMS');
  const privacy = legal.data?.legalDocuments.find((document) => document.kind === 'PRIVACY');
  const ordered = new Set(lines.map((line) => line.serialNumber));

  function askToConfirm() {
    setTermsError(termsAccepted ? null : consentError('TERMS_NOT_ACCEPTED'));
    setPrivacyError(privacyAccepted ? null : consentError('PRIVACY_NOT_ACCEPTED'));
    if (termsAccepted && privacyAccepted) {
      setConfirming(true);
    }
  }

  async function place(withQuote: QuoteFieldsFragment | null) {
    const order = {
      lines,
      billing,
      quoteNumber: withQuote?.number ?? null,
      acceptedTermsVersion: terms?.version ?? null,
      acceptedPrivacyVersion: privacy?.version ?? null,
    };
    const input = JSON.stringify(order);
    if (attempt.current?.input !== input) {
      attempt.current = { input, key: crypto.randomUUID() };
    }
    setPlacing(true);
    setFailed(false);
    const result = await client
      .mutation(placeOrderMutation, { input: { ...order, idempotencyKey: attempt.current.key } })
      .toPromise();
    setPlacing(false);
    const payload = result.data?.placeRenewalOrder;
    if (payload === undefined) {
      // Sent again as it is, the order keeps its key: if the first one arrived, this returns it.
      setConfirming(false);
      setFailed(true);
      return;
    }
    if (payload.order) {
      onPlaced(payload.order.number);
      return;
    }
    setConfirming(false);
    const errors = payload.errors;
    const byField = (field: string) => errors.find((error) => error.field === field) ?? null;
    setTermsError(byField('acceptedTermsVersion'));
    setPrivacyError(byField('acceptedPrivacyVersion'));
    setQuoteError(errors.find((error) => quoteCodes.has(error.code)) ?? null);
    if (errors.some((error) => error.code === 'TERMS_OUTDATED' || error.code === 'PRIVACY_OUTDATED')) {
      // A new version to read: nothing already ticked counts for it.
      setTermsAccepted(false);
      setPrivacyAccepted(false);
      refetchLegal({ requestPolicy: 'network-only' });
    }
    setProblems(errors);
    onErrors(errors);
  }

  if (legal.error) {
    return <LoadError onRetry={() => refetchLegal({ requestPolicy: 'network-only' })} />;
  }
  if (terms === undefined || privacy === undefined) {
    return (
      <p className="loading" role="status">
        {messages.loading}
      </p>
    );
  }

  const lineProblems = problems.filter((error) => error.path?.[0] === 'lines');
  const billingProblems = problems.filter((error) => error.field?.startsWith('billing.'));
  const otherProblems = problems.filter(
    (error) =>
      error.path === null &&
      !error.field?.startsWith('billing.') &&
      !quoteCodes.has(error.code) &&
      error.field !== 'acceptedTermsVersion' &&
      error.field !== 'acceptedPrivacyVersion',
  );

  return (
    <div className="review">
      <section className="review-section card" aria-labelledby={`${linesId}-terms`}>
        <h2 id={`${linesId}-terms`}>{words.termsHeading}</h2>
        <LegalDocumentText document={terms} versionLabel={words.version(terms.version)} />
        <ConsentBox
          label={words.acceptTerms}
          checked={termsAccepted}
          error={termsError}
          onChange={(checked) => {
            setTermsAccepted(checked);
            setTermsError(null);
          }}
        />
      </section>

      <section className="review-section card" aria-labelledby={linesId}>
        <h2 id={linesId}>{words.reviewLinesHeading}</h2>
        <div className="table-scroll review-lines" role="region" aria-label={words.reviewLinesTable} tabIndex={0}>
          <table className="review-table">
            <thead>
              <tr>
                <th scope="col">{messages.columnSerial}</th>
                <th scope="col">{words.columnProduct}</th>
                <th scope="col">{messages.columnTerm}</th>
                <th scope="col">{messages.columnNewExpiryExpected}</th>
                <th scope="col" className="amount">
                  {messages.columnPriceExcludingTax}
                </th>
              </tr>
            </thead>
            <tbody>
              {items
                .filter((item) => ordered.has(item.serialNumber))
                .map((item) => {
                  const option = optionFor(facts.get(item.serialNumber), item);
                  return (
                    <tr key={item.serialNumber}>
                      <th scope="row" className="serial-number">
                        {item.serialNumber}
                      </th>
                      <td className="product-name">{option?.product.name ?? '—'}</td>
                      <td className="nowrap">
                        {item.autoRenewal ? messages.autoRenewalShort : messages.termYears(item.years)}
                      </td>
                      <td className="nowrap">{option ? formatDate(option.newExpiresOn, language) : '—'}</td>
                      <td className="amount">{option ? formatYen(option.priceExcludingTax, language) : '—'}</td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </div>
        {items.length > lines.length ? (
          <p className="review-left-out">{words.leftOutCount(items.length - lines.length)}</p>
        ) : null}
        <DocumentTotals totals={totals} />
        <p>
          <button type="button" className="button button-quiet" onClick={onEditCart}>
            {words.editCart}
          </button>
        </p>
        <h3>{words.billingHeading}</h3>
        <BillingSummary billing={billing} />
        <p>
          <button type="button" className="button button-quiet" onClick={onEditBilling}>
            {words.editBilling}
          </button>
        </p>
      </section>

      <section className="review-section card" aria-labelledby={`${linesId}-quote`}>
        <h2 id={`${linesId}-quote`}>{words.quoteHeading}</h2>
        <QuotePanel
          lines={lines}
          billing={billing}
          quote={quote}
          onQuote={(issued) => {
            setQuoteError(null);
            onQuote(issued);
          }}
          onErrors={(errors) => {
            setProblems(errors);
            onErrors(errors);
          }}
        />
        {quoteError ? (
          <div className="form-alert" role="alert">
            <p>{renewalErrorText(quoteError, language)}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setQuoteError(null);
                onQuote(null);
                setConfirming(true);
              }}
            >
              {words.orderWithoutQuote}
            </button>
          </div>
        ) : null}
      </section>

      <section className="review-section card" aria-labelledby={`${linesId}-privacy`}>
        <h2 id={`${linesId}-privacy`}>{words.privacyHeading}</h2>
        <LegalDocumentText document={privacy} versionLabel={words.version(privacy.version)} />
        <ConsentBox
          label={words.acceptPrivacy}
          checked={privacyAccepted}
          error={privacyError}
          onChange={(checked) => {
            setPrivacyAccepted(checked);
            setPrivacyError(null);
          }}
        />
      </section>

      {lineProblems.length + billingProblems.length + otherProblems.length > 0 || failed ? (
        <div className="form-alert review-problems" role="alert">
          {failed ? <p>{messages.unexpectedError}</p> : null}
          {lineProblems.length > 0 ? (
            <>
              <p>{words.linesProblem}</p>
              <ul>
                {lineProblems.map((error) => (
                  <li key={`${error.path?.join('.') ?? ''}-${error.code}`}>
                    <span className="serial-number">{lines[Number(error.path?.[1])]?.serialNumber}</span>:{' '}
                    {renewalErrorText(error, language)}
                  </li>
                ))}
              </ul>
              <button type="button" className="button button-quiet" onClick={onEditCart}>
                {words.editCart}
              </button>
            </>
          ) : null}
          {billingProblems.length > 0 ? (
            <>
              <p>{words.billingProblem}</p>
              <button type="button" className="button button-quiet" onClick={onEditBilling}>
                {words.editBilling}
              </button>
            </>
          ) : null}
          {otherProblems.map((error) => (
            <p key={error.code}>{renewalErrorText(error, language)}</p>
          ))}
        </div>
      ) : null}

      <div className="form-actions step-actions">
        <button type="button" className="button button-secondary" onClick={onEditBilling}>
          {words.backToBilling}
        </button>
        <button type="button" className="button button-primary" onClick={askToConfirm}>
          {words.placeOrder}
        </button>
      </div>

      {confirming ? (
        <ConfirmDialog
          title={words.confirmTitle}
          confirmLabel={placing ? words.placing : words.placeOrder}
          cancelLabel={words.confirmCancel}
          busy={placing}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void place(quote)}
        >
          <p>{words.confirmBody(totals.lineCount, formatYen(totals.totalIncludingTax, language))}</p>
          {quote ? <p>{words.confirmWithQuote(quote.number)}</p> : null}
          <p>{words.confirmInvoice}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
