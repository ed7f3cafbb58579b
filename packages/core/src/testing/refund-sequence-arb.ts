import * as fc from 'fast-check';
import { type Payment, remainingOf } from '../payment/payment.js';
import type { RefundRequest } from '../refund/refund-plan.js';
import { refundRequestArb } from './refund-request-arb.js';

/** Options of {@link refundSequenceArb}. */
export interface RefundSequenceArbOptions {
  /** The longest sequence; 25 when absent (past Mercado Pago's limit of 20 refunds). */
  readonly maxLength?: number;
}

/**
 * A sequence of refund requests to send one after the other to `payment`. Most amounts are
 * small slices of what remains (about a twenty-fifth), so sequences often reach the 20-refund
 * limit and refund the last unit exactly; the rest are any amount within the remainder or any
 * request of {@link refundRequestArb} (too much, zero, negative, fractional, absent). Amounts
 * are relative to `payment` as given: later requests may exceed what is left by then.
 */
export const refundSequenceArb = (
  payment: Payment,
  options: RefundSequenceArbOptions = {},
): fc.Arbitrary<RefundRequest[]> => {
  const remaining = Math.max(1, remainingOf(payment));
  const slice = Math.max(1, Math.ceil(remaining / 25));
  const step: fc.Arbitrary<RefundRequest> = fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: slice }).map((amount) => ({ amount })), weight: 6 },
    { arbitrary: fc.integer({ min: 1, max: remaining }).map((amount) => ({ amount })), weight: 2 },
    { arbitrary: refundRequestArb(payment), weight: 1 },
  );
  return fc.array(step, { maxLength: options.maxLength ?? 25 });
};
