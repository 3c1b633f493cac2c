// Recognises the API's error codes in urql's combined errors.
import type { CombinedError } from 'urql';

/** True when the server refused the operation because nobody is signed in. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return error?.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED') ?? false;
}
