// The archive's one query: every account's orders matching a search, with their invoices and receipts.
import { graphql } from '../../../gql';

export const archiveEntryFragment = graphql(`
  fragment ArchiveEntryFields on ArchiveEntry {
    customerEmail
    order {
      number
      status
      placedAt
      billing {
        companyName
      }
      invoice {
        number
        issuedOn
        totalIncludingTax
        pdfUrl
        document {
          status
        }
      }
      receipt {
        number
        issuedOn
        pdfUrl
        document {
          status
        }
      }
    }
  }
`);

export const archiveQuery = graphql(`
  query Archive($search: ArchiveSearchInput, $first: Int!, $after: String) {
    archive(search: $search, first: $first, after: $after) {
      page {
        nodes {
          ...ArchiveEntryFields
        }
        pageInfo {
          hasNextPage
          endCursor
        }
        totalCount
      }
      errors {
        code
        field
        maxLength
      }
    }
  }
`);
