// Maps a failed lookup to the sentence under the field; the server's own message is never shown.
import type { LicenceLookupErrorCode } from '../../gql/graphql';
import type { Messages } from '../../lib/i18n/messages';

/** `code` is undefined when the request failed without a lookup error (network, server fault). */
export function lookupErrorText(code: LicenceLookupErrorCode | undefined, messages: Messages): string {
  switch (code) {
    case 'INVALID_SERIAL':
      return messages.invalidSerial;
    case 'NOT_FOUND':
      // The same sentence for an unknown serial and another account's: nothing is given away.
      return messages.serialNotFound;
    case undefined:
      return messages.unexpectedError;
  }
}
