// The annual auto-renewal (年額あんしん自動更新) ordered for this serial: that it stands, from which
// order, and [自動更新を停止する] behind a confirmation; once stopped, since when and what that means.
import { useId } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { useConfirmedMutation } from '../../lib/graphql/useConfirmedMutation';
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
  const headingId = useId();
  const stop = useConfirmedMutation(
    async () => (await client.mutation(stopAutoRenewalMutation, { serialNumber }).toPromise()).data?.stopAutoRenewal,
  );

  return (
    <section className="auto-renewal-enrolment card" aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.autoRenewalTitle}</h2>
      {stoppedAt === null ? (
        <>
          <p>{messages.autoRenewalEnrolled(orderNumber)}</p>
          <button type="button" className="button button-secondary" onClick={stop.ask}>
            {messages.stopAutoRenewal}
          </button>
        </>
      ) : (
        <p role="status">{messages.autoRenewalStopped(formatInstantDate(stoppedAt, language), orderNumber)}</p>
      )}
      {stop.failure !== null ? (
        <p className="form-alert" role="alert">
          {stop.failure === 'NETWORK'
            ? messages.unexpectedError
            : errorSentence('StopAutoRenewalErrorCode', stop.failure, language)}
        </p>
      ) : null}
      {stop.confirming ? (
        <ConfirmDialog
          title={messages.stopAutoRenewalTitle}
          confirmLabel={stop.running ? messages.stoppingAutoRenewal : messages.stopAutoRenewalConfirm}
          cancelLabel={messages.stopAutoRenewalKeep}
          busy={stop.running}
          onCancel={stop.dismiss}
          onConfirm={stop.confirm}
        >
          <p>{messages.stopAutoRenewalBody(orderNumber)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
