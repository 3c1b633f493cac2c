// The renewal cart as plain values: what each line asks for, what the serial allows, and the totals
// worked out locally from the catalogue prices, so a change shows at once while the server prices it.
import type { RenewalNavigationState } from '../../lib/paths';

/** What the customer chose for one serial; the cart keeps these (and only these) across reloads. */
export interface CartItem {
  serialNumber: string;
  /** Null until the serial's own product is known (a line added from the list names no product). */
  productCode: string | null;
  years: number;
  autoRenewal: boolean;
}

/** One thing a serial can be renewed into, with its price (from the licence's renewal options). */
export interface CartOption {
  product: { code: string; name: string };
  years: number;
  autoRenewal: boolean;
  priceExcludingTax: number;
  newExpiresOn: string;
}

/** What the cart knows of a serial: its current product and expiry, and its options (empty if none). */
export interface SerialFacts {
  serialNumber: string;
  product: { code: string; name: string };
  expiresOn: string;
  options: CartOption[];
}

export const terms: readonly number[] = [1, 2, 3];

/** The lines `state.add` brings, appended after the cart's own; a serial already there is left as it is. */
export function mergeAdditions(items: readonly CartItem[], state: RenewalNavigationState): CartItem[] {
  const present = new Set(items.map((item) => item.serialNumber));
  const added: CartItem[] = [];
  for (const line of state.add) {
    if (present.has(line.serialNumber)) {
      continue;
    }
    present.add(line.serialNumber);
    added.push({
      serialNumber: line.serialNumber,
      productCode: line.productCode ?? null,
      years: line.years ?? 1,
      autoRenewal: line.autoRenewal ?? false,
    });
  }
  return added.length === 0 ? [...items] : [...items, ...added];
}

/** The products a serial can be renewed into, its own product first (when it is one of them). */
export function productChoices(facts: SerialFacts): { code: string; name: string; current: boolean }[] {
  const seen = new Map<string, { code: string; name: string; current: boolean }>();
  for (const option of facts.options) {
    if (!seen.has(option.product.code)) {
      seen.set(option.product.code, { ...option.product, current: option.product.code === facts.product.code });
    }
  }
  return [...seen.values()].sort((a, b) => Number(b.current) - Number(a.current));
}

/** The product a line without one starts with: the serial's own if allowed, else its first choice. */
export function defaultProductCode(facts: SerialFacts): string | null {
  return productChoices(facts)[0]?.code ?? null;
}

export function optionFor(facts: SerialFacts | undefined, item: CartItem): CartOption | undefined {
  return facts?.options.find(
    (option) =>
      option.product.code === item.productCode &&
      option.years === item.years &&
      option.autoRenewal === item.autoRenewal,
  );
}

/** Whether the annual auto-renewal can be chosen for the line as it stands (1 year, a product offering it). */
export function offersAutoRenewal(facts: SerialFacts | undefined, item: CartItem): boolean {
  return (
    item.years === 1 &&
    (facts?.options.some((option) => option.autoRenewal && option.product.code === item.productCode) ?? false)
  );
}

/** The line with another product or term; the auto-renewal stays only while it is still offered. */
export function changeLine(
  facts: SerialFacts | undefined,
  item: CartItem,
  change: { productCode?: string; years?: number; autoRenewal?: boolean },
): CartItem {
  const next = { ...item, ...change };
  return next.autoRenewal && !offersAutoRenewal(facts, next) ? { ...next, autoRenewal: false } : next;
}

/** The line with `productCode` if the serial allows it, else unchanged ("apply to all lines"). */
export function applyProduct(facts: SerialFacts | undefined, item: CartItem, productCode: string): CartItem {
  const allowed = facts?.options.some((option) => option.product.code === productCode) ?? false;
  return allowed ? changeLine(facts, item, { productCode }) : item;
}

export interface RateTotals {
  ratePercent: number;
  amountExcludingTax: number;
  tax: number;
  amountIncludingTax: number;
}

export interface CartTotals {
  lineCount: number;
  rates: RateTotals[];
  subtotal: number;
  tax: number;
  totalIncludingTax: number;
}

/** The totals as the server computes them (DESIGN.md): tax rounded down once per rate on the whole
 * document. `excluded` are the serials the last answer left out with an error; renewal prices
 * carry one rate (the last answer's, standard 10% before there is one). */
export function estimateTotals(
  items: readonly CartItem[],
  facts: ReadonlyMap<string, SerialFacts>,
  excluded: ReadonlySet<string>,
  ratePercent: number,
): CartTotals {
  let lineCount = 0;
  let subtotal = 0;
  for (const item of items) {
    const option = excluded.has(item.serialNumber) ? undefined : optionFor(facts.get(item.serialNumber), item);
    if (option !== undefined) {
      lineCount += 1;
      subtotal += option.priceExcludingTax;
    }
  }
  const tax = Math.floor((subtotal * ratePercent) / 100);
  const rates =
    lineCount === 0 ? [] : [{ ratePercent, amountExcludingTax: subtotal, tax, amountIncludingTax: subtotal + tax }];
  return { lineCount, rates, subtotal, tax, totalIncludingTax: subtotal + tax };
}

/** The cart as the API takes it; a line still waiting for its product is sent with none (the server
 * then says which serial it is, and the cart picks its product). */
export function lineInputs(items: readonly CartItem[]) {
  return items.map((item) => ({
    serialNumber: item.serialNumber,
    productCode: item.productCode ?? '',
    years: item.years,
    autoRenewal: item.autoRenewal,
  }));
}
