// An action taken only after a confirmation dialog (cancel an order, stop an auto-renewal): whether the
// dialog is open, whether the mutation runs, and the failure to show. On success the client's cache is
// dropped, so every page (the list, the licence, the order) shows the new state at once.
import { useState } from 'react';
import { useResetGraphqlClient } from './useResetGraphqlClient';

/** A mutation's payload, or undefined when no answer came (the network, the server). */
type Outcome<Code extends string> = { errors: readonly { code: Code }[] } | undefined;

export interface ConfirmedMutation<Code extends string> {
  confirming: boolean;
  running: boolean;
  failure: Code | 'NETWORK' | null;
  ask: () => void;
  dismiss: () => void;
  confirm: () => void;
}

export function useConfirmedMutation<Code extends string>(
  run: () => Promise<Outcome<Code>>,
): ConfirmedMutation<Code> {
  const resetClient = useResetGraphqlClient();
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<Code | 'NETWORK' | null>(null);

  async function confirmed() {
    setRunning(true);
    const payload = await run();
    setRunning(false);
    setConfirming(false);
    const error = payload?.errors[0];
    if (payload === undefined || error !== undefined) {
      setFailure(error?.code ?? 'NETWORK');
      return;
    }
    setFailure(null);
    resetClient();
  }

  return {
    confirming,
    running,
    failure,
    ask: () => setConfirming(true),
    dismiss: () => setConfirming(false),
    confirm: () => void confirmed(),
  };
}
