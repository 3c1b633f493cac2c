// A small catalogue and account for the renewal page's tests, and server stubs that price a cart
// the way the API does (tax rounded down once on the whole document).
import { signedIn } from '../../testing/graphqlServer';

const cloud = { code: 'CLOUD', name: 'ウイルスバスター クラウド' };
const tsStandard = { code: 'TS_STANDARD', name: 'ウイルスバスター トータルセキュリティ スタンダード' };
const tsPremium = { code: 'TS_PREMIUM', name: 'ウイルスバスター トータルセキュリティ プレミアム' };

const prices: Record<string, number[]> = {
  CLOUD: [5200, 9400, 12345],
  TS_STANDARD: [6105, 11200, 15600],
  TS_PREMIUM: [8105, 15000, 21000],
};

function options(products: (typeof cloud)[], from: number, autoRenewal: typeof cloud | null) {
  const terms = products.flatMap((product) =>
    [1, 2, 3].map((years) => ({
      product,
      years,
      autoRenewal: false,
      priceExcludingTax: prices[product.code]?.[years - 1] ?? 0,
      newExpiresOn: `${from + years}-06-14`,
    })),
  );
  const plan = autoRenewal
    ? [
        {
          product: autoRenewal,
          years: 1,
          autoRenewal: true,
          priceExcludingTax: 6105,
          newExpiresOn: `${from + 1}-06-14`,
        },
      ]
    : [];
  return [...terms, ...plan];
}

export const licences: Record<string, unknown> = {
  'QF7K-2M9P-XR4T-8WNC-3HJD': {
    serialNumber: 'QF7K-2M9P-XR4T-8WNC-3HJD',
    expiresOn: '2027-06-14',
    product: cloud,
    renewalOptions: options([tsStandard, cloud], 2027, null),
  },
  'N7CM-4KRD-9XJP-3TWB-5FHQ': {
    serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ',
    expiresOn: '2026-10-17',
    product: tsStandard,
    renewalOptions: options([tsStandard, tsPremium], 2026, tsStandard),
  },
  'W2NP-6DJR-4YHX-9TCK-8BQM': {
    serialNumber: 'W2NP-6DJR-4YHX-9TCK-8BQM',
    expiresOn: '2023-11-26',
    product: cloud,
    renewalOptions: [],
  },
};

interface Line {
  serialNumber: string;
  productCode: string;
  years: number;
  autoRenewal?: boolean;
}

function linesOf(variables: Record<string, unknown>): Line[] {
  return variables.lines as Line[];
}

export function cartFacts(variables: Record<string, unknown>) {
  return {
    data: {
      renewalPreview: {
        lines: linesOf(variables).map((line) => ({ licence: licences[line.serialNumber] ?? null })),
      },
    },
  };
}

const noDetails = { field: null, maxLines: null, maxLength: null, orderNumber: null };

/** Prices each line from the catalogue above; a serial with no options is NOT_RENEWABLE, an unknown one NOT_FOUND. */
export function cartPrices(variables: Record<string, unknown>) {
  const errors: unknown[] = [];
  let subtotal = 0;
  const lines = linesOf(variables).map((line, index) => {
    const licence = licences[line.serialNumber] as
      | {
          renewalOptions: {
            product: { code: string };
            years: number;
            priceExcludingTax: number;
            newExpiresOn: string;
          }[];
        }
      | undefined;
    const option = licence?.renewalOptions.find(
      (each) => each.product.code === line.productCode && each.years === line.years,
    );
    if (option === undefined) {
      errors.push({ ...noDetails, code: licence ? 'NOT_RENEWABLE' : 'NOT_FOUND', path: ['lines', String(index)] });
      return { included: false, priceExcludingTax: null, newExpiresOn: null };
    }
    subtotal += option.priceExcludingTax;
    return { included: true, priceExcludingTax: option.priceExcludingTax, newExpiresOn: option.newExpiresOn };
  });
  const tax = Math.floor(subtotal / 10);
  const included = lines.filter((line) => line.included).length;
  return {
    data: {
      renewalPreview: {
        lines,
        totals: {
          lineCount: included,
          rates:
            included === 0
              ? []
              : [{ ratePercent: 10, amountExcludingTax: subtotal, tax, amountIncludingTax: subtotal + tax }],
          subtotal,
          tax,
          totalIncludingTax: subtotal + tax,
        },
        errors,
      },
    },
  };
}

export const billingProfile = {
  companyName: '株式会社デモ商事',
  department: '情報システム部',
  contactName: '山田 花子',
  email: 'keiri@demo.example',
  phone: '03-1234-5678',
  postalCode: '100-0001',
  address: '東京都千代田区千代田1-1',
  purchaseOrderNumber: null,
};

export function account(profile: typeof billingProfile | null, companyName: string | null = null) {
  return () => ({ data: { me: { email: 'demo@koushin.example', companyName }, billingProfile: profile } });
}

export const legalDocuments = () => ({
  data: {
    legalDocuments: [
      {
        kind: 'TERMS',
        version: '2026-04',
        title: '使用許諾契約書',
        body: '第1条 本契約について。\n\n第2条 <b>使用</b>の許諾。',
      },
      { kind: 'PRIVACY', version: '2025-10', title: '個人情報の取り扱い', body: '1. 取得する情報\n\n2. 利用目的' },
    ],
  },
});

export const renewalHandlers = {
  Me: signedIn,
  RenewalAccount: account(billingProfile),
  RenewalCartFacts: cartFacts,
  RenewalCartPrices: cartPrices,
  RenewalLegalDocuments: legalDocuments,
};

export const cartKey = 'koushin.renewalCart.demo@koushin.example';

/** A cart left in the session (as by an earlier visit), so a test can open the billing or review step. */
export function keepCart(...serialNumbers: string[]) {
  window.sessionStorage.setItem(
    cartKey,
    JSON.stringify(
      serialNumbers.map((serialNumber) => ({ serialNumber, productCode: 'CLOUD', years: 1, autoRenewal: false })),
    ),
  );
}

export const quoteNumber = 'Q-2026-000045';

export function quote(status: 'READY' | 'RENDERING') {
  return {
    number: quoteNumber,
    issuedOn: '2026-11-26',
    validUntil: '2026-12-26',
    pdfUrl: `/documents/quotes/${quoteNumber}.pdf`,
    document: { status },
  };
}

/** The `PlaceRenewalOrder` answer: the order placed, or the errors (RenewalError's fields, the rest null). */
export function placement(
  orderNumber: string | null,
  errors: { code: string; field?: string; path?: string[] }[] = [],
) {
  return {
    data: {
      placeRenewalOrder: {
        order: orderNumber === null ? null : { number: orderNumber },
        errors: errors.map((error) => ({ ...noDetails, path: null, ...error })),
      },
    },
  };
}
