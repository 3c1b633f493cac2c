// The cart's state: its lines (saved per account as they change), what each serial is and allows
// (asked once per serial), and the server's prices for the whole cart (asked after each change,
// debounced, one request for every line), with totals worked out locally in the meantime.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { DocumentTotalsFieldsFragment, RenewalErrorFieldsFragment } from '../../gql/graphql';
import {
  defaultProductCode,
  estimateTotals,
  lineInputs,
  type CartItem,
  type CartTotals,
  type SerialFacts,
} from './cart';
import { saveCart } from './cartStorage';
import { cartFactsQuery, cartPricesQuery } from './documents';

/** How long the cart waits after a change before asking for prices: typing a few changes is one request. */
export const pricingDelayMs = 300;
const standardRatePercent = 10;

interface PricedAnswer {
  /** The lines it priced, as sent. */
  key: string;
  serialNumbers: string[];
  totals: DocumentTotalsFieldsFragment;
  excluded: ReadonlySet<string>;
  rowErrors: ReadonlyMap<string, RenewalErrorFieldsFragment[]>;
  cartErrors: RenewalErrorFieldsFragment[];
}

export interface Cart {
  items: CartItem[];
  facts: ReadonlyMap<string, SerialFacts>;
  /** Serials the server does not know (malformed, unknown, another account's): no facts, only an error. */
  unknown: ReadonlySet<string>;
  /** Factual once the server has priced the cart as it is now; locally worked out before that. */
  totals: CartTotals;
  priced: boolean;
  rowErrors: ReadonlyMap<string, RenewalErrorFieldsFragment[]>;
  cartErrors: RenewalErrorFieldsFragment[];
  failed: boolean;
  replace: (item: CartItem) => void;
  replaceAll: (change: (item: CartItem, facts: SerialFacts | undefined) => CartItem) => void;
  remove: (serialNumber: string) => void;
  clear: () => void;
}

const noErrors: ReadonlyMap<string, RenewalErrorFieldsFragment[]> = new Map();
const noneExcluded: ReadonlySet<string> = new Set();

export function useCart(email: string, initial: () => CartItem[]): Cart {
  const client = useClient();
  const [items, setItems] = useState<CartItem[]>(initial);
  const [facts, setFacts] = useState<ReadonlyMap<string, SerialFacts>>(new Map());
  const [unknown, setUnknown] = useState<ReadonlySet<string>>(new Set());
  const [answer, setAnswer] = useState<PricedAnswer | null>(null);
  const [failed, setFailed] = useState(false);
  const asked = useRef(new Set<string>());

  useEffect(() => {
    saveCart(email, items);
  }, [email, items]);

  // Facts for serials not asked about yet.
  useEffect(() => {
    const fresh = items.filter((item) => !asked.current.has(item.serialNumber));
    if (fresh.length === 0) {
      return;
    }
    for (const item of fresh) {
      asked.current.add(item.serialNumber);
    }
    const lines = fresh.map((item) => ({ serialNumber: item.serialNumber, productCode: '', years: 1 }));
    void client
      .query(cartFactsQuery, { lines }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        const answered = result.data?.renewalPreview.lines;
        if (answered === undefined) {
          for (const item of fresh) {
            asked.current.delete(item.serialNumber);
          }
          setFailed(true);
          return;
        }
        const learnt = new Map<string, SerialFacts>();
        const notKnown: string[] = [];
        fresh.forEach((item, index) => {
          const licence = answered[index]?.licence;
          if (licence) {
            learnt.set(item.serialNumber, {
              serialNumber: licence.serialNumber,
              product: licence.product,
              expiresOn: licence.expiresOn,
              options: licence.renewalOptions,
            });
          } else {
            notKnown.push(item.serialNumber);
          }
        });
        setFacts((known) => new Map([...known, ...learnt]));
        setUnknown((known) => new Set([...known, ...notKnown]));
        // A line added without a product starts with the serial's own (or, for one that cannot be
        // renewed, still its own, so the server says why).
        setItems((current) =>
          current.map((item) => {
            const found = learnt.get(item.serialNumber);
            if (item.productCode !== null || found === undefined) {
              return item;
            }
            return { ...item, productCode: defaultProductCode(found) ?? found.product.code };
          }),
        );
      });
  }, [client, items]);

  // Prices for the whole cart, once every line's product is settled.
  const settled = items.every((item) => item.productCode !== null || unknown.has(item.serialNumber));
  const inputs = useMemo(() => lineInputs(items), [items]);
  const key = JSON.stringify(inputs);
  useEffect(() => {
    if (!settled || inputs.length === 0) {
      return;
    }
    let stale = false;
    const timer = window.setTimeout(() => {
      void client
        .query(cartPricesQuery, { lines: inputs }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          const preview = result.data?.renewalPreview;
          if (stale) {
            return;
          }
          if (preview === undefined) {
            setFailed(true);
            return;
          }
          const serialNumbers = inputs.map((line) => line.serialNumber);
          const rowErrors = new Map<string, RenewalErrorFieldsFragment[]>();
          const cartErrors: RenewalErrorFieldsFragment[] = [];
          for (const error of preview.errors) {
            const serialNumber = error.path?.[0] === 'lines' ? serialNumbers[Number(error.path[1])] : undefined;
            if (serialNumber === undefined) {
              cartErrors.push(error);
            } else {
              rowErrors.set(serialNumber, [...(rowErrors.get(serialNumber) ?? []), error]);
            }
          }
          const excluded = new Set(
            serialNumbers.filter((_serialNumber, index) => preview.lines[index]?.included === false),
          );
          setFailed(false);
          setAnswer({ key, serialNumbers, totals: preview.totals, excluded, rowErrors, cartErrors });
        });
    }, pricingDelayMs);
    return () => {
      stale = true;
      window.clearTimeout(timer);
    };
  }, [client, settled, inputs, key]);

  const priced = answer !== null && answer.key === key;
  const excluded = answer?.excluded ?? noneExcluded;
  const ratePercent = answer?.totals.rates[0]?.ratePercent ?? standardRatePercent;
  const estimated = useMemo(
    () => estimateTotals(items, facts, excluded, ratePercent),
    [items, facts, excluded, ratePercent],
  );

  const replace = useCallback((next: CartItem) => {
    setItems((current) => current.map((item) => (item.serialNumber === next.serialNumber ? next : item)));
  }, []);
  const remove = useCallback((serialNumber: string) => {
    setItems((current) => current.filter((item) => item.serialNumber !== serialNumber));
  }, []);
  const replaceAll = useCallback(
    (change: (item: CartItem, found: SerialFacts | undefined) => CartItem) => {
      setItems((current) => current.map((item) => change(item, facts.get(item.serialNumber))));
    },
    [facts],
  );
  const clear = useCallback(() => {
    setItems([]);
  }, []);

  return {
    items,
    facts,
    unknown,
    totals: priced ? answer.totals : estimated,
    priced,
    rowErrors: answer?.rowErrors ?? noErrors,
    cartErrors: priced ? answer.cartErrors : [],
    failed,
    replace,
    replaceAll,
    remove,
    clear,
  };
}
