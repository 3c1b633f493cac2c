// Arranges a serial's renewal options for reading: fixed terms grouped by target product, the
// annual auto-renewal plan apart. The server's order (the catalogue's) is kept throughout.
import type { LicenceDetailQuery } from '../../gql/graphql';

type LookedUpLicence = NonNullable<LicenceDetailQuery['licence']['licence']>;
export type RenewalOption = LookedUpLicence['renewalOptions'][number];

export interface ProductOptions {
  product: RenewalOption['product'];
  /** One option per term (1, 2, 3 years), in the server's order. */
  terms: RenewalOption[];
}

export interface ArrangedOptions {
  byProduct: ProductOptions[];
  autoRenewal: RenewalOption[];
}

export function arrangeRenewalOptions(options: readonly RenewalOption[]): ArrangedOptions {
  const byProduct: ProductOptions[] = [];
  const autoRenewal: RenewalOption[] = [];
  for (const option of options) {
    if (option.autoRenewal) {
      autoRenewal.push(option);
      continue;
    }
    const group = byProduct.find((candidate) => candidate.product.code === option.product.code);
    if (group === undefined) {
      byProduct.push({ product: option.product, terms: [option] });
    } else {
      group.terms.push(option);
    }
  }
  return { byProduct, autoRenewal };
}
