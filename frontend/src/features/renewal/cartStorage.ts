// Keeps the cart in sessionStorage, per account: it survives a reload and closes with the tab, and
// one account's cart never shows up after signing in as another.
import type { CartItem } from './cart';

const keyPrefix = 'koushin.renewalCart.';

function storageKey(email: string): string {
  return `${keyPrefix}${email.toLowerCase()}`;
}

function isCartItem(value: unknown): value is CartItem {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const item = value as Record<string, unknown>;
  return (
    typeof item.serialNumber === 'string' &&
    (item.productCode === null || typeof item.productCode === 'string') &&
    typeof item.years === 'number' &&
    typeof item.autoRenewal === 'boolean'
  );
}

/** The account's saved cart; anything unreadable (edited by hand, an older shape) counts as empty. */
export function loadCart(email: string): CartItem[] {
  try {
    const stored: unknown = JSON.parse(window.sessionStorage.getItem(storageKey(email)) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isCartItem) : [];
  } catch {
    return [];
  }
}

export function saveCart(email: string, items: readonly CartItem[]): void {
  try {
    if (items.length === 0) {
      window.sessionStorage.removeItem(storageKey(email));
    } else {
      window.sessionStorage.setItem(storageKey(email), JSON.stringify(items));
    }
  } catch {
    // Storage full or refused (private mode): the cart still works, it just will not survive a reload.
  }
}
