// The archive's sentences in Japanese and English; the `ArchiveMessages` type makes both complete.
import type { DocumentStatus, OrderStatus } from '../../../gql/graphql';
import { useI18n } from '../../../lib/i18n/useI18n';
import type { Language } from '../../../lib/i18n/language';
import type { DraftProblem, SearchField } from './archiveSearch';

const ja = {
  title: '注文・帳票の検索',
  lead: 'すべてのお客様の注文と、その請求書・領収書を探します。条件はいくつでも組み合わせられます。何も入力せずに検索すると、すべての注文を新しい順に表示します。',
  formLabel: '検索条件',
  labels: {
    number: '番号（注文・請求書・領収書）',
    customer: 'お客様',
    serialNumber: 'シリアル番号',
    issuedFrom: '開始日',
    issuedTo: '終了日',
    amountMin: '下限（円）',
    amountMax: '上限（円）',
  } satisfies Record<SearchField, string>,
  numberHint: '番号の先頭だけでも探せます（例: I-2026-00）。',
  customerHint: 'メールアドレス、会社名、ご担当者名の一部。',
  issuedLegend: '請求書の発行日',
  amountLegend: '請求金額（税込）',
  submit: '検索',
  searching: '検索しています…',
  clear: '条件をクリア',
  problems: {
    NOT_WHOLE_YEN: '金額は円単位の整数で入力してください。',
    NOT_A_DATE: '日付は YYYY-MM-DD の形で入力してください。',
  } satisfies Record<DraftProblem, string>,
  resultsCaption: '検索結果（新しい順）',
  resultCount: (shown: number, total: number): string =>
    shown === total ? `${total}件` : `${total}件中 ${shown}件を表示`,
  noResults: '条件に合う注文はありません。',
  columnOrder: '注文番号',
  columnPlacedAt: 'お申し込み日',
  columnCustomer: 'お客様',
  columnStatus: '状態',
  columnInvoice: '請求書',
  columnReceipt: '領収書',
  status: {
    AWAITING_PAYMENT: '支払い待ち',
    PAID: '支払い済み',
    EXPIRED: '失効',
    CANCELLED: 'キャンセル済み',
  } satisfies Record<OrderStatus, string>,
  documentStatus: { READY: 'PDF', RENDERING: 'PDF作成中' } satisfies Record<DocumentStatus, string>,
  issuedOn: (date: string): string => `${date}発行`,
  invoicePdf: (number: string): string => `請求書 ${number} のPDF`,
  receiptPdf: (number: string): string => `領収書 ${number} のPDF`,
  noReceipt: 'なし',
};

export type ArchiveMessages = typeof ja;

const en: ArchiveMessages = {
  title: 'Orders and documents',
  lead: "Finds any customer's orders with their invoices and receipts. Combine as many criteria as you like; searching with none lists every order, newest first.",
  formLabel: 'Search criteria',
  labels: {
    number: 'Number (order, invoice or receipt)',
    customer: 'Customer',
    serialNumber: 'Serial number',
    issuedFrom: 'From',
    issuedTo: 'To',
    amountMin: 'At least (¥)',
    amountMax: 'At most (¥)',
  },
  numberHint: 'The start of a number will do (e.g. I-2026-00).',
  customerHint: 'Part of the e-mail address, company name or contact name.',
  issuedLegend: 'Invoice issued',
  amountLegend: 'Invoice total (incl. tax)',
  submit: 'Search',
  searching: 'Searching…',
  clear: 'Clear',
  problems: {
    NOT_WHOLE_YEN: 'Enter the amount as a whole number of yen.',
    NOT_A_DATE: 'Enter the date as YYYY-MM-DD.',
  },
  resultsCaption: 'Results, newest first',
  resultCount: (shown, total) =>
    shown === total ? `${total} order${total === 1 ? '' : 's'}` : `Showing ${shown} of ${total} orders`,
  noResults: 'No order matches.',
  columnOrder: 'Order',
  columnPlacedAt: 'Placed',
  columnCustomer: 'Customer',
  columnStatus: 'Status',
  columnInvoice: 'Invoice',
  columnReceipt: 'Receipt',
  status: {
    AWAITING_PAYMENT: 'Awaiting payment',
    PAID: 'Paid',
    EXPIRED: 'Expired',
    CANCELLED: 'Cancelled',
  },
  documentStatus: { READY: 'PDF', RENDERING: 'PDF being made' },
  issuedOn: (date) => `Issued ${date}`,
  invoicePdf: (number) => `Invoice ${number} PDF`,
  receiptPdf: (number) => `Receipt ${number} PDF`,
  noReceipt: 'None',
};

export const archiveMessages: Record<Language, ArchiveMessages> = { ja, en };

export function useArchiveMessages(): ArchiveMessages {
  return archiveMessages[useI18n().language];
}
