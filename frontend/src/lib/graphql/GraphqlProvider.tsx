// Provides the urql client, replacing it (and so its cache) when the language or the session changes.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { useI18n } from '../i18n/useI18n';
import { ResetGraphqlClientContext } from './context';
import { createGraphqlClient } from './createGraphqlClient';

export function GraphqlProvider({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const [generation, setGeneration] = useState(0);
  // `generation` is a dependency on purpose: bumping it discards every cached result.
  const client = useMemo(() => createGraphqlClient(language), [language, generation]);
  const reset = useCallback(() => setGeneration((current) => current + 1), []);

  return (
    <ResetGraphqlClientContext value={reset}>
      <Provider value={client}>{children}</Provider>
    </ResetGraphqlClientContext>
  );
}
