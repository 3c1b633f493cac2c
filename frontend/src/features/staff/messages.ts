// The staff console's shared words (its menu, a count, why a credit waits for review), in Japanese and
// English; the `StaffMessages` type makes both complete.
import type { CandidateMatch, CreditState, ReviewReason, StatementFormat } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/useI18n';
import type { Language } from '../../lib/i18n/language';

const ja = {
  consoleNavLabel: 'スタッフメニュー',
  overviewTitle: '入金の概況',
  statementsTitle: '入金明細の取り込み',
  reviewTitle: '要確認入金',
  archiveTitle: '注文・請求書の検索',
  /** A count of invoices, credits, payments: 3件 in Japanese, the bare number in English. */
  count: (n: number): string => `${n}件`,
  reviewReasons: {
    SHORT: '入金不足',
    OVER: '入金超過',
    UNKNOWN_ACCOUNT: '口座不明',
    LATE: '期限後入金',
    ALREADY_PAID: '支払済み請求書への入金',
    CANCELLED: 'キャンセル済み注文への入金',
    REVERSAL: '取消',
  } satisfies Record<ReviewReason, string>,
  matches: {
    SAME_ACCOUNT: '同じ口座',
    SAME_AMOUNT: '同じ金額',
    SAME_PAYER: '同じ振込人',
  } satisfies Record<CandidateMatch, string>,
  creditStates: {
    REVIEW: '要確認',
    APPLIED: '充当済み',
    REFUND: '返金予定',
    DISMISSED: '確認済み',
  } satisfies Record<CreditState, string>,
  formats: {
    TRANSFER_NOTICE: '全銀 振込入金通知',
    ACCOUNT_STATEMENT: '全銀 入出金取引明細',
    NET_BANKING_CSV: 'ネットバンキングCSV',
  } satisfies Record<StatementFormat, string>,
};

export type StaffMessages = typeof ja;

const en: StaffMessages = {
  consoleNavLabel: 'Staff menu',
  overviewTitle: 'Payments overview',
  statementsTitle: 'Bank statements',
  reviewTitle: 'Review queue',
  archiveTitle: 'Orders and invoices',
  count: (n) => `${n}`,
  reviewReasons: {
    SHORT: 'Short payment',
    OVER: 'Overpayment',
    UNKNOWN_ACCOUNT: 'Unknown account',
    LATE: 'Paid after the due date',
    ALREADY_PAID: 'Invoice already paid',
    CANCELLED: 'Order cancelled',
    REVERSAL: 'Reversal',
  },
  matches: {
    SAME_ACCOUNT: 'Same account',
    SAME_AMOUNT: 'Same amount',
    SAME_PAYER: 'Same payer',
  },
  creditStates: {
    REVIEW: 'To review',
    APPLIED: 'Applied',
    REFUND: 'To refund',
    DISMISSED: 'Dismissed',
  },
  formats: {
    TRANSFER_NOTICE: 'Zengin transfer notice',
    ACCOUNT_STATEMENT: 'Zengin account statement',
    NET_BANKING_CSV: 'Net-banking CSV',
  },
};

export const staffMessages: Record<Language, StaffMessages> = { ja, en };

export function useStaffMessages(): StaffMessages {
  return staffMessages[useI18n().language];
}
