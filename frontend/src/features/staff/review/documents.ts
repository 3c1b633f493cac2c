// The review queue's GraphQL: credits by state, and the three ways to resolve one.
import { graphql } from '../../../gql';

export const invoiceSummaryFragment = graphql(`
  fragment InvoiceSummaryFields on InvoiceSummaryType {
    number
    orderNumber
    customerEmail
    companyName
    totalIncludingTax
    dueOn
    status
  }
`);

export const bankCreditFragment = graphql(`
  fragment BankCreditFields on BankCredit {
    id
    state
    bookedOn
    amount
    payerName
    bankCode
    branchCode
    accountNumber
    reference
    reversal
    reviewReason
    filename
    invoice {
      ...InvoiceSummaryFields
    }
    candidates {
      invoice {
        ...InvoiceSummaryFields
      }
      matches
      shortfall
    }
    resolvedBy
    resolvedAt
    resolutionNote
  }
`);

/** What each of the three resolutions answers: the credit as it left it, or why it refused. */
export const reviewPayloadFragment = graphql(`
  fragment ReviewPayloadFields on ReviewPayload {
    credit {
      ...BankCreditFields
    }
    errors {
      code
      message
      feeLimit
      maxLength
    }
  }
`);

export const bankCreditsQuery = graphql(`
  query BankCredits($state: CreditState!, $first: Int!, $after: String) {
    bankCredits(state: $state, first: $first, after: $after) {
      nodes {
        ...BankCreditFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

export const applyBankCreditMutation = graphql(`
  mutation ApplyBankCredit($input: ApplyBankCreditInput!) {
    applyBankCredit(input: $input) {
      ...ReviewPayloadFields
    }
  }
`);

export const refundBankCreditMutation = graphql(`
  mutation RefundBankCredit($input: CloseBankCreditInput!) {
    refundBankCredit(input: $input) {
      ...ReviewPayloadFields
    }
  }
`);

export const dismissBankCreditMutation = graphql(`
  mutation DismissBankCredit($input: CloseBankCreditInput!) {
    dismissBankCredit(input: $input) {
      ...ReviewPayloadFields
    }
  }
`);
