// The annual auto-renewal (年額あんしん自動更新) ordered for this serial: that it stands, from which
// order, and [自動更新を停止する] behind a confirmation; once stopped, since when and what that means.
import { useId, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { StopAutoRenewalErrorCode } from '../../gql/graphql';
import { useResetGraphqlClient } from '../../lib/graphql/useResetGraphqlClient';
import { errorSentence } from '../../lib/i18n/errorSentences';
import { formatInstantDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { ConfirmDialog } from '../../lib/ui/ConfirmDialog';

const stopAutoRenewalMutation = graphql(`
  mutation StopAutoRenewal($serialNumber: String!) {
    stopAutoRenewal(serialNumber: $serialNumber) {
      licence {
        serialNumber
      }
      errors {
        code
      }
    }
  }
`);

interface Props {
  serialNumber: string;
  orderNumber: string;
  stoppedAt: string | null;
}

export function AutoRenewalEnrolment({ serialNumber, orderNumber, stoppedAt }: Props) {
  const { messages, language } = useI18n();
  const client = useClient();
  const resetClient = useResetGraphqlClient();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [stopping, setStopping] = useState(false);
  const [failure, setFailure] = useState<StopAutoRenewalErrorCode | 'NETWORK' | null>(null);

  async function stop() {
    setStopping(true);
    const result = await client.mutation(stopAutoRenewalMutation, { serialNumber }).toPromise();
    setStopping(false);
    setConfirming(false);
    const payload = result.data?.stopAutoRenewal;
    if (payload === undefined) {
      setFailure('NETWORK');
      return;
    }
    const error = payload.errors[0];
    if (error) {
      setFailure(error.code);
      return;
    }
    setFailure(null);
    // The licence, the list and the order all show the new state.
    resetClient();
  }

  return (
    <section className="auto-renewal-enrolment card" aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.autoRenewalTitle}</h2>
      {stoppedAt === null ? (
        <>
          <p>{messages.autoRenewalEnrolled(orderNumber)}</p>
          <button type="button" className="button button-secondary" onClick={() => setConfirming(true)}>
            {messages.stopAutoRenewal}
          </button>
        </>
      ) : (
        <p role="status">{messages.autoRenewalStopped(formatInstantDate(stoppedAt, language), orderNumber)}</p>
      )}
      {failure !== null ? (
        <p className="form-alert" role="alert">
          {failure === 'NETWORK'
            ? messages.unexpectedError
            : errorSentence('StopAutoRenewalErrorCode', failure, language)}
        </p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={messages.stopAutoRenewalTitle}
          confirmLabel={stopping ? messages.stoppingAutoRenewal : messages.stopAutoRenewalConfirm}
          cancelLabel={messages.stopAutoRenewalKeep}
          busy={stopping}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void stop()}
        >
          <p>{messages.stopAutoRenewalBody(orderNumber)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
