// Maps a failed sign-in to the sentence the reader sees; the server's own message is never shown.
import type { SignInErrorCode } from '../../gql/graphql';
import type { Messages } from '../../lib/i18n/messages';

export interface SignInProblem {
  code: SignInErrorCode;
  retryAfterSeconds?: number | null;
}

/** `problem` is undefined when the request failed without a sign-in error (network, server fault). */
export function signInErrorText(problem: SignInProblem | undefined, messages: Messages): string {
  switch (problem?.code) {
    case 'INVALID_CREDENTIALS':
      // One neutral sentence for an unknown address, a wrong password or empty fields alike.
      return messages.invalidCredentials;
    case 'TOO_MANY_ATTEMPTS':
      return messages.tooManyAttempts(problem.retryAfterSeconds ?? null);
    case undefined:
      return messages.unexpectedError;
  }
}
