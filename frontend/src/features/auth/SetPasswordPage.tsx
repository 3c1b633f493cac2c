// Where the mailed link leads (`/set-password#token=…`): a new password, typed twice; once set, the
// reader is signed in and goes on to their licences (staff: to the staff console), or to a safe `?next=`.
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ResetPasswordErrorCode } from '../../gql/graphql';
import { useResetGraphqlClient } from '../../lib/graphql/useResetGraphqlClient';
import { errorSentence } from '../../lib/i18n/errorSentences';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { FormAlert } from '../../lib/ui/FormAlert';
import { PageHeading } from '../../lib/ui/PageHeading';
import { passwordRules } from './passwordRules';
import { safeNextPath } from './safeNext';

const resetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      me {
        email
        isStaff
      }
      errors {
        code
        minLength
        maxLength
      }
    }
  }
`);

type RuleCode = Exclude<ResetPasswordErrorCode, 'INVALID_TOKEN'>;

type Outcome =
  | { kind: 'none' }
  | { kind: 'invalid-link' }
  | { kind: 'mismatch' }
  | { kind: 'rule'; code: RuleCode; minLength: number | null; maxLength: number | null }
  | { kind: 'failed' };

/** The token of a `#token=…` fragment, or null when there is none. */
function tokenOf(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token === '' ? null : token;
}

export function SetPasswordPage() {
  const { language, messages } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const resetGraphqlClient = useResetGraphqlClient();
  const [{ fetching }, resetPassword] = useMutation(resetPasswordMutation);
  // Read once and kept here: the address bar, and so history, bookmarks and screenshots, lose it.
  const [token] = useState(() => tokenOf(location.hash));
  const newPasswordRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLInputElement>(null);
  const invalidRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const newPasswordErrorId = useId();
  const confirmationErrorId = useId();
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  // The outcome, not its sentence, is kept so that switching language re-words it.
  const [outcome, setOutcome] = useState<Outcome>({ kind: token === null ? 'invalid-link' : 'none' });

  const { pathname, search, hash } = location;
  useEffect(() => {
    if (hash !== '') {
      // Through the router (history.replaceState underneath), so it knows the address changed.
      void navigate({ pathname, search }, { replace: true });
    }
  }, [navigate, pathname, search, hash]);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching || token === null) {
      return;
    }
    if (newPassword !== confirmation) {
      setOutcome({ kind: 'mismatch' });
      confirmationRef.current?.focus();
      return;
    }
    // Emptied first, so the same sentence is announced again after another refusal.
    setOutcome({ kind: 'none' });
    const result = await resetPassword({ token, newPassword });
    const payload = result.data?.resetPassword;
    if (payload?.me) {
      resetGraphqlClient();
      const next = new URLSearchParams(search).get('next');
      const start = payload.me.isStaff ? paths.staff : paths.licences;
      void navigate(safeNextPath(next, window.location.origin) ?? start, { replace: true });
      return;
    }
    const refusal = payload?.errors[0];
    if (refusal === undefined) {
      setOutcome({ kind: 'failed' });
    } else if (refusal.code === 'INVALID_TOKEN') {
      // The form is gone: the reader continues at the notice that replaced it.
      flushSync(() => setOutcome({ kind: 'invalid-link' }));
      invalidRef.current?.focus();
    } else {
      setOutcome({ kind: 'rule', code: refusal.code, minLength: refusal.minLength, maxLength: refusal.maxLength });
      newPasswordRef.current?.focus();
    }
  }

  if (outcome.kind === 'invalid-link') {
    return (
      <div className="sign-in">
        <PageHeading>{messages.invalidLinkTitle}</PageHeading>
        <div ref={invalidRef} tabIndex={-1} className="card confirmation">
          <p role="alert">{errorSentence('ResetPasswordErrorCode', 'INVALID_TOKEN', language)}</p>
          <Link to={paths.forgotPassword} className="button button-primary">
            {messages.requestNewLink}
          </Link>
        </div>
        <p className="page-footnote">
          <Link to={paths.signIn}>{messages.backToSignIn}</Link>
        </p>
      </div>
    );
  }

  const ruleText =
    outcome.kind === 'rule'
      ? errorSentence('ResetPasswordErrorCode', outcome.code, language, {
          minLength: outcome.minLength,
          maxLength: outcome.maxLength,
        })
      : null;
  const mismatch = outcome.kind === 'mismatch';

  return (
    <div className="sign-in">
      <PageHeading>{messages.setPasswordTitle}</PageHeading>
      <p className="lead">{messages.setPasswordIntro}</p>
      <form className="card form" method="post" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className="field">
          <label htmlFor="set-password-new">{messages.newPasswordLabel}</label>
          <p id={hintId} className="field-hint">
            {messages.newPasswordHint(passwordRules.minLength, passwordRules.maxLength)}
          </p>
          <input
            ref={newPasswordRef}
            id="set-password-new"
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={ruleText !== null}
            aria-describedby={ruleText === null ? hintId : `${hintId} ${newPasswordErrorId}`}
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
          <FormAlert id={newPasswordErrorId} className="field-error" announcement={ruleText} />
        </div>
        <div className="field">
          <label htmlFor="set-password-confirmation">{messages.confirmPasswordLabel}</label>
          <input
            ref={confirmationRef}
            id="set-password-confirmation"
            name="confirmation"
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={mismatch}
            aria-describedby={mismatch ? confirmationErrorId : undefined}
            value={confirmation}
            onChange={(event) => setConfirmation(event.target.value)}
          />
          <FormAlert
            id={confirmationErrorId}
            className="field-error"
            announcement={mismatch ? messages.passwordMismatch : null}
          />
        </div>
        <FormAlert announcement={outcome.kind === 'failed' ? messages.unexpectedError : null} />
        <button type="submit" className="button button-primary" disabled={fetching}>
          {fetching ? messages.settingPassword : messages.setPasswordSubmit}
        </button>
      </form>
      <p className="page-footnote">
        <Link to={paths.signIn}>{messages.backToSignIn}</Link>
      </p>
    </div>
  );
}
