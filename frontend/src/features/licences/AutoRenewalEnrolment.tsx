// The annual auto-renewal (年額あんしん自動更新) of this serial, in either phase: ordered in an order awaiting
// payment, or in force since that order was paid. That it stands (from which order, or since when), and
// [自動更新を停止する] behind a confirmation; once stopped, since when and what that means.
import { useId } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { AutoRenewalPhase } from '../../gql/graphql';
import { useConfirmedMutation } from '../../lib/graphql/useConfirmedMutation';
import { errorSentence } from '../../lib/i18n/errorSentences';
import { formatDate, formatInstantDate } from '../../lib/i18n/formatDate';
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

export interface AutoRenewal {
  phase: AutoRenewalPhase;
  since?: string | null;
  stoppedAt?: string | null;
  orderNumber?: string | null;
}

interface Props {
  serialNumber: string;
  /** The licence's expiry date: once the auto-renewal is in force, the term paid for runs until then. */
  expiresOn: string;
  autoRenewal: AutoRenewal;
}

export function AutoRenewalEnrolment({ serialNumber, expiresOn, autoRenewal }: Props) {
  const { messages, language } = useI18n();
  const client = useClient();
  const headingId = useId();
  const stop = useConfirmedMutation(
    async () => (await client.mutation(stopAutoRenewalMutation, { serialNumber }).toPromise()).data?.stopAutoRenewal,
  );
  const stoppedAt = autoRenewal.stoppedAt ?? null;
  const orderNumber = autoRenewal.orderNumber ?? '';
  const expiry = formatDate(expiresOn, language);
  // In force: the sentences speak of the licence's expiry; ordered: of the order whose payment starts it.
  const inForce = autoRenewal.phase === 'ACTIVE';

  function standing() {
    if (!inForce) {
      return <p>{messages.autoRenewalEnrolled(orderNumber)}</p>;
    }
    return (
      <>
        <p className="auto-renewal-active">
          {messages.autoRenewalActive(formatInstantDate(autoRenewal.since ?? '', language))}
        </p>
        <p>{messages.autoRenewalActiveDetail(expiry)}</p>
      </>
    );
  }

  function stopped(at: string) {
    const date = formatInstantDate(at, language);
    return (
      <p role="status">
        {inForce ? messages.autoRenewalActiveStopped(date, expiry) : messages.autoRenewalStopped(date, orderNumber)}
      </p>
    );
  }

  return (
    <section className="auto-renewal-enrolment card" aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.autoRenewalTitle}</h2>
      {stoppedAt === null ? (
        <>
          {standing()}
          <button type="button" className="button button-secondary" onClick={stop.ask}>
            {messages.stopAutoRenewal}
          </button>
        </>
      ) : (
        stopped(stoppedAt)
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
          <p>{inForce ? messages.stopActiveAutoRenewalBody(expiry) : messages.stopAutoRenewalBody(orderNumber)}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
