// Provides the urql client, replacing it (and so its cache) when the language or the session changes.
import { useCallback, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import type { Language } from '../i18n/language';
import { useI18n } from '../i18n/useI18n';
import { ResetGraphqlClientContext } from './context';
import { createGraphqlClient } from './createGraphqlClient';

function freshClient(language: Language) {
  return { language, client: createGraphqlClient(language) };
}

export function GraphqlProvider({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  const [current, setCurrent] = useState(() => freshClient(language));
  if (current.language !== language) {
    // The server localises product names by language: nothing cached in the old one may be shown.
    setCurrent(freshClient(language));
  }
  const reset = useCallback(() => {
    setCurrent((previous) => freshClient(previous.language));
  }, []);

  return (
    <ResetGraphqlClientContext value={reset}>
      <Provider value={current.client}>{children}</Provider>
    </ResetGraphqlClientContext>
  );
}
