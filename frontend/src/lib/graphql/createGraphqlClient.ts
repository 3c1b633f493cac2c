// The urql client for our API: JSON POSTs to /graphql carrying the session cookie and the UI language.
import { cacheExchange, Client, fetchExchange } from 'urql';
import type { Language } from '../i18n/language';
import { graphqlPath } from '../paths';

export function createGraphqlClient(language: Language): Client {
  return new Client({
    url: graphqlPath,
    exchanges: [cacheExchange, fetchExchange],
    // The server accepts no GET operations (they would bypass its cross-site request checks).
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      // The server localises product names by this header.
      headers: { 'Accept-Language': language },
    }),
  });
}
