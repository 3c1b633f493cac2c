// 要確認入金 (/staff/review): the credits the import could not apply, oldest first, each with the
// invoices it may be for and the actions that resolve it; below, the credits already dealt with.
import { useState } from 'react';
import { useQuery } from 'urql';
import type { BankCreditFieldsFragment } from '../../../gql/graphql';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { LoadError } from '../../../lib/ui/LoadError';
import { Loading } from '../../../lib/ui/Loading';
import { PageHeading } from '../../../lib/ui/PageHeading';
import { ShowMore } from '../../../lib/ui/ShowMore';
import { useStaffMessages } from '../messages';
import { CreditReview } from './CreditReview';
import { bankCreditsQuery } from './documents';
import { useReviewMessages } from './messages';
import { ResolvedCredits } from './ResolvedCredits';
import type { ReviewAction } from './useReviewAction';
import { pagesSoFar, type EarlierPages } from '../../../lib/graphql/pagesSoFar';

const queuePageSize = 20;

export function ReviewPage() {
  const { language } = useI18n();
  const words = useReviewMessages();
  const staffWords = useStaffMessages();
  const [earlier, setEarlier] = useState<EarlierPages<BankCreditFieldsFragment> | null>(null);
  const [resolved, setResolved] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  // The resolved list is asked afresh after each resolution.
  const [resolutions, setResolutions] = useState(0);
  const [result, reexecute] = useQuery({
    query: bankCreditsQuery,
    variables: {
      state: 'REVIEW',
      first: queuePageSize,
      after: earlier?.after ?? null,
    },
    requestPolicy: 'cache-and-network',
  });
  const {
    current,
    rows: fetched,
    endCursor,
  } = pagesSoFar(earlier, result.operation?.variables.after, result.data?.bankCredits);
  // A credit resolved here leaves the list at once, before the queue is asked afresh.
  const rows = fetched.filter((credit) => !resolved.has(credit.id));

  function onResolved(credit: BankCreditFieldsFragment, action: ReviewAction) {
    const amount = formatYen(credit.amount, language);
    setAnnouncement(
      action.kind === 'apply'
        ? words.applied(amount, action.invoiceNumber)
        : action.kind === 'refund'
          ? words.refunded(amount)
          : words.dismissed(amount),
    );
    setResolved((previous) => new Set(previous).add(credit.id));
    setResolutions((count) => count + 1);
    // The credit's card is gone, and the button that opened the dialog with it: focus goes to the page's top.
    document.querySelector<HTMLHeadingElement>('main h1')?.focus();
    reexecute({ requestPolicy: 'network-only' });
  }

  function queue() {
    if (result.error && rows.length === 0) {
      return <LoadError onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
    }
    if (current === undefined && rows.length === 0) {
      return <Loading />;
    }
    if (rows.length === 0) {
      return <p className="card empty-state">{words.queueEmpty}</p>;
    }
    const total = (current?.totalCount ?? fetched.length) - (fetched.length - rows.length);
    return (
      <>
        <p className="result-count">{words.queueCount(rows.length, total)}</p>
        <ul className="credit-list">
          {rows.map((credit) => (
            <CreditReview key={credit.id} credit={credit} onResolved={onResolved} />
          ))}
        </ul>
        {endCursor !== null ? (
          <ShowMore fetching={result.fetching} onShowMore={() => setEarlier({ after: endCursor, rows })} />
        ) : null}
      </>
    );
  }

  return (
    <div className="staff-review">
      <PageHeading>{staffWords.reviewTitle}</PageHeading>
      <p className="lead">{words.intro}</p>
      <div role="status" className={announcement ? 'card notice review-done' : 'visually-hidden'}>
        {announcement}
      </div>
      {queue()}
      <ResolvedCredits key={resolutions} />
    </div>
  );
}
