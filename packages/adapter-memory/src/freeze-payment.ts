import type { Payment } from '@reembolso/core';

/**
 * Freezes a payment with its fees, refunds and their sources, so that a caller holding a value
 * the fake answered cannot change the fake's state behind its back (TypeScript's `readonly` only
 * binds TypeScript callers). Dates stay as they are: a `Date` cannot be frozen. Returns the same
 * payment.
 */
export const freezePayment = (payment: Payment): Payment => {
  for (const fee of payment.feeDetails) Object.freeze(fee);
  for (const refund of payment.refunds) {
    if (refund.source) Object.freeze(refund.source);
    Object.freeze(refund.metadata);
    Object.freeze(refund);
  }
  Object.freeze(payment.feeDetails);
  Object.freeze(payment.refunds);
  return Object.freeze(payment);
};
