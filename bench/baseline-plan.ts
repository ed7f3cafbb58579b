import type { Payment } from '@reembolso/core';

const DAY_MS = 86_400_000;

/** The figures the baseline answers: those of a refund plan, without its structure. */
export interface BaselinePlan {
  readonly amount: number;
  readonly fees: readonly number[];
  readonly status: string;
  readonly payerReceives: number;
  readonly collectorDebit: number;
}

/**
 * The baseline planRefund is measured against: the classic rules as one hand-written if-chain
 * that answers a string on refusal and the plan's figures on success, with none of the library's
 * structure (Results, typed errors, policies as data) and plain `Math.round` for fee shares.
 */
export const baselinePlan = (
  payment: Payment,
  amount: number | undefined,
  now: number,
): BaselinePlan | string => {
  if (amount !== undefined && !Number.isSafeInteger(amount)) return 'not numeric';
  if (amount !== undefined && amount <= 0) return 'not positive';
  if (payment.status !== 'approved') return 'state';
  if (payment.statusDetail !== 'accredited' && payment.statusDetail !== 'partially_refunded') {
    return 'state';
  }
  if (!payment.dateApproved || now - payment.dateApproved.getTime() > 90 * DAY_MS) return 'window';
  const remaining = payment.transactionAmount - payment.refundedAmount;
  const value = amount ?? remaining;
  const partial = payment.refunds.length > 0 || value !== payment.transactionAmount;
  if (
    partial &&
    (payment.marketplace === 'MELI' ||
      payment.paymentMethodId === 'melicard' ||
      (payment.operationType === 'recurring_payment' && payment.currency === 'ARS'))
  ) {
    return 'partial';
  }
  if (payment.refunds.length >= 20) return 'count';
  if (value > remaining || remaining <= 0) return 'exceeds';
  const after = payment.refundedAmount + value;
  let payerFees = 0;
  let collectorFees = 0;
  const fees = payment.feeDetails.map((fee) => {
    const share =
      Math.round((fee.amount * after) / payment.transactionAmount) -
      Math.round((fee.amount * payment.refundedAmount) / payment.transactionAmount);
    if (fee.feePayer === 'payer') payerFees += share;
    else collectorFees += share;
    return share;
  });
  const full = after === payment.transactionAmount;
  return {
    amount: value,
    fees,
    status: full ? 'refunded' : 'approved',
    payerReceives: value + payerFees,
    collectorDebit: value - collectorFees,
  };
};
