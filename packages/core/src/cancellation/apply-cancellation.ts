import type { Payment } from '../payment/payment.js';
import type { CancellationPlan } from './plan-cancellation.js';

/**
 * The payment after `plan`: `cancelled` / `by_collector`, `date_approved` cleared, `captured`
 * as the plan says. Returns a new payment; `payment` is left untouched.
 */
export const applyCancellation = (payment: Payment, plan: CancellationPlan): Payment => ({
  ...payment,
  status: plan.statusAfter,
  statusDetail: plan.statusDetailAfter,
  dateApproved: null,
  captured: plan.capturedAfter,
});
