// The SPA's routes, shared so features can link to each other without importing each other.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  licences: '/licences',
} as const;

/** POST: the GraphQL API. GET in a browser: the explorer page (explorer.html), served by the backend. */
export const graphqlPath = '/graphql';
