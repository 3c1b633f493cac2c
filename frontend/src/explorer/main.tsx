// Entry point of the GraphQL explorer (explorer.html): GraphiQL, bundled so it works offline and
// under the server's CSP, querying /graphql with the session cookie.
import './monacoWorkers';
import 'graphiql/style.css';
import './explorer.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialLanguage } from '../lib/i18n/language';
import { graphqlPath } from '../lib/paths';

const fetcher = createGraphiQLFetcher({
  url: graphqlPath,
  // Product names come back in the language the app opens in.
  headers: { 'Accept-Language': initialLanguage() },
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const root = document.getElementById('explorer');
if (root === null) {
  throw new Error('explorer.html has no #explorer element');
}
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={'{ me { email } }\n'} />
  </StrictMode>,
);
