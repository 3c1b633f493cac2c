// 概況, the staff console's first page: what is owed and when it falls due, what came in lately, and how
// many credits wait for review and for how long, as headline figures and three charts with their tables.
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { isUnauthenticated } from '../../../lib/graphql/errors';
import { formatDate } from '../../../lib/i18n/formatDate';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { paths } from '../../../lib/paths';
import { LoadError } from '../../../lib/ui/LoadError';
import { Loading } from '../../../lib/ui/Loading';
import { PageHeading } from '../../../lib/ui/PageHeading';
import { SignInAndReturn } from '../../../lib/ui/SignInAndReturn';
import { DueWeeksChart } from './DueWeeksChart';
import { paymentsOverviewQuery } from './documents';
import { useStaffMessages } from '../messages';
import { useOverviewMessages } from './messages';
import { QueueAgesChart } from './QueueAgesChart';
import { ReceivedDaysChart } from './ReceivedDaysChart';
import './overview.css';

export function OverviewPage() {
  const { language } = useI18n();
  const words = useOverviewMessages();
  const staffWords = useStaffMessages();
  // Payments arrive with every statement import: always asked afresh on arrival.
  const [result, reexecute] = useQuery({
    query: paymentsOverviewQuery,
    requestPolicy: 'cache-and-network',
  });
  const overview = result.data?.paymentsOverview;

  if (isUnauthenticated(result.error)) {
    return <SignInAndReturn />;
  }

  function content() {
    if (overview === undefined) {
      return result.error ? <LoadError onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : <Loading />;
    }
    const oldest = overview.oldestWaitingSince ?? null;
    return (
      <>
        <div className="overview-headline">
          <section className="card overview-stat" aria-labelledby="overview-open">
            <h2 id="overview-open">{words.openHeading}</h2>
            <p className="overview-stat-figures">
              <span className="overview-stat-amount">{formatYen(overview.openAmount, language)}</span>{' '}
              <span className="overview-stat-count">{staffWords.count(overview.openInvoices)}</span>
            </p>
          </section>
          <section className="card overview-stat" aria-labelledby="overview-queue">
            <h2 id="overview-queue">{words.queueHeading}</h2>
            <p className="overview-stat-figures">
              <span className="overview-stat-amount">{formatYen(overview.queueAmount, language)}</span>{' '}
              <span className="overview-stat-count">{staffWords.count(overview.queueSize)}</span>
            </p>
            <p className="overview-stat-note">
              {words.oldestWaiting(oldest === null ? null : formatDate(oldest, language))}
            </p>
            <p className="overview-stat-link">
              <Link to={paths.staffReview}>{words.reviewLink}</Link>
            </p>
          </section>
        </div>
        <DueWeeksChart weeks={overview.dueWeeks} />
        <ReceivedDaysChart days={overview.receivedDays} />
        <QueueAgesChart ages={overview.queueAges} size={overview.queueSize} amount={overview.queueAmount} />
      </>
    );
  }

  return (
    <div className="overview">
      <PageHeading>{words.title}</PageHeading>
      <p className="lead">{words.lead}</p>
      {content()}
    </div>
  );
}
