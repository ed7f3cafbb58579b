import type { ModelPayment } from './gateway-model.js';

// n / d rounded to the nearest integer, a half to the even one; n ≥ 0, d > 0, n small enough
// to be exact (the model's amounts are).
const roundHalfEven = (n: number, d: number): number => {
  const quotient = Math.floor(n / d);
  const twice = 2 * (n - quotient * d);
  if (twice > d || (twice === d && quotient % 2 === 1)) return quotient + 1;
  return quotient;
};

/**
 * What refunding `amount` more of `payment` takes from the collector's balance: the amount less
 * the part of the collector's fee this refund gives back, that part counted cumulatively
 * (`fee × refunded / paid`, half to even, after minus before) so that rounding never drifts.
 */
export const collectorDebit = (payment: ModelPayment, refundedBefore: number, amount: number) => {
  const returned = (refunded: number) =>
    roundHalfEven(payment.collectorFee * refunded, payment.transactionAmount);
  return amount - (returned(refundedBefore + amount) - returned(refundedBefore));
};
