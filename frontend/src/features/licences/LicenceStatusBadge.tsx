// A licence's status as a badge: words first, with a colour and a symbol per status.
import type { LicenceStatus } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/useI18n';
import { licenceStatusText } from './licenceStatus';

const statusClass: Record<LicenceStatus, string> = {
  ACTIVE: 'status-active',
  EXPIRING_SOON: 'status-expiring',
  EXPIRED: 'status-expired',
};

export function LicenceStatusBadge({ status, daysUntilExpiry }: { status: LicenceStatus; daysUntilExpiry: number }) {
  const { messages } = useI18n();
  return (
    <span className={`status ${statusClass[status]}`}>{licenceStatusText(status, daysUntilExpiry, messages)}</span>
  );
}
