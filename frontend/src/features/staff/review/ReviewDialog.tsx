// The question before resolving a credit: for an application, the fee to accept and an optional
// note; for a refund or a dismissal, the note saying why (required). A refusal is said inside it.
import { useId } from 'react';
import type { BankCreditFieldsFragment } from '../../../gql/graphql';
import { errorSentence } from '../../../lib/i18n/errorSentences';
import { formatYen } from '../../../lib/i18n/formatYen';
import { useI18n } from '../../../lib/i18n/useI18n';
import { ConfirmDialog } from '../../../lib/ui/ConfirmDialog';
import { FormAlert } from '../../../lib/ui/FormAlert';
import { useReviewMessages } from './messages';
import { maxNoteLength, type useReviewAction } from './useReviewAction';

type Review = ReturnType<typeof useReviewAction>;

export function ReviewDialog({ credit, review }: { credit: BankCreditFieldsFragment; review: Review }) {
  const { messages, language } = useI18n();
  const words = useReviewMessages();
  const noteId = useId();
  const hintId = useId();
  const alertId = useId();
  const { action, failure } = review;
  if (action === null) {
    return null;
  }
  const amount = formatYen(credit.amount, language);
  const noteRequired = action.kind !== 'apply';
  const titles = {
    apply: action.kind === 'apply' ? words.applyTitle(action.invoiceNumber) : '',
    refund: words.refundTitle,
    dismiss: words.dismissTitle,
  };
  const confirmLabels = {
    apply: words.confirmApply,
    refund: words.confirmRefund,
    dismiss: words.confirmDismiss,
  };
  let problem: string | null = null;
  if (failure !== null) {
    problem =
      failure.code === 'NETWORK'
        ? messages.unexpectedError
        : errorSentence('ReviewErrorCode', failure.code, language, {
            feeLimit: failure.feeLimit,
            maxLength: failure.maxLength ?? maxNoteLength,
          });
  }

  return (
    <ConfirmDialog
      title={titles[action.kind]}
      confirmLabel={review.running ? words.working : confirmLabels[action.kind]}
      cancelLabel={words.back}
      busy={review.running}
      onCancel={review.dismiss}
      onConfirm={review.confirm}
    >
      {action.kind === 'apply' ? (
        <>
          <p>
            {action.total === null
              ? words.applyBodyManual(amount)
              : words.applyBody(amount, formatYen(action.total, language))}
          </p>
          <p>{words.applyEffect}</p>
          {action.shortfall === null || action.shortfall > 0 ? (
            <label className="consent-label review-fee">
              <input
                type="checkbox"
                checked={review.acceptFee}
                onChange={(event) => review.setAcceptFee(event.target.checked)}
              />{' '}
              {action.shortfall === null
                ? words.acceptFeeManual
                : words.acceptFee(formatYen(action.shortfall, language))}
            </label>
          ) : null}
        </>
      ) : (
        <p>{(action.kind === 'refund' ? words.refundBody : words.dismissBody)(amount, credit.payerName)}</p>
      )}
      <div className="field review-note">
        <label htmlFor={noteId}>
          {words.noteLabel}
          <span className="field-optional">{noteRequired ? words.noteRequired : words.noteOptional}</span>
        </label>
        <textarea
          id={noteId}
          rows={3}
          maxLength={maxNoteLength}
          required={noteRequired}
          aria-describedby={`${hintId} ${alertId}`}
          aria-invalid={failure?.code === 'NOTE_REQUIRED' || failure?.code === 'NOTE_TOO_LONG' ? true : undefined}
          value={review.note}
          onChange={(event) => review.setNote(event.target.value)}
        />
        <p id={hintId} className="field-hint">
          {words.noteHint(maxNoteLength)}
        </p>
      </div>
      <FormAlert id={alertId} announcement={problem} />
    </ConfirmDialog>
  );
}
