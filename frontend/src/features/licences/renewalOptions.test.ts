import { describe, expect, it } from 'vitest';
import { arrangeRenewalOptions, type RenewalOption } from './renewalOptions';

const tsStandard = {
  code: 'TS_STANDARD',
  name: 'トータルセキュリティ スタンダード',
  family: 'TOTAL_SECURITY',
} as const;
const tsPremium = { code: 'TS_PREMIUM', name: 'トータルセキュリティ プレミアム', family: 'TOTAL_SECURITY' } as const;

function option(product: RenewalOption['product'], years: number, autoRenewal = false): RenewalOption {
  return {
    product,
    years,
    priceExcludingTax: 1000 * years,
    tax: 100 * years,
    priceIncludingTax: 1100 * years,
    newExpiresOn: `${2026 + years}-11-26`,
    autoRenewal,
  };
}

describe('arrangeRenewalOptions', () => {
  it('groups the terms by product in the order given, and sets the auto-renewal plan apart', () => {
    const options = [
      option(tsStandard, 1),
      option(tsStandard, 2),
      option(tsStandard, 3),
      option(tsPremium, 1),
      option(tsPremium, 2),
      option(tsPremium, 3),
      option(tsStandard, 1, true),
    ];

    const arranged = arrangeRenewalOptions(options);

    expect(arranged.byProduct.map((group) => [group.product.code, group.terms.map((t) => t.years)])).toEqual([
      ['TS_STANDARD', [1, 2, 3]],
      ['TS_PREMIUM', [1, 2, 3]],
    ]);
    expect(arranged.byProduct[0]?.terms).toEqual(options.slice(0, 3));
    expect(arranged.autoRenewal).toEqual([options[6]]);
  });

  it('keeps the catalogue order even when it is not alphabetical, and a product seen again joins its group', () => {
    const arranged = arrangeRenewalOptions([option(tsPremium, 1), option(tsStandard, 1), option(tsPremium, 2)]);
    expect(arranged.byProduct.map((group) => [group.product.code, group.terms.map((t) => t.years)])).toEqual([
      ['TS_PREMIUM', [1, 2]],
      ['TS_STANDARD', [1]],
    ]);
    expect(arranged.autoRenewal).toEqual([]);
  });

  it('has nothing to arrange for a serial that cannot be renewed', () => {
    expect(arrangeRenewalOptions([])).toEqual({ byProduct: [], autoRenewal: [] });
  });
});
