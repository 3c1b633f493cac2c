// One credit's resolution in progress: which action the dialog asks about, its inputs (fee accepted,
// note), and the mutation it sends; a refusal keeps the dialog open with the reason.
import { useState } from 'react';
import { useClient } from 'urql';
import type { ReviewErrorCode } from '../../../gql/graphql';
import { applyBankCreditMutation, dismissBankCreditMutation, refundBankCreditMutation } from './documents';

export type ReviewAction =
  /** `shortfall` is null for an invoice typed by hand: the server knows whether anything is short. */
  | {
      kind: 'apply';
      invoiceNumber: string;
      total: number | null;
      shortfall: number | null;
    }
  | { kind: 'refund' }
  | { kind: 'dismiss' };

export interface ReviewFailure {
  code: ReviewErrorCode | 'NETWORK';
  feeLimit?: number | null;
  maxLength?: number | null;
}

export const maxNoteLength = 500;

export function useReviewAction(creditId: string, onDone: (action: ReviewAction) => void) {
  const client = useClient();
  const [action, setAction] = useState<ReviewAction | null>(null);
  const [acceptFee, setAcceptFee] = useState(false);
  const [note, setNote] = useState('');
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<ReviewFailure | null>(null);

  function ask(next: ReviewAction) {
    setAction(next);
    setAcceptFee(false);
    setNote('');
    setFailure(null);
  }

  async function send(chosen: ReviewAction) {
    if (chosen.kind === 'apply') {
      const input = {
        creditId,
        invoiceNumber: chosen.invoiceNumber,
        acceptFee,
        note: note.trim(),
      };
      return (await client.mutation(applyBankCreditMutation, { input }).toPromise()).data?.applyBankCredit;
    }
    const input = { creditId, note: note.trim() };
    if (chosen.kind === 'refund') {
      return (await client.mutation(refundBankCreditMutation, { input }).toPromise()).data?.refundBankCredit;
    }
    return (await client.mutation(dismissBankCreditMutation, { input }).toPromise()).data?.dismissBankCredit;
  }

  async function confirmed() {
    if (action === null || running) {
      return;
    }
    // Closing a credit without paying an invoice always says why; asked before anything is sent.
    if (action.kind !== 'apply' && note.trim() === '') {
      setFailure({ code: 'NOTE_REQUIRED' });
      return;
    }
    setFailure(null);
    setRunning(true);
    const payload = await send(action);
    setRunning(false);
    const error = payload?.errors[0];
    if (payload === undefined || error !== undefined) {
      setFailure(error ?? { code: 'NETWORK' });
      return;
    }
    setAction(null);
    onDone(action);
  }

  return {
    action,
    acceptFee,
    setAcceptFee,
    note,
    setNote,
    running,
    failure,
    ask,
    dismiss: () => setAction(null),
    confirm: () => void confirmed(),
  };
}
