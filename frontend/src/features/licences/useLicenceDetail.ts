// One serial of the signed-in account, looked up by number (listed or not), with its eligibility,
// everything it can be renewed into today, and its annual auto-renewal, ordered or in force.
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const licenceDetailQuery = graphql(`
  query LicenceDetail($serialNumber: String!) {
    licence(serialNumber: $serialNumber) {
      licence {
        ...LicenceRow
        autoRenewal {
          phase
          since
          stoppedAt
          orderNumber
        }
        renewalOptions {
          product {
            ...ProductName
          }
          years
          priceExcludingTax
          tax
          priceIncludingTax
          newExpiresOn
          autoRenewal
        }
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

export function useLicenceDetail(serialNumber: string) {
  const [result, reexecute] = useQuery({ query: licenceDetailQuery, variables: { serialNumber } });
  const payload = result.data?.licence;
  return {
    licence: payload?.licence ?? null,
    /** Whom a serial past renewing can ask (the way forward). */
    support: result.data?.supportContact ?? null,
    /** The server's answer was "no such serial here" (unknown, another account's, or malformed). */
    notFound: payload?.licence === null,
    fetching: result.fetching,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
