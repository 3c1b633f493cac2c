// The SPA's routes, shared so features can link to each other without importing each other.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  licences: '/licences',
  /** Route pattern of one licence's page; link to it with `licencePath`. */
  licence: '/licences/:serialNumber',
  findSerial: '/find',
} as const;

/** One licence's page, the serial written as the API shows it (ABCD-EFGH-JKLM-NPQR-2345). */
export function licencePath(serialNumber: string): string {
  return `${paths.licences}/${encodeURIComponent(serialNumber)}`;
}

/** POST: the GraphQL API. GET in a browser: the explorer page (explorer.html), served by the backend. */
export const graphqlPath = '/graphql';
