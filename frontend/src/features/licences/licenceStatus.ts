// The words for a licence's status; the status itself is decided by the server.
import type { LicenceStatus } from '../../gql/graphql';
import type { Elapsed, Messages } from '../../lib/i18n/messages';

const daysPerMonth = 365.25 / 12;

/** A time since expiry as a reader says it: days for the first six weeks, then about so many months,
 * then, from about eleven months, about so many years ("about 3 years ago", not "1096 days ago"). */
export function elapsedSince(days: number): Elapsed {
  if (days < 45) {
    return { unit: 'day', count: days };
  }
  const months = Math.round(days / daysPerMonth);
  if (months < 11) {
    return { unit: 'month', count: months };
  }
  return { unit: 'year', count: Math.max(1, Math.round(days / 365.25)) };
}

export function licenceStatusText(status: LicenceStatus, daysUntilExpiry: number, messages: Messages): string {
  switch (status) {
    case 'ACTIVE':
      return messages.statusActive;
    case 'EXPIRING_SOON':
      return messages.statusExpiringSoon(daysUntilExpiry);
    case 'EXPIRED':
      return messages.statusExpired(elapsedSince(-daysUntilExpiry));
  }
}
