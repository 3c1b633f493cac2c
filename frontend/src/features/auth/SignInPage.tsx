// The sign-in page: e-mail and password; on success the reader goes on to the page a deep link
// asked for (`?next=`, when it stays on this site) or to their licences (staff: to the staff console).
import { useRef, useState, type SubmitEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useResetGraphqlClient } from '../../lib/graphql/useResetGraphqlClient';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { FormAlert } from '../../lib/ui/FormAlert';
import { PageHeading } from '../../lib/ui/PageHeading';
import { useCountdown } from '../../lib/ui/useCountdown';
import { safeNextPath } from './safeNext';
import { signInErrorText, type SignInProblem } from './signInErrorText';

const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      me {
        email
        isStaff
      }
      errors {
        code
        retryAfterSeconds
      }
    }
  }
`);

type Outcome = { failed: false } | { failed: true; problem: SignInProblem | undefined };

export function SignInPage() {
  const { language, messages } = useI18n();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const resetGraphqlClient = useResetGraphqlClient();
  const [{ fetching }, signIn] = useMutation(signInMutation);
  const wait = useCountdown();
  const passwordRef = useRef<HTMLInputElement>(null);
  // The outcome, not its sentence, is kept so that switching language re-words the alert.
  const [outcome, setOutcome] = useState<Outcome>({ failed: false });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const problem = outcome.failed ? outcome.problem : undefined;
  const throttled = problem?.code === 'TOO_MANY_ATTEMPTS';
  const waiting = throttled && wait.secondsLeft > 0;
  // Once the wait is over the refusal no longer holds, so it is no longer shown.
  const over = throttled && problem.retryAfterSeconds !== null && !waiting;
  const announcement = outcome.failed && !over ? signInErrorText(problem, language, messages) : null;
  const shown =
    announcement !== null && throttled
      ? signInErrorText({ ...problem, retryAfterSeconds: wait.secondsLeft }, language, messages)
      : announcement;

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching || waiting) {
      return;
    }
    // Emptied first, so the same sentence is announced again after another refusal.
    setOutcome({ failed: false });
    const result = await signIn({ email, password });
    const payload = result.data?.signIn;
    if (payload?.me) {
      resetGraphqlClient();
      // Staff start at their console, customers at their licences.
      const start = payload.me.isStaff ? paths.staff : paths.licences;
      void navigate(safeNextPath(searchParams.get('next'), window.location.origin) ?? start, {
        replace: true,
      });
      return;
    }
    const refusal = payload?.errors[0];
    setOutcome({ failed: true, problem: refusal });
    if (refusal !== undefined) {
      // A refused password is of no further use; the reader types the next attempt from empty.
      setPassword('');
      passwordRef.current?.focus();
      if (refusal.code === 'TOO_MANY_ATTEMPTS') {
        wait.start(refusal.retryAfterSeconds ?? 0);
      }
    }
  }

  return (
    <div className="sign-in">
      <PageHeading>{messages.signInTitle}</PageHeading>
      <p className="lead">{messages.signInIntro}</p>
      <form className="card form" method="post" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className="field">
          <label htmlFor="sign-in-email">{messages.emailLabel}</label>
          <input
            id="sign-in-email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{messages.passwordLabel}</label>
          <input
            ref={passwordRef}
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <FormAlert announcement={announcement} shown={shown} />
        <button type="submit" className="button button-primary" disabled={fetching || waiting}>
          {fetching ? messages.signingIn : messages.signInSubmit}
        </button>
        <p className="form-footnote">
          <Link to={paths.forgotPassword}>{messages.forgotPasswordLink}</Link>
        </p>
      </form>
    </div>
  );
}
