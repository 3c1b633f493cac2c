// Whether a serial can be renewed today, in words; the server decides, this only says it.
import type { IneligibilityReason } from '../../gql/graphql';
import { formatDate } from '../../lib/i18n/formatDate';
import type { Language } from '../../lib/i18n/language';
import { messages } from '../../lib/i18n/messages';

export interface EligibilityFacts {
  reason: IneligibilityReason | null;
  /** First day of the renewal window; null when the product has none (Total Security). */
  opensOn: string | null;
  /** Last day of the renewal window; null when the product has none. */
  closesOn: string | null;
}

/** The reader's sentence for a serial's eligibility. A reason the UI does not know yet fails to compile. */
export function eligibilityText({ reason, opensOn, closesOn }: EligibilityFacts, language: Language): string {
  const words = messages[language];
  const date = (isoDate: string | null) => (isoDate === null ? null : formatDate(isoDate, language));
  switch (reason) {
    case null:
      return words.renewableNow;
    case 'TOO_EARLY':
      return words.renewalOpensOn(date(opensOn));
    case 'TOO_LATE':
      return words.renewalClosed(date(closesOn));
    case 'RENEWAL_IN_PROGRESS':
      return words.renewalInProgress;
  }
}

/** A class per outcome, so the sentence's look follows it (never colour alone: the words say it). */
export function eligibilityTone(reason: IneligibilityReason | null): string {
  switch (reason) {
    case null:
      return 'eligibility-renewable';
    case 'TOO_EARLY':
      return 'eligibility-not-yet';
    case 'TOO_LATE':
      return 'eligibility-closed';
    case 'RENEWAL_IN_PROGRESS':
      return 'eligibility-in-progress';
  }
}
