// The SPA's routes, shared so features can link to each other without importing each other.
export const paths = {
  home: '/',
  signIn: '/sign-in',
  /** Asks for a mailed link to set a password: a forgotten one, or the first one. */
  forgotPassword: '/forgot-password',
  /** Where the mailed link leads: `/set-password#token=…` (in the fragment, so it reaches no server log). */
  setPassword: '/set-password',
  licences: '/licences',
  /** Route pattern of one licence's page; link to it with `licencePath`. */
  licence: '/licences/:serialNumber',
  findSerial: '/find',
  /** The renewal cart (更新内容の選択); features add serials to it by navigating with `RenewalNavigationState`. */
  renewal: '/renew',
  orders: '/orders',
  /** Route pattern of one order's page; link to it with `orderPath`. */
  order: '/orders/:orderNumber',
  /** The staff console (スタッフ), loaded only for staff; its first page is the payments overview. */
  staff: '/staff',
  /** Bank statements (入金明細の取り込み): upload one, and the imports so far. */
  staffStatements: '/staff/statements',
  /** The review queue (要確認入金): credits the import could not apply by itself. */
  staffReview: '/staff/review',
  /** Every account's orders, invoices and receipts, searchable. */
  staffArchive: '/staff/archive',
} as const;

/** Router state that adds serials to the renewal cart: `navigate(paths.renewal, { state })`. Each line may
 * come with the product and term already chosen (an option row on a licence's page), or without (the list). */
export interface RenewalNavigationState {
  add: { serialNumber: string; productCode?: string; years?: number; autoRenewal?: boolean }[];
}

/** Router state of an order's page reached by placing the order: it then reads as the completion page
 * (お申し込み完了). */
export interface OrderNavigationState {
  placed: boolean;
}

/** One order's page, by its number (O-2026-000001). */
export function orderPath(orderNumber: string): string {
  return `${paths.orders}/${encodeURIComponent(orderNumber)}`;
}

/** One licence's page, the serial written as the API shows it (ABCD-EFGH-JKLM-NPQR-2345). */
export function licencePath(serialNumber: string): string {
  return `${paths.licences}/${encodeURIComponent(serialNumber)}`;
}

/** The sign-in page, asked to return to `next` (path, query and fragment) afterwards. My licences,
 * where signing in leads anyway, is left out so the common case keeps a plain address. */
export function signInPath(next: string): string {
  return next === paths.licences ? paths.signIn : `${paths.signIn}?${new URLSearchParams({ next }).toString()}`;
}

/** POST only, by staff: a bank statement's bytes as the body, its file name in the query. */
export function statementUploadPath(filename: string): string {
  return `${paths.staffStatements}?filename=${encodeURIComponent(filename)}`;
}

/** POST: the GraphQL API. GET in a browser: the explorer page (explorer.html), served by the backend. */
export const graphqlPath = '/graphql';
