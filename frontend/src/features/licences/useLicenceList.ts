// The signed-in account's licences, a page at a time ("show more" appends the next page), narrowed
// by a filter and a search; with the counts per status and the "select all renewable" lookup.
import { useState } from 'react';
import { useClient, useQuery, type Client } from 'urql';
import { graphql } from '../../gql';
import type { LicenceFilter, LicencesQuery } from '../../gql/graphql';

const licencePageSize = 50;

const licencesQuery = graphql(`
  query Licences($first: Int!, $after: String, $filter: LicenceFilter, $search: String) {
    licences(first: $first, after: $after, filter: $filter, search: $search) {
      nodes {
        ...LicenceRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
      counts {
        all
        expiringSoon
        expired
        renewable
        inOpenOrder
      }
    }
  }
`);

const renewableSerialNumbersQuery = graphql(`
  query RenewableSerialNumbers($filter: LicenceFilter, $search: String) {
    renewableSerialNumbers(filter: $filter, search: $search) {
      serialNumbers
      totalCount
      limit
    }
  }
`);

export type LicenceRow = LicencesQuery['licences']['nodes'][number];
export type LicenceCounts = LicencesQuery['licences']['counts'];

/** The filters the page offers, one at a time. */
export type ListFilter = 'all' | 'expiring-soon' | 'expired' | 'renewable' | 'in-open-order';

export const listFilters: readonly ListFilter[] = ['all', 'expiring-soon', 'expired', 'renewable', 'in-open-order'];

const apiFilters: Record<ListFilter, LicenceFilter | null> = {
  all: null,
  'expiring-soon': { status: 'EXPIRING_SOON' },
  expired: { status: 'EXPIRED' },
  renewable: { renewable: true },
  'in-open-order': { inOpenOrder: true },
};

interface Progress {
  /** The client, filter and search the pages were loaded with; a change of any starts over. */
  client: Client;
  filter: ListFilter;
  search: string;
  /** Cursor of the page being shown last; null for the first page. */
  after: string | null;
  /** Rows of the pages before it. */
  earlier: LicenceRow[];
  totalCount: number | null;
  counts: LicenceCounts | null;
}

export function useLicenceList(filter: ListFilter, search: string) {
  const client = useClient();
  const fresh: Progress = {
    client,
    filter,
    search,
    after: null,
    earlier: [],
    totalCount: null,
    counts: null,
  };
  const [progress, setProgress] = useState<Progress>(fresh);
  const current =
    progress.client === client && progress.filter === filter && progress.search === search ? progress : fresh;
  const variables = {
    first: licencePageSize,
    after: current.after,
    filter: apiFilters[filter],
    search,
  };

  const [result, reexecute] = useQuery({ query: licencesQuery, variables });
  // While the next page loads, urql still holds the previous one: use a result only for our own variables.
  const answered = result.operation?.variables;
  const page =
    answered?.after === current.after && answered.search === search && answered.filter === variables.filter
      ? result.data?.licences
      : undefined;
  const rows = page ? [...current.earlier, ...page.nodes] : current.earlier;
  const endCursor = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;

  return {
    rows,
    totalCount: page?.totalCount ?? current.totalCount,
    counts: page?.counts ?? current.counts,
    fetching: result.fetching,
    error: result.error,
    showMore:
      endCursor === null
        ? null
        : () =>
            setProgress({
              ...current,
              after: endCursor,
              earlier: rows,
              totalCount: page?.totalCount ?? null,
              counts: page?.counts ?? null,
            }),
    retry: () => reexecute({ requestPolicy: 'network-only' }),
    /** Every renewable serial the filter and search match (up to the cart's limit), whatever is shown. */
    renewableSerialNumbers: async () => {
      const answer = await client
        .query(renewableSerialNumbersQuery, { filter: apiFilters[filter], search }, { requestPolicy: 'network-only' })
        .toPromise();
      return answer.data?.renewableSerialNumbers ?? null;
    },
  };
}
