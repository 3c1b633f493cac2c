// The React context carrying the function that replaces the GraphQL client; see GraphqlProvider.
import { createContext } from 'react';

export const ResetGraphqlClientContext = createContext<(() => void) | null>(null);
