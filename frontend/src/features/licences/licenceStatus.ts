// The words for a licence's status; the status itself is decided by the server.
import type { LicenceStatus } from '../../gql/graphql';
import type { Messages } from '../../lib/i18n/messages';

export function licenceStatusText(status: LicenceStatus, daysUntilExpiry: number, messages: Messages): string {
  switch (status) {
    case 'ACTIVE':
      return messages.statusActive;
    case 'EXPIRING_SOON':
      return messages.statusExpiringSoon(daysUntilExpiry);
    case 'EXPIRED':
      return messages.statusExpired(-daysUntilExpiry);
  }
}
