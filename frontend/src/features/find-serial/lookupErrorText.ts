// Maps a failed lookup to the sentence under the field, from the catalogue the API words its errors from.
import type { LicenceLookupErrorCode } from '../../gql/graphql';
import { errorSentence } from '../../lib/i18n/errorSentences';
import type { Language } from '../../lib/i18n/language';
import type { Messages } from '../../lib/i18n/messages';

/** `code` is undefined when the request failed without a lookup error (network, server fault). */
export function lookupErrorText(code: LicenceLookupErrorCode | undefined, language: Language, messages: Messages): string {
  // NOT_FOUND is one sentence for an unknown serial and another account's: nothing is given away.
  return code === undefined ? messages.unexpectedError : errorSentence('LicenceLookupErrorCode', code, language);
}
