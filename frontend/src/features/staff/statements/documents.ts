// The bank statements page's GraphQL: the imports so far, newest first.
import { graphql } from '../../../gql';

export const statementImportsQuery = graphql(`
  query StatementImports($first: Int!, $after: String) {
    statementImports(first: $first, after: $after) {
      nodes {
        id
        filename
        format
        importedAt
        importedBy
        credits
        applied
        toReview
        alreadyImported
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
