// Every sentence the UI shows, in Japanese and English; the `Messages` type makes both complete.
import type { Language } from './language';

/** A time since something, rounded as a reader says it (see elapsedSince). */
export interface Elapsed {
  unit: 'day' | 'month' | 'year';
  count: number;
}

const jaUnits: Record<Elapsed['unit'], (n: number) => string> = {
  day: (n) => `${n}日前`,
  month: (n) => `約${n}か月前`,
  year: (n) => `約${n}年前`,
};

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
  forgotPasswordLink: 'パスワードをお忘れの方・初めての方',

  forgotPasswordTitle: 'パスワードの設定',
  forgotPasswordIntro:
    'ご登録のメールアドレスを入力してください。パスワードを設定するためのリンクをメールでお送りします。初めてご利用の方も、こちらからパスワードを設定できます。',
  emailRequired: 'メールアドレスを入力してください。',
  requestLinkSubmit: 'リンクを送る',
  requestingLink: '送信しています…',
  linkSentTitle: 'メールをご確認ください',
  linkSent:
    'ご入力のメールアドレスが登録されている場合は、パスワードを設定するためのリンクをお送りしました。リンクの有効期限は1時間です。',
  linkSentHint:
    'メールが届かない場合は、迷惑メールフォルダもご確認ください。もう一度お申し込みいただくと、前にお送りしたリンクは使えなくなります。',
  requestAgain: 'もう一度申し込む',
  backToSignIn: 'サインインへ戻る',

  setPasswordTitle: '新しいパスワードの設定',
  setPasswordIntro: '新しいパスワードを2回入力してください。設定が終わると、そのままサインインします。',
  newPasswordLabel: '新しいパスワード',
  newPasswordHint: (minLength: number, maxLength: number): string =>
    `${minLength}文字以上、${maxLength}文字以内で入力してください。`,
  confirmPasswordLabel: '新しいパスワード（確認）',
  passwordMismatch: '確認用のパスワードが一致しません。同じパスワードを入力してください。',
  setPasswordSubmit: 'パスワードを設定する',
  settingPassword: '設定しています…',
  invalidLinkTitle: 'このリンクではパスワードを設定できません',
  requestNewLink: 'リンクをもう一度受け取る',

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
  statusExpired: (ago: Elapsed): string => `期限切れ（${jaUnits[ago.unit](ago.count)}）`,
  noLicences: '表示できるライセンスはありません。',
  showMore: 'さらに表示',
  hiddenLicencesNote: '有効期限から1年以上たったライセンスは一覧に表示されません。',
  noMatchingLicences: '条件に合うライセンスはありません。',
  searchLabel: 'シリアル番号・製品名で検索',
  searchHint: 'シリアル番号の一部（ハイフンなしでも可）、または製品名の一部を入力してください。',
  searchSubmit: '検索',
  filterGroupLabel: '表示するライセンス',
  filterAll: 'すべて',
  filterExpiringSoon: 'まもなく期限切れ',
  filterExpired: '期限切れ',
  filterRenewable: '更新できる',
  filterCount: (n: number): string => `${n}件`,
  columnSelect: '選択',
  selectSerial: (serialNumber: string): string => `${serialNumber}を選択`,
  selectedCount: (n: number): string => (n === 0 ? '更新するライセンスを選んでください。' : `${n}件を選択中。`),
  selectAllOutcome: ({ selected, totalCount, limit }: { selected: number; totalCount: number; limit: number }): string =>
    selected < totalCount
      ? `更新できる${totalCount}件のうち、1回でお申し込みいただける${limit}件を選びました。`
      : `更新できる${totalCount}件をすべて選びました。`,
  selectAllRenewable: '更新できるものをすべて選択',
  clearSelection: '選択を解除',
  renewSelected: 'まとめて契約更新を申し込む',
  renewOne: '契約更新を申し込む',
  whatToDoInstead: '今後のお手続き',

  mainNavLabel: 'メインメニュー',
  staffConsoleLink: 'スタッフ',
  columnRenewal: '更新',
  renewableNow: '更新できます',
  /** `opensOn` is already formatted; null when the server gave no date. */
  renewalOpensOn: (opensOn: string | null): string =>
    opensOn === null ? 'まだ更新の受付期間ではありません' : `${opensOn}から更新できます`,
  /** `closesOn` is already formatted; null when the server gave no date. */
  renewalClosed: (closesOn: string | null): string =>
    closesOn === null
      ? '更新受付を終了しました。新しいライセンスをお買い求めください'
      : `${closesOn}で更新受付を終了しました。新しいライセンスをお買い求めください`,
  renewalInProgress: '更新のお手続き中です（お支払い待ち）',
  seeRenewalOptions: '更新オプションを見る',
  /** `dueOn` is already formatted. */
  renewalInProgressOrder: (dueOn: string): string => `お支払い期限: ${dueOn}`,
  filterInOpenOrder: 'お手続き中',

  licenceHeadingKicker: 'シリアル番号',
  backToLicences: 'マイライセンスへ戻る',
  renewalOptionsTitle: '更新オプション',
  renewalOptionsIntro:
    '更新できる製品と期間ごとの料金です。新しい有効期限は今日お支払いいただいた場合の日付で、実際の有効期限はお支払いの確認時に確定します。',
  noRenewalOptions: '現在お選びいただける更新オプションはありません。',
  columnTerm: '期間',
  columnPriceExcludingTax: '税抜価格',
  columnTax: '消費税（10%）',
  columnPriceIncludingTax: '税込価格',
  columnNewExpiry: '今日お支払いの場合の新しい有効期限',
  termYears: (years: number): string => `${years}年`,
  autoRenewalTitle: '年額あんしん自動更新',
  autoRenewalExplanation: '1年ごとに自動で契約を更新します。いつでも停止できます。',
  autoRenewalEnrolled: (orderNumber: string): string =>
    `ご注文 ${orderNumber} で年額あんしん自動更新をお申し込みいただいています。お支払いの確認後に始まり、以後は毎年、有効期限の前に請求書をお送りします。`,
  autoRenewalStopped: (date: string, orderNumber: string): string =>
    `${date}に自動更新を停止しました。ご注文 ${orderNumber} のお支払いで1年間更新され、その後の請求書はお送りしません。`,
  autoRenewalActive: (since: string): string => `自動更新中（${since}から）`,
  autoRenewalActiveDetail: (expiresOn: string): string =>
    `有効期限（${expiresOn}）の前に、次の1年分の請求書をお送りします。以後も毎年同じように更新されます。`,
  autoRenewalActiveStopped: (date: string, expiresOn: string): string =>
    `${date}に自動更新を停止しました。このライセンスは有効期限の${expiresOn}までお使いいただけます。その後の請求書はお送りしません。`,
  stopAutoRenewal: '自動更新を停止する',
  stopAutoRenewalTitle: '年額あんしん自動更新を停止しますか？',
  stopAutoRenewalBody: (orderNumber: string): string =>
    `ご注文 ${orderNumber} のお支払いで、このライセンスは1年間更新されます。その後は自動で更新されず、請求書もお送りしません。`,
  stopActiveAutoRenewalBody: (expiresOn: string): string =>
    `このライセンスは有効期限の${expiresOn}までお使いいただけます。その後は自動で更新されず、請求書もお送りしません。`,
  stopAutoRenewalConfirm: '停止する',
  stopAutoRenewalKeep: '停止しない',
  stoppingAutoRenewal: '停止しています…',
  columnYearlyPriceIncludingTax: '税込価格（年額）',
  licenceNotFoundTitle: 'ライセンスが見つかりません',
  columnChoose: 'お申し込み',
  chooseOption: 'お申し込みはこちら',
  chooseAutoRenewal: '年額あんしん自動更新のお申し込みはこちら',
  wayForwardTitle: '今後のお手続き',
  wayForwardNewLicence: (productName: string): string =>
    `引き続き保護を受けるには、新しいライセンスをお買い求めください。${productName}をはじめ各製品を新しいシリアル番号でお使いいただけます。`,
  wayForwardOthers: 'ほかに更新できるライセンスがないかは、マイライセンスで確かめられます。',
  wayForwardRenewableLink: '更新できるライセンスを見る',
  wayForwardContact: (seller: string): string =>
    `ご不明な点は、このシリアル番号をお手元にご用意のうえ、${seller}のサポート窓口へお問い合わせください:`,

  findSerialTitle: 'シリアル番号で探す',
  findSerialIntro:
    'お客様のアカウントのライセンスをシリアル番号で探します。有効期限から1年以上たち、マイライセンスに表示されなくなったライセンスも探せます。',
  serialNumberLabel: 'シリアル番号',
  serialNumberHint: '英字と数字の20文字です（ハイフンは数えません。例: ABCD-EFGH-JKLM-NPQR-2345）。全角・小文字・スペースを含んでいても探せます。',
  findSerialSubmit: '探す',
  findingSerial: '探しています…',

  ordersTitle: 'ご注文履歴',
  totalsLabel: '合計金額',
  /** The amount subject to one tax rate: 10%対象. */
  rateSubject: (ratePercent: number): string => `${ratePercent}%対象`,
  rateTax: (ratePercent: number): string => `消費税（${ratePercent}%）`,
  totalIncludingTax: '合計（税込）',
  lineCountLabel: '件数',
  lineCount: (n: number): string => `${n}件`,
  billingCompanyName: '会社名',
  billingDepartment: '部署',
  billingContactName: 'ご担当者名',
  billingEmail: '書類の送付先メールアドレス',
  billingPhone: '電話番号',
  billingPostalCode: '郵便番号',
  billingAddress: '住所',
  billingPurchaseOrderNumber: '注文番号（貴社管理番号）',
  documentPreparing: 'PDFを作成しています。しばらくお待ちください…',
  columnNewExpiryExpected: 'お支払い後の新しい有効期限（予定）',
  currentProduct: '現在の製品',
  autoRenewalShort: '年額あんしん自動更新',
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
  forgotPasswordLink: 'Forgot your password / first time here?',

  forgotPasswordTitle: 'Set your password',
  forgotPasswordIntro:
    'Enter the e-mail address registered for your account and we will mail you a link to set a password. First time here? This is how you set your first one.',
  emailRequired: 'Please enter your e-mail address.',
  requestLinkSubmit: 'Send the link',
  requestingLink: 'Sending…',
  linkSentTitle: 'Check your mail',
  linkSent: 'If the address is registered, we have sent it a link to set your password. The link works for 1 hour.',
  linkSentHint:
    'No mail? Please check your spam folder too. If you ask again, the link we sent before stops working.',
  requestAgain: 'Ask again',
  backToSignIn: 'Back to sign in',

  setPasswordTitle: 'Set a new password',
  setPasswordIntro: 'Enter your new password twice. Once it is set, you are signed in.',
  newPasswordLabel: 'New password',
  newPasswordHint: (minLength, maxLength) => `${minLength} to ${maxLength} characters.`,
  confirmPasswordLabel: 'New password again',
  passwordMismatch: 'The two passwords are not the same. Please type the same password twice.',
  setPasswordSubmit: 'Set password',
  settingPassword: 'Setting your password…',
  invalidLinkTitle: 'This link cannot set a password',
  requestNewLink: 'Get a new link',

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
  statusExpired: ({ unit, count: n }) => `Expired ${unit === 'day' ? '' : 'about '}${count(n, unit)} ago`,
  noLicences: 'There are no licences to show.',
  showMore: 'Show more',
  hiddenLicencesNote: 'Licences more than a year past their expiry date are no longer listed.',
  noMatchingLicences: 'No licences match.',
  searchLabel: 'Search by serial number or product',
  searchHint: 'Type part of a serial number (hyphens optional) or of a product name.',
  searchSubmit: 'Search',
  filterGroupLabel: 'Licences to show',
  filterAll: 'All',
  filterExpiringSoon: 'Expiring soon',
  filterExpired: 'Expired',
  filterRenewable: 'Renewable',
  filterCount: (n) => String(n),
  columnSelect: 'Select',
  selectSerial: (serialNumber) => `Select ${serialNumber}`,
  selectedCount: (n) => (n === 0 ? 'Choose the licences to renew.' : `${count(n, 'licence')} selected.`),
  selectAllOutcome: ({ selected, totalCount, limit }) =>
    selected < totalCount
      ? `Selected ${limit} of ${totalCount} renewable licences: one order holds up to ${limit}.`
      : `Selected all ${count(totalCount, 'renewable licence')}.`,
  selectAllRenewable: 'Select all renewable',
  clearSelection: 'Clear selection',
  renewSelected: 'Renew the selected licences',
  renewOne: 'Renew',
  whatToDoInstead: 'What you can do instead',

  mainNavLabel: 'Main menu',
  staffConsoleLink: 'Staff console',
  columnRenewal: 'Renewal',
  renewableNow: 'Renewable now',
  renewalOpensOn: (opensOn) => (opensOn === null ? 'Renewal is not open yet' : `Renewal opens on ${opensOn}`),
  renewalClosed: (closesOn) =>
    closesOn === null
      ? 'Renewal has closed; please buy a new licence'
      : `Renewal closed on ${closesOn}; please buy a new licence`,
  renewalInProgress: 'A renewal is already in progress (awaiting payment)',
  seeRenewalOptions: 'See renewal options',
  renewalInProgressOrder: (dueOn) => `Payment due by ${dueOn}`,
  filterInOpenOrder: 'In an open order',

  licenceHeadingKicker: 'Serial number',
  backToLicences: 'Back to My licences',
  renewalOptionsTitle: 'Renewal options',
  renewalOptionsIntro:
    'What you can renew into, for each term. The new expiry date assumes payment today; the actual date is fixed when your payment is confirmed.',
  noRenewalOptions: 'There are no renewal options to choose from at the moment.',
  columnTerm: 'Term',
  columnPriceExcludingTax: 'Price excl. tax',
  columnTax: 'Consumption tax (10%)',
  columnPriceIncludingTax: 'Price incl. tax',
  columnNewExpiry: 'New expiry date if paid today',
  termYears: (years) => count(years, 'year'),
  autoRenewalTitle: 'Annual auto-renewal',
  autoRenewalExplanation: 'Renews your licence every year automatically; you can stop it at any time.',
  autoRenewalEnrolled: (orderNumber) =>
    `You ordered the annual auto-renewal with order ${orderNumber}. It starts once that order is paid; from then on we send an invoice before each expiry.`,
  autoRenewalStopped: (date, orderNumber) =>
    `You stopped the auto-renewal on ${date}. Paying order ${orderNumber} renews the licence for one year; no invoice follows after that.`,
  autoRenewalActive: (since) => `Auto-renewal on (since ${since})`,
  autoRenewalActiveDetail: (expiresOn) =>
    `We send the invoice for the next year before the licence expires on ${expiresOn}, and so on every year.`,
  autoRenewalActiveStopped: (date, expiresOn) =>
    `You stopped the auto-renewal on ${date}. The licence stays valid until ${expiresOn}; no invoice follows.`,
  stopAutoRenewal: 'Stop the auto-renewal',
  stopAutoRenewalTitle: 'Stop the annual auto-renewal?',
  stopAutoRenewalBody: (orderNumber) =>
    `Paying order ${orderNumber} still renews this licence for one year. After that it is not renewed automatically, and no invoice is sent.`,
  stopActiveAutoRenewalBody: (expiresOn) =>
    `The licence stays valid until ${expiresOn}. After that it is not renewed automatically, and no invoice is sent.`,
  stopAutoRenewalConfirm: 'Stop it',
  stopAutoRenewalKeep: 'Keep it',
  stoppingAutoRenewal: 'Stopping…',
  columnYearlyPriceIncludingTax: 'Price incl. tax (per year)',
  licenceNotFoundTitle: 'Licence not found',
  columnChoose: 'Order',
  chooseOption: 'Renew with this',
  chooseAutoRenewal: 'Choose annual auto-renewal',
  wayForwardTitle: 'What you can do instead',
  wayForwardNewLicence: (productName) =>
    `To stay protected, buy a new licence: ${productName} and our other products come with a new serial number.`,
  wayForwardOthers: 'To see which of your other licences can still be renewed, go to My licences.',
  wayForwardRenewableLink: 'See renewable licences',
  wayForwardContact: (seller) => `Questions? Contact the ${seller} support desk, with this serial number at hand:`,

  findSerialTitle: 'Find a serial',
  findSerialIntro:
    "Look up one of your account's licences by its serial number, including licences no longer listed under My licences (more than a year past expiry).",
  serialNumberLabel: 'Serial number',
  serialNumberHint:
    '20 letters and digits, not counting the hyphens, e.g. ABCD-EFGH-JKLM-NPQR-2345. Full-width characters, lower case and spaces are accepted.',
  findSerialSubmit: 'Find',
  findingSerial: 'Searching…',

  ordersTitle: 'My orders',
  totalsLabel: 'Totals',
  rateSubject: (ratePercent) => `Subject to ${ratePercent}% tax`,
  rateTax: (ratePercent) => `Consumption tax (${ratePercent}%)`,
  totalIncludingTax: 'Total incl. tax',
  lineCountLabel: 'Serials',
  lineCount: (n) => count(n, 'serial'),
  billingCompanyName: 'Company name',
  billingDepartment: 'Department',
  billingContactName: 'Contact name',
  billingEmail: 'E-mail for documents',
  billingPhone: 'Phone',
  billingPostalCode: 'Postal code',
  billingAddress: 'Address',
  billingPurchaseOrderNumber: 'Purchase order number / your reference',
  documentPreparing: 'The PDF is being prepared. One moment, please…',
  columnNewExpiryExpected: 'Expected new expiry once paid',
  currentProduct: 'current',
  autoRenewalShort: 'Annual auto-renewal',
};

export const messages: Record<Language, Messages> = { ja, en };
