import { diffPayment, type Payment, type PaymentEvent } from '@reembolso/core';

/** One committed change to a stored payment, as the memory gateway tells its subscribers. */
export interface PaymentChange {
  /** The payment before the change; `null` when it was new. */
  readonly before: Payment | null;
  /** The payment as stored now. */
  readonly after: Payment;
  /**
   * What changed, as `diffPayment(before, after)` lists it; empty when a seed replaced the
   * payment with one `diffPayment` cannot compare (an older state, say).
   */
  readonly events: readonly PaymentEvent[];
}

/** Called with every committed change; what it throws is ignored, so it can never undo a write. */
export type PaymentListener = (change: PaymentChange) => void;

/** The subscribers of one memory gateway. */
export interface PaymentListeners {
  /** Adds `listener`; returns the function that removes it (calling it twice is harmless). */
  readonly subscribe: (listener: PaymentListener) => () => void;
  /** Tells every subscriber, in subscription order, that `before` became `after`. */
  readonly emit: (before: Payment | null, after: Payment) => void;
}

/**
 * The listener set behind the memory gateway's `subscribe`: each change is diffed once, with the
 * core's `diffPayment`, so every subscriber (the sandbox's notifications among them) sees the same
 * events. Returns the set, empty.
 */
export const createPaymentListeners = (): PaymentListeners => {
  const listeners = new Set<PaymentListener>();
  return {
    subscribe: (listener) => {
      // A wrapper per subscription, so the same function subscribed twice is told twice.
      const entry: PaymentListener = (change) => listener(change);
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    emit: (before, after) => {
      if (listeners.size === 0 || before === after) return;
      const diff = diffPayment(before, after);
      const change: PaymentChange = { before, after, events: diff.isOk() ? diff.value : [] };
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch {
          // A subscriber's failure is its own: the write it observes has already happened.
        }
      }
    },
  };
};
