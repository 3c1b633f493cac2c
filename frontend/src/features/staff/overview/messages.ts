// The payments overview's sentences in Japanese and English; the `OverviewMessages` type makes both complete.
// Amounts and dates reach these already formatted.
import { useI18n } from '../../../lib/i18n/useI18n';
import type { Language } from '../../../lib/i18n/language';

/** The largest bar of a chart, for its spoken summary: its label, amount and count, already formatted. */
export interface Peak {
  label: string;
  amount: string;
  count: number;
}

const ja = {
  title: '概況',
  lead: 'お支払い待ちの請求書、最近の入金、確認待ちの入金の現在の状況です。',
  openHeading: 'お支払い待ちの請求書',
  queueHeading: '確認待ちの入金',
  oldestWaiting: (date: string | null): string =>
    date === null ? '確認待ちの入金はありません' : `最も古い入金日: ${date}`,
  reviewLink: '確認待ちの入金を確認する',
  showTable: '数値を表で見る',
  total: '合計',
  amountAxis: '金額（円）',
  creditsAxis: '件数',

  dueWeeksCaption: 'お支払い待ちの請求書（期限の週ごと）',
  dueWeeksNote: '今週の分には、お支払い期限を過ぎてまだ失効していない請求書も含みます。',
  dueWeeksEmpty: 'お支払い待ちの請求書はありません。',
  dueWeeksSummary: (invoices: number, amount: string, weeks: number, peak: Peak): string =>
    `期限の週ごとのお支払い待ちの金額を示す棒グラフ。${weeks}週に計${invoices}件、${amount}。最も多いのは${peak.label}からの週で、${peak.amount}（${peak.count}件）。`,
  columnWeekStarting: '期限の週（月曜日から）',
  columnInvoices: '請求書の件数',
  columnAmount: '金額（税込）',
  weekOf: (monday: string): string => `${monday}からの週`,

  receivedCaption: '入金額（直近30日、日ごと）',
  receivedEmpty: '直近30日の入金はありません。',
  receivedSummary: (payments: number, amount: string, days: number, peak: Peak): string =>
    `直近30日の日ごとの入金額を示す棒グラフ。${days}日間に計${payments}件、${amount}。最も多いのは${peak.label}で、${peak.amount}（${peak.count}件）。`,
  columnDay: '入金日',
  columnPayments: '入金の件数',
  columnReceived: '入金額',

  queueCaption: '確認待ちの入金（入金日からの日数別）',
  queueEmpty: '確認待ちの入金はありません。',
  queueSummary: (credits: number, amount: string, buckets: readonly { label: string; count: number }[]): string =>
    `入金日からの日数別に確認待ちの入金の件数を示す棒グラフ。計${credits}件、${amount}。${buckets
      .map((bucket) => `${bucket.label}: ${bucket.count}件`)
      .join('、')}。`,
  columnAge: '入金日からの日数',
  columnCredits: '入金の件数',
  ageBucket: (minDays: number, maxDays: number | null): string =>
    maxDays === null ? `${minDays}日以上` : `${minDays}〜${maxDays}日`,
};

export type OverviewMessages = typeof ja;

const en: OverviewMessages = {
  title: 'At a glance',
  lead: 'Invoices awaiting payment, money received lately and the credits waiting for review, as they stand.',
  openHeading: 'Invoices awaiting payment',
  queueHeading: 'Credits waiting for review',
  oldestWaiting: (date) => (date === null ? 'Nothing is waiting' : `Oldest booked on ${date}`),
  reviewLink: 'Go to the review queue',
  showTable: 'Show as a table',
  total: 'Total',
  amountAxis: 'Amount (¥)',
  creditsAxis: 'Credits',

  dueWeeksCaption: 'Invoices awaiting payment, by due week',
  dueWeeksNote: "This week's bar also holds the invoices past their due date that have not yet expired.",
  dueWeeksEmpty: 'No invoice is awaiting payment.',
  dueWeeksSummary: (invoices, amount, weeks, peak) =>
    `Bar chart of the amount awaiting payment by the week it falls due: ${invoices} invoice${invoices === 1 ? '' : 's'}, ${amount}, over ${weeks} week${weeks === 1 ? '' : 's'}. The largest is the week of ${peak.label}: ${peak.amount} (${peak.count}).`,
  columnWeekStarting: 'Week starting (Monday)',
  columnInvoices: 'Invoices',
  columnAmount: 'Amount (incl. tax)',
  weekOf: (monday) => `Week of ${monday}`,

  receivedCaption: 'Money received per day, last 30 days',
  receivedEmpty: 'No money was received in the last 30 days.',
  receivedSummary: (payments, amount, days, peak) =>
    `Bar chart of the money received each day of the last 30 days: ${payments} payment${payments === 1 ? '' : 's'}, ${amount}, over ${days} day${days === 1 ? '' : 's'}. The most was on ${peak.label}: ${peak.amount} (${peak.count}).`,
  columnDay: 'Day',
  columnPayments: 'Payments',
  columnReceived: 'Received',

  queueCaption: 'Credits waiting for review, by days since booking',
  queueEmpty: 'No credit is waiting for review.',
  queueSummary: (credits, amount, buckets) =>
    `Bar chart of the credits waiting for review by days since the bank booked them: ${credits} credit${credits === 1 ? '' : 's'}, ${amount}. ${buckets
      .map((bucket) => `${bucket.label}: ${bucket.count}`)
      .join('; ')}.`,
  columnAge: 'Days since booking',
  columnCredits: 'Credits',
  ageBucket: (minDays, maxDays) => (maxDays === null ? `${minDays}+ days` : `${minDays}–${maxDays} days`),
};

export const overviewMessages: Record<Language, OverviewMessages> = { ja, en };

export function useOverviewMessages(): OverviewMessages {
  return overviewMessages[useI18n().language];
}
