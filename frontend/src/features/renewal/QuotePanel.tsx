// 見積書: issues a numbered quote for the order as it stands, then offers its PDF, or says it is being
// prepared (and asks again every 1.5 s) until it can be downloaded: never a link that does not work yet.
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import type {
  QuoteFieldsFragment,
  RenewalErrorFieldsFragment,
  RenewalLineInput,
  BillingInput,
} from '../../gql/graphql';
import { formatDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { createQuoteMutation, quoteQuery } from './documents';
import { useRenewalMessages } from './messages';

export const documentPollMs = 1500;

interface Props {
  lines: RenewalLineInput[];
  billing: BillingInput;
  quote: QuoteFieldsFragment | null;
  onQuote: (quote: QuoteFieldsFragment) => void;
  onErrors: (errors: RenewalErrorFieldsFragment[]) => void;
}

export function QuotePanel({ lines, billing, quote, onQuote, onErrors }: Props) {
  const { messages, language } = useI18n();
  const words = useRenewalMessages();
  const client = useClient();
  const [issuing, setIssuing] = useState(false);
  const [failed, setFailed] = useState(false);

  const rendering = quote?.document.status === 'RENDERING' ? quote.number : null;
  useEffect(() => {
    if (rendering === null) {
      return;
    }
    const timer = window.setInterval(() => {
      void client
        .query(quoteQuery, { number: rendering }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          const found = result.data?.quote.quote;
          if (found?.document.status === 'READY') {
            onQuote(found);
          }
        });
    }, documentPollMs);
    return () => window.clearInterval(timer);
  }, [client, rendering, onQuote]);

  async function issue() {
    setIssuing(true);
    setFailed(false);
    const result = await client.mutation(createQuoteMutation, { input: { lines, billing } }).toPromise();
    setIssuing(false);
    const payload = result.data?.createQuote;
    if (payload === undefined) {
      setFailed(true);
      return;
    }
    onErrors(payload.errors);
    if (payload.quote) {
      onQuote(payload.quote);
    }
  }

  return (
    <div className="quote-panel">
      <p>{words.quoteIntro}</p>
      {quote ? (
        <div className="quote-issued">
          <p>{words.quoteIssued(quote.number, formatDate(quote.validUntil, language))}</p>
          <p aria-live="polite">
            {quote.document.status === 'READY' ? (
              <a className="button button-secondary" href={quote.pdfUrl} download>
                {words.downloadQuote(quote.number)}
              </a>
            ) : (
              <span className="document-preparing">{messages.documentPreparing}</span>
            )}
          </p>
        </div>
      ) : (
        <button type="button" className="button button-secondary" disabled={issuing} onClick={() => void issue()}>
          {issuing ? words.issuingQuote : words.showQuote}
        </button>
      )}
      {failed ? (
        <p className="form-alert" role="alert">
          {messages.unexpectedError}
        </p>
      ) : null}
    </div>
  );
}
