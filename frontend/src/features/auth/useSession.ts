// Who is signed in: the `me` query, null when signed out.
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const meQuery = graphql(`
  query Me {
    me {
      email
      companyName
      isStaff
    }
  }
`);

export function useSession() {
  const [result] = useQuery({ query: meQuery });
  return {
    me: result.data?.me ?? null,
    fetching: result.fetching,
    error: result.error,
  };
}
