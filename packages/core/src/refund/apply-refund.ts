import type { Payment, Refund } from '../payment/payment.js';
import type { RefundPlan } from './refund-plan.js';

/**
 * The payment after `refund`, carried out according to `plan`: the refund appended, the refunded
 * total, status and detail updated. Returns a new payment; `payment` is left untouched. Trusts
 * that `plan` came from `planRefund` on this very payment (the adapters plan and apply under one
 * lock), so it cannot fail.
 */
export const applyRefund = (payment: Payment, plan: RefundPlan, refund: Refund): Payment => ({
  ...payment,
  status: plan.statusAfter,
  statusDetail: plan.statusDetailAfter,
  refundedAmount: plan.refundedAfter,
  refunds: [...payment.refunds, refund],
});
