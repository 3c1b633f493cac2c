// "A renewal is already in progress": the unpaid order holding the serial, linked, with its due date.
import { Link } from 'react-router';
import { formatDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { orderPath } from '../../lib/paths';

export function RenewalInProgress({ progress }: { progress: { orderNumber: string; dueOn: string } }) {
  const { messages, language } = useI18n();
  return (
    <span className="renewal-in-progress">
      <Link className="renewal-link" to={orderPath(progress.orderNumber)}>
        {progress.orderNumber}
      </Link>{' '}
      {messages.renewalInProgressOrder(formatDate(progress.dueOn, language))}
    </span>
  );
}
