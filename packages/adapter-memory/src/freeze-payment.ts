import type { Payment, Refund } from '@reembolso/core';

// Why freeze at all: a caller holding a value the fake answered must not be able to change the
// fake's state behind its back (TypeScript's `readonly` only binds TypeScript callers). Dates
// stay as they are: a `Date` cannot be frozen.

/** Freezes a refund with its source and metadata. Returns the same refund. */
export const freezeRefund = (refund: Refund): Refund => {
  if (refund.source) Object.freeze(refund.source);
  Object.freeze(refund.metadata);
  return Object.freeze(refund);
};

/**
 * Freezes a payment a core step made from a stored one (`applyRefund`, `applyCancellation`, an
 * approval): its shell and its two lists only, so a write costs the same however many refunds
 * the payment has. What it shares with the stored payment is frozen already; a new refund must be
 * frozen with {@link freezeRefund} before it is applied. Returns the same payment.
 */
export const freezePaymentShell = (payment: Payment): Payment => {
  Object.freeze(payment.feeDetails);
  Object.freeze(payment.refunds);
  return Object.freeze(payment);
};

/**
 * Freezes a payment that is new to the fake (seeded) with its fees, refunds and their sources.
 * Returns the same payment.
 */
export const freezePayment = (payment: Payment): Payment => {
  for (const fee of payment.feeDetails) Object.freeze(fee);
  for (const refund of payment.refunds) freezeRefund(refund);
  return freezePaymentShell(payment);
};
