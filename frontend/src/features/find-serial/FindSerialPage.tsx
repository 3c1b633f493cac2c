// "Find a serial": looks one of the account's serials up by number, in any spelling, listed or
// not, and goes on to its page.
import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { LicenceLookupErrorCode } from '../../gql/graphql';
import { isUnauthenticated } from '../../lib/graphql/errors';
import { useI18n } from '../../lib/i18n/useI18n';
import { licencePath } from '../../lib/paths';
import { PageHeading } from '../../lib/ui/PageHeading';
import { SignInAndReturn } from '../../lib/ui/SignInAndReturn';
import { lookupErrorText } from './lookupErrorText';

const findLicenceQuery = graphql(`
  query FindLicence($serialNumber: String!) {
    licence(serialNumber: $serialNumber) {
      licence {
        serialNumber
      }
      errors {
        code
      }
    }
  }
`);

type Outcome = { kind: 'none' } | { kind: 'failed'; code: LicenceLookupErrorCode | undefined } | { kind: 'signed-out' };

export function FindSerialPage() {
  const { language, messages } = useI18n();
  const client = useClient();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const errorId = useId();
  const [serialNumber, setSerialNumber] = useState('');
  const [searching, setSearching] = useState(false);
  // The outcome, not its sentence, is kept so that switching language re-words the alert.
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    // Emptied first, so the same sentence is announced again after another failed attempt.
    setOutcome({ kind: 'none' });
    setSearching(true);
    const result = await client
      .query(findLicenceQuery, { serialNumber }, { requestPolicy: 'network-only' })
      .toPromise();
    setSearching(false);
    const payload = result.data?.licence;
    if (payload?.licence) {
      void navigate(licencePath(payload.licence.serialNumber));
      return;
    }
    if (isUnauthenticated(result.error)) {
      setOutcome({ kind: 'signed-out' });
      return;
    }
    setOutcome({ kind: 'failed', code: payload?.errors[0]?.code });
    inputRef.current?.focus();
  }

  if (outcome.kind === 'signed-out') {
    return <SignInAndReturn />;
  }
  const failed = outcome.kind === 'failed';

  return (
    <div className="find-serial">
      <PageHeading>{messages.findSerialTitle}</PageHeading>
      <p className="lead">{messages.findSerialIntro}</p>
      <form className="card form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className="field">
          <label htmlFor="find-serial-number">{messages.serialNumberLabel}</label>
          <p id={hintId} className="field-hint">
            {messages.serialNumberHint}
          </p>
          <input
            ref={inputRef}
            id="find-serial-number"
            name="serialNumber"
            type="text"
            className="serial-input"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-describedby={failed ? `${hintId} ${errorId}` : hintId}
            aria-invalid={failed}
            value={serialNumber}
            onChange={(event) => setSerialNumber(event.target.value)}
          />
          {/* Always rendered, so assistive technology is already watching it when a message appears. */}
          <p id={errorId} role="alert" className="form-alert field-error">
            {failed ? lookupErrorText(outcome.code, language, messages) : null}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={searching}>
            {searching ? messages.findingSerial : messages.findSerialSubmit}
          </button>
        </div>
      </form>
    </div>
  );
}
