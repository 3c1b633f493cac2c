// The signed-in account's licences, a page at a time: "show more" appends the next page.
import { useState } from 'react';
import { useClient, useQuery, type Client } from 'urql';
import { graphql } from '../../gql';
import type { LicencesQuery } from '../../gql/graphql';

const licencePageSize = 50;

const licencesQuery = graphql(`
  query Licences($first: Int!, $after: String) {
    licences(first: $first, after: $after) {
      nodes {
        serialNumber
        expiresOn
        status
        daysUntilExpiry
        product {
          code
          name
          family
        }
        # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.
        eligibility {
          renewable
          reason
          opensOn
          closesOn
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export type LicenceRow = LicencesQuery['licences']['nodes'][number];

interface Progress {
  /** The client the pages were loaded with; a new client (language, session) starts over. */
  client: Client;
  /** Cursor of the page being shown last; null for the first page. */
  after: string | null;
  /** Rows of the pages before it. */
  earlier: LicenceRow[];
  totalCount: number | null;
}

export function useLicenceList() {
  const client = useClient();
  const [progress, setProgress] = useState<Progress>({ client, after: null, earlier: [], totalCount: null });
  const current: Progress =
    progress.client === client ? progress : { client, after: null, earlier: [], totalCount: null };

  const [result, reexecute] = useQuery({
    query: licencesQuery,
    variables: { first: licencePageSize, after: current.after },
  });
  // While the next page loads, urql still holds the previous page: use a result only for our cursor.
  const page = result.operation?.variables.after === current.after ? result.data?.licences : undefined;
  const rows = page ? [...current.earlier, ...page.nodes] : current.earlier;
  const endCursor = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;

  return {
    rows,
    totalCount: page?.totalCount ?? current.totalCount,
    fetching: result.fetching,
    error: result.error,
    showMore:
      endCursor === null
        ? null
        : () => setProgress({ client, after: endCursor, earlier: rows, totalCount: page?.totalCount ?? null }),
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
