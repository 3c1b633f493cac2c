// "Forgot your password / first time here?": asks for a mailed link to set a password. The answer
// is the same whether or not the address has an account, so the page tells nobody which ones do.
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorSentence } from '../../lib/i18n/errorSentences';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { FormAlert } from '../../lib/ui/FormAlert';
import { PageHeading } from '../../lib/ui/PageHeading';
import { useCountdown } from '../../lib/ui/useCountdown';

const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      accepted
      errors {
        code
        retryAfterSeconds
      }
    }
  }
`);

type Outcome =
  | { kind: 'none' }
  | { kind: 'empty' }
  | { kind: 'sent' }
  | { kind: 'throttled'; retryAfterSeconds: number }
  | { kind: 'failed' };

export function ForgotPasswordPage() {
  const { language, messages } = useI18n();
  const [{ fetching }, requestPasswordReset] = useMutation(requestPasswordResetMutation);
  const wait = useCountdown();
  const emailRef = useRef<HTMLInputElement>(null);
  const sentHeadingRef = useRef<HTMLHeadingElement>(null);
  const errorId = useId();
  const [email, setEmail] = useState('');
  // The outcome, not its sentence, is kept so that switching language re-words it.
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const waiting = outcome.kind === 'throttled' && wait.secondsLeft > 0;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching || waiting) {
      return;
    }
    if (email.trim() === '') {
      setOutcome({ kind: 'empty' });
      emailRef.current?.focus();
      return;
    }
    // Emptied first, so the same sentence is announced again after another refusal.
    setOutcome({ kind: 'none' });
    const result = await requestPasswordReset({ email });
    const payload = result.data?.requestPasswordReset;
    const refusal = payload?.errors[0];
    if (payload?.accepted) {
      // The form is gone: the reader continues at the confirmation that replaced it.
      flushSync(() => setOutcome({ kind: 'sent' }));
      sentHeadingRef.current?.focus();
    } else if (refusal?.code === 'TOO_MANY_REQUESTS') {
      const retryAfterSeconds = refusal.retryAfterSeconds ?? 0;
      setOutcome({ kind: 'throttled', retryAfterSeconds });
      wait.start(retryAfterSeconds);
    } else {
      setOutcome({ kind: 'failed' });
    }
  }

  function askAgain() {
    flushSync(() => setOutcome({ kind: 'none' }));
    emailRef.current?.focus();
  }

  function throttledText(retryAfterSeconds: number): string {
    return errorSentence('RequestPasswordResetErrorCode', 'TOO_MANY_REQUESTS', language, { retryAfterSeconds });
  }

  let announcement: string | null = null;
  let shown: string | null = null;
  if (outcome.kind === 'throttled' && waiting) {
    announcement = throttledText(outcome.retryAfterSeconds);
    shown = throttledText(wait.secondsLeft);
  } else if (outcome.kind === 'failed') {
    announcement = shown = messages.unexpectedError;
  }
  const empty = outcome.kind === 'empty';

  return (
    <div className="sign-in">
      <PageHeading>{messages.forgotPasswordTitle}</PageHeading>
      {/* Always rendered, so assistive technology is already watching it when the confirmation appears. */}
      <div role="status">
        {outcome.kind === 'sent' ? (
          <div className="card confirmation">
            <h2 ref={sentHeadingRef} tabIndex={-1}>
              {messages.linkSentTitle}
            </h2>
            <p>{messages.linkSent}</p>
            <p className="confirmation-note">{messages.linkSentHint}</p>
            <button type="button" className="button button-secondary" onClick={askAgain}>
              {messages.requestAgain}
            </button>
          </div>
        ) : null}
      </div>
      {outcome.kind === 'sent' ? null : (
        <>
          <p className="lead">{messages.forgotPasswordIntro}</p>
          <form className="card form" method="post" noValidate onSubmit={(event) => void handleSubmit(event)}>
            <div className="field">
              <label htmlFor="forgot-password-email">{messages.emailLabel}</label>
              <input
                ref={emailRef}
                id="forgot-password-email"
                name="email"
                type="email"
                autoComplete="username"
                spellCheck={false}
                required
                aria-invalid={empty}
                aria-describedby={empty ? errorId : undefined}
                value={email}
                onChange={(event) => setEmail(event.target.value)}
              />
              <FormAlert id={errorId} className="field-error" announcement={empty ? messages.emailRequired : null} />
            </div>
            <FormAlert announcement={announcement} shown={shown} />
            <button type="submit" className="button button-primary" disabled={fetching || waiting}>
              {fetching ? messages.requestingLink : messages.requestLinkSubmit}
            </button>
          </form>
        </>
      )}
      <p className="page-footnote">
        <Link to={paths.signIn}>{messages.backToSignIn}</Link>
      </p>
    </div>
  );
}
