// Where an order stands on its way to renewed licences: awaiting payment, payment received (on which
// day in Japan), licences extended. Each step says in words whether it is done, current or to come, so
// nothing depends on the symbol or the colour.
import { useId } from 'react';
import type { OrderDetailFieldsFragment } from '../../gql/graphql';
import { formatDate, formatInstantDate } from '../../lib/i18n/formatDate';
import { useI18n } from '../../lib/i18n/useI18n';
import { useOrderMessages } from './messages';

type StepState = 'done' | 'current' | 'upcoming';

interface Step {
  name: string;
  state: StepState;
  detail: string;
}

export function OrderProgress({ order }: { order: OrderDetailFieldsFragment }) {
  const { language } = useI18n();
  const words = useOrderMessages();
  const headingId = useId();
  const paid = order.status === 'PAID';
  const paidOn = order.paidAt ? formatInstantDate(order.paidAt, language) : null;
  const stateWords: Record<StepState, string> = {
    done: words.stepDone,
    current: words.stepCurrent,
    upcoming: words.stepUpcoming,
  };
  const steps: Step[] = [
    {
      name: words.stepAwaitingPayment,
      state: paid ? 'done' : 'current',
      detail: words.stepDueBy(formatDate(order.invoice.dueOn, language)),
    },
    {
      name: words.stepPaid,
      state: paid ? 'done' : 'upcoming',
      detail: paid ? words.stepPaidOn(paidOn) : words.stepPaidLater,
    },
    {
      name: words.stepExtended,
      state: paid ? 'done' : 'upcoming',
      detail: paid ? words.stepExtendedDone : words.stepExtendedLater,
    },
  ];

  return (
    <section className="card order-progress" aria-labelledby={headingId}>
      <h2 id={headingId}>{words.progressHeading}</h2>
      <ol className="progress-steps">
        {steps.map((step) => (
          <li
            key={step.name}
            className={`progress-step progress-${step.state}`}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="progress-name">
              {step.name}
              <span className="visually-hidden">{stateWords[step.state]}</span>
            </span>
            <span className="progress-detail">{step.detail}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
