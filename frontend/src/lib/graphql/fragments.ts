// Selections the renewal and order pages share: a document's totals and its billing details.
import { graphql } from '../../gql';

export const documentTotalsFragment = graphql(`
  fragment DocumentTotalsFields on DocumentTotals {
    lineCount
    rates {
      ratePercent
      amountExcludingTax
      tax
      amountIncludingTax
    }
    subtotal
    tax
    totalIncludingTax
  }
`);

export const billingDetailsFragment = graphql(`
  fragment BillingDetailsFields on BillingDetails {
    companyName
    department
    contactName
    email
    phone
    postalCode
    address
    purchaseOrderNumber
  }
`);
