// The SPA's routes, shared so features can link to each other without importing each other.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  /** Asks for a mailed link to set a password: a forgotten one, or the first one. */
  forgotPassword: '/forgot-password',
  /** Where the mailed link leads: `/set-password#token=…` (in the fragment, so it reaches no server log). */
  setPassword: '/set-password',
  licences: '/licences',
  /** Route pattern of one licence's page; link to it with `licencePath`. */
  licence: '/licences/:serialNumber',
  findSerial: '/find',
} as const;

/** One licence's page, the serial written as the API shows it (ABCD-EFGH-JKLM-NPQR-2345). */
export function licencePath(serialNumber: string): string {
  return `${paths.licences}/${encodeURIComponent(serialNumber)}`;
}

/** The sign-in page, asked to return to `next` (path, query and fragment) afterwards. My licences,
 * where signing in leads anyway, is left out so the common case keeps a plain address. */
export function signInPath(next: string): string {
  return next === paths.licences ? paths.signIn : `${paths.signIn}?${new URLSearchParams({ next }).toString()}`;
}

/** POST: the GraphQL API. GET in a browser: the explorer page (explorer.html), served by the backend. */
export const graphqlPath = '/graphql';
