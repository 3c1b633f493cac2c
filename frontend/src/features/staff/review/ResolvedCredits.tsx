// The credits already dealt with, newest first, one state at a time (applied, to refund, dismissed):
// who resolved each, when, and the note they left.
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import type { BankCreditFieldsFragment, CreditState } from '../../../gql/graphql';
import { formatDate, formatInstantDateTime } from '../../../lib/i18n/formatDate';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { LoadError } from '../../../lib/ui/LoadError';
import { Loading } from '../../../lib/ui/Loading';
import { ShowMore } from '../../../lib/ui/ShowMore';
import { useStaffMessages } from '../messages';
import { bankCreditsQuery } from './documents';
import { useReviewMessages } from './messages';
import { pagesSoFar, type EarlierPages } from '../../../lib/graphql/pagesSoFar';

const resolvedStates = ['APPLIED', 'REFUND', 'DISMISSED'] as const satisfies readonly CreditState[];
const pageSize = 20;

function ResolvedTable({ state }: { state: CreditState }) {
  const { language } = useI18n();
  const words = useReviewMessages();
  const staffWords = useStaffMessages();
  const captionId = useId();
  const [earlier, setEarlier] = useState<EarlierPages<BankCreditFieldsFragment> | null>(null);
  const [result, reexecute] = useQuery({
    query: bankCreditsQuery,
    variables: { state, first: pageSize, after: earlier?.after ?? null },
    requestPolicy: 'cache-and-network',
  });
  const { current, rows, endCursor } = pagesSoFar(earlier, result.operation?.variables.after, result.data?.bankCredits);

  if (result.error && rows.length === 0) {
    return <LoadError onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (current === undefined && rows.length === 0) {
    return <Loading />;
  }
  if (rows.length === 0) {
    return <p className="card empty-state">{words.resolvedEmpty}</p>;
  }
  return (
    <>
      <div className="card table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="licence-table staff-table">
          <caption id={captionId}>{words.resolvedCaption(staffWords.creditStates[state])}</caption>
          <thead>
            <tr>
              <th scope="col">{words.columnBookedOn}</th>
              <th scope="col" className="amount">
                {words.amount}
              </th>
              <th scope="col">{words.columnPayer}</th>
              <th scope="col">{words.columnPaidInvoice}</th>
              <th scope="col">{words.columnResolvedBy}</th>
              <th scope="col">{words.columnResolvedAt}</th>
              <th scope="col">{words.columnNote}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((credit) => (
              <tr key={credit.id}>
                <td className="nowrap">{formatDate(credit.bookedOn, language)}</td>
                <td className="amount">{formatYen(credit.amount, language)}</td>
                <td>{credit.payerName}</td>
                <td className="serial-number">{credit.invoice?.number ?? '—'}</td>
                <td>{credit.resolvedBy ?? '—'}</td>
                <td className="nowrap">
                  {credit.resolvedAt === null ? '—' : formatInstantDateTime(credit.resolvedAt, language)}
                </td>
                <td className="resolution-note">{credit.resolutionNote ?? ''}</td>
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

export function ResolvedCredits() {
  const words = useReviewMessages();
  const staffWords = useStaffMessages();
  const headingId = useId();
  const [state, setState] = useState<CreditState>('APPLIED');
  return (
    <section className="resolved-credits" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.resolvedHeading}</h2>
      <div className="list-filters" role="group" aria-label={words.resolvedFilterLabel}>
        {resolvedStates.map((option) => (
          <button
            key={option}
            type="button"
            className="filter-chip"
            aria-pressed={state === option}
            onClick={() => setState(option)}
          >
            {staffWords.creditStates[option]}
          </button>
        ))}
      </div>
      <ResolvedTable key={state} state={state} />
    </section>
  );
}
