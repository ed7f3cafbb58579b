import { errAsync, type ResultAsync } from 'neverthrow';
import type { GatewayError } from '../errors.js';
import type { Payment, Refund } from '../payment/payment.js';
import type { CallOptions, PaymentGateway } from '../port/payment-gateway.js';
import { buildPlan, planRefund, type RefundContext } from '../refund/plan-refund.js';
import type { RefundPlan, RefundRequest } from '../refund/refund-plan.js';
import { newIdempotencyKey } from './idempotency-key.js';

/** What {@link refundPayment} did: the plan it checked, the refund and the key used. */
export interface RefundOutcome {
  /** What the refund did: the plan checked and carried out, or for a replay, the original's. */
  readonly plan: RefundPlan;
  readonly refund: Refund;
  /** The idempotency key of the write; retry with it to replay instead of refunding twice. */
  readonly idempotencyKey: string;
  /** Whether the gateway answered an earlier write under the same key instead of refunding. */
  readonly replayed: boolean;
}

/** Options of {@link refundPayment}: the call options and the key of the write. */
export interface RefundPaymentOptions extends CallOptions {
  /** The idempotency key; a new UUID v4 when absent. */
  readonly idempotencyKey?: string;
}

/**
 * Refunds a payment through any gateway: fetches it, plans the refund locally with the context's
 * policy (a refusal costs no write), then creates it with one idempotency key.
 *
 * A call with the caller's own key may be the retry of a write whose answer was lost, after
 * which the payment may no longer allow the same refund: then a local refusal does not stop the
 * call, and the gateway answers instead, replaying the first outcome (or refusing by the same
 * rules). A refund the payment already held before this call is reported as `replayed`.
 *
 * Returns the {@link RefundOutcome}, or the gateway's errors: the `RefundRejection` of the local
 * plan, `PaymentNotFound`, idempotency and transport errors, and any refusal of the provider.
 */
// The plan a refund carried out, from the payment as it stood before it: before the refunds
// from `index` on when the payment already holds it, as fetched otherwise.
const planOfMade = (payment: Payment, refund: Refund, index: number): RefundPlan => {
  if (index < 0) return buildPlan(payment, refund.amount);
  const before = payment.refunds.slice(0, index);
  const refundedBefore = before.reduce((sum, earlier) => sum + earlier.amount, 0);
  return buildPlan({ ...payment, refunds: before, refundedAmount: refundedBefore }, refund.amount);
};

export const refundPayment = (
  gateway: PaymentGateway,
  paymentId: string,
  request: RefundRequest,
  context: RefundContext,
  options: RefundPaymentOptions = {},
): ResultAsync<RefundOutcome, GatewayError> => {
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  const { idempotencyKey: _, ...callOptions } = options;
  const mayBeRetry = options.idempotencyKey !== undefined;
  return gateway.getPayment(paymentId, callOptions).andThen((payment) => {
    const plan = planRefund(payment, request, context);
    // An invalid `now` is the caller's mistake, not the payment's state: no retry can mend it.
    if (plan.isErr() && (!mayBeRetry || plan.error.type === 'InvalidInstant')) {
      return errAsync<RefundOutcome, GatewayError>(plan.error);
    }
    return gateway
      .createRefund(paymentId, request, { ...callOptions, idempotencyKey })
      .map((refund) => {
        const held = payment.refunds.findIndex((earlier) => earlier.id === refund.id);
        if (held < 0 && plan.isOk())
          return { plan: plan.value, refund, idempotencyKey, replayed: false };
        return {
          plan: planOfMade(payment, refund, held),
          refund,
          idempotencyKey,
          replayed: held >= 0,
        };
      });
  });
};
