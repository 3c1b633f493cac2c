// Every sentence the UI shows, in Japanese and English; the `Messages` type makes both complete.
import type { Language } from './language';

const ja = {
  skipToMain: 'メインコンテンツへスキップ',
  languageSwitchLabel: '表示言語',
  accountLabel: 'サインイン中のアカウント',
  signOut: 'サインアウト',
  footerNote: 'ライセンスの確認と更新のお手続き',
  loading: '読み込み中…',
  unexpectedError: '通信中にエラーが発生しました。しばらくしてからもう一度お試しください。',
  retry: '再読み込み',

  signInTitle: 'サインイン',
  signInIntro: 'ご登録のメールアドレスとパスワードを入力してください。',
  emailLabel: 'メールアドレス',
  passwordLabel: 'パスワード',
  signInSubmit: 'サインイン',
  signingIn: 'サインインしています…',
  invalidCredentials: 'メールアドレスまたはパスワードが正しくありません。',
  /** `seconds` is null when the server did not say how long to wait. */
  tooManyAttempts: (seconds: number | null): string =>
    seconds === null
      ? 'サインインの試行回数が上限に達しました。しばらくしてからもう一度お試しください。'
      : `サインインの試行回数が上限に達しました。${seconds}秒後にもう一度お試しください。`,

  licencesTitle: 'マイライセンス',
  licencesCaption: 'ご契約のライセンス（有効期限の近い順）',
  licenceCount: (shown: number, total: number): string =>
    shown === total ? `全${total}件` : `全${total}件中 ${shown}件を表示`,
  columnSerial: 'シリアル番号',
  columnProduct: '製品',
  columnExpiry: '有効期限',
  columnStatus: '状態',
  statusActive: '有効',
  statusExpiringSoon: (daysLeft: number): string => `まもなく期限切れ（残り${daysLeft}日）`,
  statusExpired: (daysAgo: number): string => `期限切れ（${daysAgo}日前）`,
  noLicences: '表示できるライセンスはありません。',
  showMore: 'さらに表示',
};

export type Messages = typeof ja;

/** English count with its noun: 1 day, 2 days. */
function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

const en: Messages = {
  skipToMain: 'Skip to main content',
  languageSwitchLabel: 'Display language',
  accountLabel: 'Signed in as',
  signOut: 'Sign out',
  footerNote: 'Check and renew your software licences',
  loading: 'Loading…',
  unexpectedError: 'Something went wrong. Please try again in a moment.',
  retry: 'Try again',

  signInTitle: 'Sign in',
  signInIntro: 'Enter the e-mail address and password registered for your account.',
  emailLabel: 'E-mail address',
  passwordLabel: 'Password',
  signInSubmit: 'Sign in',
  signingIn: 'Signing in…',
  invalidCredentials: 'The e-mail address or password is incorrect.',
  tooManyAttempts: (seconds) =>
    seconds === null
      ? 'Too many sign-in attempts. Please try again later.'
      : `Too many sign-in attempts. Please try again in ${count(seconds, 'second')}.`,

  licencesTitle: 'My licences',
  licencesCaption: 'Your licences, soonest expiry first',
  licenceCount: (shown, total) =>
    shown === total ? count(total, 'licence') : `Showing ${shown} of ${count(total, 'licence')}`,
  columnSerial: 'Serial number',
  columnProduct: 'Product',
  columnExpiry: 'Expiry date',
  columnStatus: 'Status',
  statusActive: 'Active',
  statusExpiringSoon: (daysLeft) => `Expiring soon (${count(daysLeft, 'day')} left)`,
  statusExpired: (daysAgo) => `Expired ${count(daysAgo, 'day')} ago`,
  noLicences: 'There are no licences to show.',
  showMore: 'Show more',
};

export const messages: Record<Language, Messages> = { ja, en };
