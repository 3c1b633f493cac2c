// My orders' GraphQL documents: the list a page at a time, one order (and whom to ask about it), its
// documents' progress, cancelling.
import { graphql } from '../../gql';

export const ordersQuery = graphql(`
  query Orders($first: Int!, $after: String) {
    orders(first: $first, after: $after) {
      nodes {
        ...OrderSummaryFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const orderQuery = graphql(`
  query Order($number: String!) {
    order(number: $number) {
      order {
        ...OrderDetailFields
      }
      errors {
        code
      }
    }
    supportContact {
      name
      email
    }
  }
`);

/** Asked every 1.5 s while a PDF is still being rendered: only the documents' state, not the lines. */
export const orderDocumentsQuery = graphql(`
  query OrderDocuments($number: String!) {
    order(number: $number) {
      order {
        ...OrderDocumentStates
      }
    }
  }
`);

export const cancelOrderMutation = graphql(`
  mutation CancelOrder($number: String!) {
    cancelOrder(number: $number) {
      order {
        number
        status
        cancellable
      }
      errors {
        code
      }
    }
  }
`);
