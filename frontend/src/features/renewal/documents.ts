// The renewal journey's GraphQL documents: who is ordering, the cart's facts and prices, the legal
// documents, the quote and the order.
import { graphql } from '../../gql';

export const renewalErrorFragment = graphql(`
  fragment RenewalErrorFields on RenewalError {
    code
    field
    path
    maxLines
    maxLength
    orderNumber
  }
`);

export const renewalAccountQuery = graphql(`
  query RenewalAccount {
    me {
      email
      companyName
    }
    billingProfile {
      ...BillingDetailsFields
    }
  }
`);

/** What each new serial is and what it can become: asked once per serial added, not on every change. */
export const cartFactsQuery = graphql(`
  query RenewalCartFacts($lines: [RenewalLineInput!]!) {
    renewalPreview(lines: $lines) {
      lines {
        licence {
          serialNumber
          expiresOn
          product {
            code
            name
          }
          renewalOptions {
            product {
              code
              name
            }
            years
            autoRenewal
            priceExcludingTax
            newExpiresOn
          }
        }
      }
    }
  }
`);

/** The whole cart priced by the server: asked after each change (debounced). */
export const cartPricesQuery = graphql(`
  query RenewalCartPrices($lines: [RenewalLineInput!]!) {
    renewalPreview(lines: $lines) {
      lines {
        included
        priceExcludingTax
        newExpiresOn
      }
      totals {
        ...DocumentTotalsFields
      }
      errors {
        ...RenewalErrorFields
      }
    }
  }
`);

export const legalDocumentsQuery = graphql(`
  query RenewalLegalDocuments {
    legalDocuments {
      kind
      version
      title
      body
    }
  }
`);

export const quoteFragment = graphql(`
  fragment QuoteFields on Quote {
    number
    issuedOn
    validUntil
    pdfUrl
    document {
      status
    }
  }
`);

export const createQuoteMutation = graphql(`
  mutation CreateQuote($input: CreateQuoteInput!) {
    createQuote(input: $input) {
      quote {
        ...QuoteFields
      }
      errors {
        ...RenewalErrorFields
      }
    }
  }
`);

export const quoteQuery = graphql(`
  query RenewalQuote($number: String!) {
    quote(number: $number) {
      quote {
        ...QuoteFields
      }
      errors {
        code
      }
    }
  }
`);

export const placeOrderMutation = graphql(`
  mutation PlaceRenewalOrder($input: PlaceRenewalOrderInput!) {
    placeRenewalOrder(input: $input) {
      order {
        number
      }
      errors {
        ...RenewalErrorFields
      }
    }
  }
`);
