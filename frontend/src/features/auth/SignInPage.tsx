// The sign-in page: e-mail and password; on success the reader goes on to their licences.
import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { useResetGraphqlClient } from '../../lib/graphql/useResetGraphqlClient';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { PageHeading } from '../../lib/ui/PageHeading';
import { signInErrorText, type SignInProblem } from './signInErrorText';

const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      me {
        email
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
  const resetGraphqlClient = useResetGraphqlClient();
  const [{ fetching }, signIn] = useMutation(signInMutation);
  // The outcome, not its sentence, is kept so that switching language re-words the alert.
  const [outcome, setOutcome] = useState<Outcome>({ failed: false });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await signIn({ email, password });
    const payload = result.data?.signIn;
    if (payload?.me) {
      resetGraphqlClient();
      void navigate(paths.licences, { replace: true });
      return;
    }
    setOutcome({ failed: true, problem: payload?.errors[0] });
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
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {/* Always rendered, so assistive technology is already watching it when a message appears. */}
        <div role="alert" className="form-alert">
          {outcome.failed ? signInErrorText(outcome.problem, language, messages) : null}
        </div>
        <button type="submit" className="button button-primary" disabled={fetching}>
          {fetching ? messages.signingIn : messages.signInSubmit}
        </button>
      </form>
    </div>
  );
}
