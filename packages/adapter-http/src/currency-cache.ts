import type { Currency } from '@reembolso/core';

/** A bounded memory of payments' currencies, which never change once a payment exists. */
export interface CurrencyCache {
  /** The currency remembered for `id`, marking it recently used; `undefined` when unknown. */
  readonly get: (id: string) => Currency | undefined;
  /** Remembers `currency` for `id`, forgetting the least recently used id beyond capacity. */
  readonly set: (id: string, currency: Currency) => void;
}

/**
 * A currency cache that keeps the `capacity` most recently used ids (10 000 by default), so a
 * long-lived gateway does not grow without end.
 *
 * Returns the cache.
 */
export const createCurrencyCache = (capacity = 10_000): CurrencyCache => {
  const entries = new Map<string, Currency>();
  return {
    get: (id) => {
      const currency = entries.get(id);
      if (currency !== undefined) {
        // Map keeps insertion order: moving the id to the end marks it recently used.
        entries.delete(id);
        entries.set(id, currency);
      }
      return currency;
    },
    set: (id, currency) => {
      entries.delete(id);
      entries.set(id, currency);
      if (entries.size > capacity) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
    },
  };
};
