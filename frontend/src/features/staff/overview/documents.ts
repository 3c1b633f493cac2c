// The payments overview's one query: what is owed by due week, what came in per day, and the review queue.
import { graphql } from '../../../gql';

export const paymentsOverviewQuery = graphql(`
  query PaymentsOverview {
    paymentsOverview {
      openInvoices
      openAmount
      dueWeeks {
        weekStarting
        invoices
        amount
      }
      receivedDays {
        day
        payments
        amount
      }
      queueSize
      queueAmount
      oldestWaitingSince
      queueAges {
        minDays
        maxDays
        credits
        amount
      }
    }
  }
`);
