// An order as the API returns it (its detail and its row in My orders), for the tests of the pages that
// show one or lead to one; each test changes only what it is about.
import type { TransferStatus } from '../gql/graphql';

export const orderNumber = 'O-2026-000123';

export const bankAccount = {
  bankCode: '0001',
  bankName: 'みずほ銀行',
  branchCode: '951',
  branchName: 'コウシン支店',
  accountType: 'ORDINARY',
  accountNumber: '3000123',
  holderKana: 'カ）コウシンソフトウエア',
};

type DocumentStatus = 'READY' | 'RENDERING';

export function invoiceDocument(status: DocumentStatus) {
  return { number: 'I-2026-000123', pdfUrl: '/documents/invoices/I-2026-000123.pdf', document: { status } };
}

export function quoteDocument(status: DocumentStatus) {
  return {
    number: 'Q-2026-000045',
    validUntil: '2026-12-26',
    pdfUrl: '/documents/quotes/Q-2026-000045.pdf',
    document: { status },
  };
}

/** A paid order's receipt (領収書): the full amount received on 3 December, no fee deducted. */
export function receiptDocument(status: DocumentStatus, feeDeducted = 0) {
  return {
    number: 'R-2026-000077',
    pdfUrl: '/documents/receipts/R-2026-000077.pdf',
    document: { status },
    issuedOn: '2026-12-04',
    receivedOn: '2026-12-03',
    amountReceived: 22220 - feeDeducted,
    feeDeducted,
  };
}

export const supportContact = { name: '株式会社コウシン・ソフトウェア', email: 'support@koushin.example' };

const cloud = { code: 'CLOUD', name: 'ウイルスバスター クラウド' };
const tsStandard = { code: 'TS_STANDARD', name: 'ウイルスバスター トータルセキュリティ スタンダード' };

/** Placed late on 25 November UTC, which is already 26 November in Japan: the day the seller counts. */
export const order = {
  number: orderNumber,
  placedAt: '2026-11-25T15:30:00+00:00',
  status: 'AWAITING_PAYMENT',
  cancellable: true,
  cancelledAt: null as string | null,
  paidAt: null as string | null,
  expiredAt: null as string | null,
  invoiceMailedTo: ['demo@koushin.example', 'keiri@demo.example'],
  totals: {
    lineCount: 2,
    rates: [{ ratePercent: 10, amountExcludingTax: 20200, tax: 2020, amountIncludingTax: 22220 }],
    subtotal: 20200,
    tax: 2020,
    totalIncludingTax: 22220,
  },
  lines: [
    {
      serialNumber: 'QF7K-2M9P-XR4T-8WNC-3HJD',
      previousProduct: cloud,
      product: cloud,
      years: 1,
      autoRenewal: false,
      expiresOn: '2027-06-14',
      expectedNewExpiresOn: '2028-06-14',
      newExpiresOn: null as string | null,
      priceExcludingTax: 5200,
    },
    {
      serialNumber: 'N7CM-4KRD-9XJP-3TWB-5FHQ',
      previousProduct: tsStandard,
      product: tsStandard,
      years: 3,
      autoRenewal: false,
      expiresOn: '2026-10-17',
      expectedNewExpiresOn: '2029-11-26',
      newExpiresOn: null as string | null,
      priceExcludingTax: 15000,
    },
  ],
  billing: {
    companyName: '株式会社デモ商事',
    department: '情報システム部',
    contactName: '山田 花子',
    email: 'keiri@demo.example',
    phone: '03-1234-5678',
    postalCode: '100-0001',
    address: '東京都千代田区千代田1-1',
    purchaseOrderNumber: null as string | null,
  },
  invoice: {
    ...invoiceDocument('READY'),
    issuedOn: '2026-11-26',
    dueOn: '2027-01-26',
    voided: false,
    totalIncludingTax: 22220,
    bankAccount,
  },
  quote: null as ReturnType<typeof quoteDocument> | null,
  receipt: null as ReturnType<typeof receiptDocument> | null,
  transfers: [] as { bookedOn: string; amount: number; reversal: boolean; status: TransferStatus }[],
};

export type OrderFixture = typeof order;

/** The `Order` query's answer: the order, or NOT_FOUND for null, and whom to ask about it. */
export function orderFound(detail: OrderFixture | null) {
  return {
    data: { order: { order: detail, errors: detail === null ? [{ code: 'NOT_FOUND' }] : [] }, supportContact },
  };
}

/** The `OrderDocuments` query's answer: only the documents' states. */
export function documentStates(detail: OrderFixture) {
  const { number, invoice, quote, receipt } = detail;
  return {
    data: {
      order: {
        order: {
          number,
          invoice: { number: invoice.number, pdfUrl: invoice.pdfUrl, document: invoice.document },
          quote,
          receipt:
            receipt === null ? null : { number: receipt.number, pdfUrl: receipt.pdfUrl, document: receipt.document },
        },
      },
    },
  };
}
