// Maps a failed sign-in to the sentence the reader sees, from the catalogue the API words its errors from.
import type { SignInErrorCode } from '../../gql/graphql';
import { errorSentence } from '../../lib/i18n/errorSentences';
import type { Language } from '../../lib/i18n/language';
import type { Messages } from '../../lib/i18n/messages';

export interface SignInProblem {
  code: SignInErrorCode;
  retryAfterSeconds?: number | null;
}

/** `problem` is undefined when the request failed without a sign-in error (network, server fault). */
export function signInErrorText(problem: SignInProblem | undefined, language: Language, messages: Messages): string {
  if (problem === undefined) {
    return messages.unexpectedError;
  }
  // One neutral sentence for an unknown address, a wrong password or empty fields alike.
  return errorSentence('SignInErrorCode', problem.code, language, { retryAfterSeconds: problem.retryAfterSeconds });
}
