// The sentence for one of the renewal API's errors, its details (limit, order number) filled in.
import type { RenewalErrorFieldsFragment } from '../../gql/graphql';
import { errorSentence } from '../../lib/i18n/errorSentences';
import type { Language } from '../../lib/i18n/language';

export function renewalErrorText(error: RenewalErrorFieldsFragment, language: Language): string {
  return errorSentence('RenewalErrorCode', error.code, language, {
    maxLines: error.maxLines,
    maxLength: error.maxLength,
    orderNumber: error.orderNumber,
  });
}
