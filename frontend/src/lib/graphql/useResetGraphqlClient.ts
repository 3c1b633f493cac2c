// Returns a function that starts a fresh GraphQL client, used after signing in or out so no
// result cached for the previous session survives.
import { useContext } from 'react';
import { ResetGraphqlClientContext } from './context';

export function useResetGraphqlClient(): () => void {
  const reset = useContext(ResetGraphqlClientContext);
  if (reset === null) {
    throw new Error('useResetGraphqlClient must be used inside <GraphqlProvider>');
  }
  return reset;
}
