import * as fc from 'fast-check';
import { type Payment, remainingOf } from '../payment/payment.js';
import type { RefundRequest } from '../refund/refund-plan.js';

/**
 * A refund request for `payment`, with amounts (minor units) chosen relative to what remains to
 * refund: anywhere within the remainder, exactly the remainder, the remainder plus one, zero,
 * negative, not an integer (fractions, NaN, infinities) or absent (refund everything). Each kind
 * comes up about as often as the others; shrinks towards a small amount within the remainder.
 */
export const refundRequestArb = (payment: Payment): fc.Arbitrary<RefundRequest> => {
  const remaining = remainingOf(payment);
  const withAmount = (amount: fc.Arbitrary<number>) => amount.map((value) => ({ amount: value }));
  return fc.oneof(
    withAmount(fc.integer({ min: 1, max: Math.max(1, remaining) })),
    withAmount(fc.constant(remaining)),
    withAmount(fc.constant(remaining + 1)),
    withAmount(fc.constant(0)),
    withAmount(fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -1 })),
    withAmount(fc.double({ noInteger: true })),
    fc.constant({}),
  );
};
