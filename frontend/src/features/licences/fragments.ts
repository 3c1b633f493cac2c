// The selections My licences' documents share: a licence as its row and its page show it.
import { graphql } from '../../gql';

export const productNameFragment = graphql(`
  fragment ProductName on Product {
    code
    name
    family
  }
`);

export const eligibilityFactsFragment = graphql(`
  fragment EligibilityFacts on Eligibility {
    renewable
    reason
    opensOn
    closesOn
  }
`);

export const licenceRowFragment = graphql(`
  fragment LicenceRow on Licence {
    serialNumber
    expiresOn
    status
    daysUntilExpiry
    product {
      ...ProductName
    }
    # Only the verdict: a page's renewal options would weigh ~140 KB and take 4× as long.
    eligibility {
      ...EligibilityFacts
    }
    renewalInProgress {
      orderNumber
      dueOn
    }
  }
`);
