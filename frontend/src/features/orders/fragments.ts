// The selections My orders' documents share: an order as its list row and as its page show it.
import { graphql } from '../../gql';

export const orderSummaryFragment = graphql(`
  fragment OrderSummaryFields on Order {
    number
    placedAt
    status
    totals {
      lineCount
      totalIncludingTax
    }
    invoice {
      number
      dueOn
    }
  }
`);

export const documentStatesFragment = graphql(`
  fragment OrderDocumentStates on Order {
    number
    invoice {
      number
      pdfUrl
      document {
        status
      }
    }
    quote {
      number
      validUntil
      pdfUrl
      document {
        status
      }
    }
    receipt {
      number
      pdfUrl
      document {
        status
      }
    }
  }
`);

export const orderDetailFragment = graphql(`
  fragment OrderDetailFields on Order {
    ...OrderSummaryFields
    ...OrderDocumentStates
    cancellable
    cancelledAt
    paidAt
    expiredAt
    invoiceMailedTo
    totals {
      ...DocumentTotalsFields
    }
    lines {
      serialNumber
      previousProduct {
        code
        name
      }
      product {
        code
        name
      }
      years
      autoRenewal
      expiresOn
      expectedNewExpiresOn
      newExpiresOn
      priceExcludingTax
    }
    billing {
      ...BillingDetailsFields
    }
    invoice {
      issuedOn
      voided
      totalIncludingTax
      bankAccount {
        bankCode
        bankName
        branchCode
        branchName
        accountType
        accountNumber
        holderKana
      }
    }
    receipt {
      issuedOn
      receivedOn
      amountReceived
      feeDeducted
    }
    transfers {
      bookedOn
      amount
      reversal
      status
    }
  }
`);
