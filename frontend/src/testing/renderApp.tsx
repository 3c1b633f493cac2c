// Renders the whole SPA (providers, layout, routes) at a path, as the browser would.
import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppRoutes } from '../app/App';
import { GraphqlProvider } from '../lib/graphql/GraphqlProvider';
import { I18nProvider } from '../lib/i18n/I18nProvider';

/** Shows the router's path, and the whole address, so tests can see where a redirect led. */
function CurrentPath() {
  const { pathname, search, hash } = useLocation();
  return (
    <>
      <output data-testid="current-path">{pathname}</output>
      <output data-testid="current-location">{`${pathname}${search}${hash}`}</output>
    </>
  );
}

/** `path`, or an entry with router state (as a navigation with `state` would leave). */
export function renderApp(path: string | { pathname: string; search?: string; state: unknown }) {
  return render(
    <I18nProvider>
      <GraphqlProvider>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <CurrentPath />
        </MemoryRouter>
      </GraphqlProvider>
    </I18nProvider>,
  );
}
