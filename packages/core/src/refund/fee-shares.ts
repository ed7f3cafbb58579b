import { proportionalShare } from '../money/proportional-share.js';
import type { FeeDetail } from '../payment/payment.js';
import type { FeeShare } from './refund-plan.js';

/**
 * The share of each fee that a refund gives back, computed cumulatively so rounding never
 * drifts: with `T` the amount paid, a fee `f` has returned `round_half_even(f × R / T)` once `R`
 * has been refunded, and this refund gives back the difference between that figure after it and
 * before it. Once everything is refunded, every fee has been returned exactly.
 */
export const feeShares = (
  fees: readonly FeeDetail[],
  refundedBefore: number,
  refundedAfter: number,
  transactionAmount: number,
): FeeShare[] =>
  fees.map((fee) => ({
    type: fee.type,
    payer: fee.feePayer,
    amount:
      proportionalShare(fee.amount, refundedAfter, transactionAmount) -
      proportionalShare(fee.amount, refundedBefore, transactionAmount),
  }));
