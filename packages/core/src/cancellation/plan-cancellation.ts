import { err, ok, type Result } from 'neverthrow';
import { type CancellationRejection, cancellationNotAllowed } from '../errors.js';
import { type Destination, destinationOf } from '../payment/destination.js';
import type { Payment, PaymentStatus } from '../payment/payment.js';
import { classicPolicy, type RefundPolicy } from '../policy/refund-policy.js';

/** What a cancellation will do. */
export interface CancellationPlan {
  readonly paymentId: string;
  readonly statusBefore: PaymentStatus;
  readonly statusAfter: 'cancelled';
  readonly statusDetailAfter: 'by_collector';
  /** Whether the payment stays captured: an authorized reserve keeps `captured: false`. */
  readonly capturedAfter: boolean;
  /**
   * Where money already taken goes back: the payer's Mercado Pago account for tickets, ATM and
   * bank transfers (coupons, deposits, transfers), the card for card payments.
   */
  readonly destination: Destination;
}

/** What `planCancellation` needs besides the payment. */
export interface CancellationContext {
  /** The rules to apply; {@link classicPolicy} when absent. */
  readonly policy?: RefundPolicy;
}

/**
 * Decides whether `payment` may be cancelled: only from the policy's cancellable statuses
 * (classic: `pending`, `in_process`; current adds `authorized`). A cancelled payment never
 * changes status again. Pure and total.
 *
 * Returns the {@link CancellationPlan}, or `CancellationNotAllowed` (2018).
 *
 * @param payment - The payment as it stands, from {@link parsePayment} (or a gateway's `getPayment`).
 * @param context - The `policy` whose cancellable statuses apply ({@link classicPolicy} when absent).
 * @example
 * ```ts
 * import { currentPolicy, parsePayment, planCancellation } from '@reembolso/core';
 *
 * const boleto = parsePayment({
 *   id: 20359979,
 *   status: 'pending',
 *   status_detail: 'pending_waiting_payment',
 *   currency_id: 'BRL',
 *   transaction_amount: 100,
 *   payment_method_id: 'bolbradesco',
 *   payment_type_id: 'ticket',
 * });
 * const plan = boleto.andThen((payment) => planCancellation(payment));
 * const told = plan.map((p) => `${p.statusAfter}/${p.statusDetailAfter}, ${p.destination}`);
 * console.log(told.unwrapOr('')); // cancelled/by_collector, account_money
 *
 * const reserve = parsePayment({
 *   id: 20359980,
 *   status: 'authorized',
 *   status_detail: 'pending_capture',
 *   currency_id: 'BRL',
 *   transaction_amount: 100,
 *   payment_method_id: 'visa',
 *   payment_type_id: 'credit_card',
 *   captured: false,
 * });
 * const classic = reserve.andThen((payment) => planCancellation(payment));
 * console.log(classic.isErr() && classic.error.code); // 2018
 * const current = reserve.andThen((payment) => planCancellation(payment, { policy: currentPolicy }));
 * console.log(current.isOk()); // true
 * ```
 */
export const planCancellation = (
  payment: Payment,
  context: CancellationContext = {},
): Result<CancellationPlan, CancellationRejection> => {
  const policy = context.policy ?? classicPolicy;
  if (!policy.cancellableStatuses.includes(payment.status)) {
    return err(cancellationNotAllowed({ status: payment.status }));
  }
  return ok({
    paymentId: payment.id,
    statusBefore: payment.status,
    statusAfter: 'cancelled',
    statusDetailAfter: 'by_collector',
    capturedAfter: payment.captured,
    destination: destinationOf(payment.paymentTypeId),
  });
};
