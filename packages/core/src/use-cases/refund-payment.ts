import { errAsync, type ResultAsync } from 'neverthrow';
import type { GatewayError } from '../errors.js';
import type { Refund } from '../payment/payment.js';
import type { CallOptions, PaymentGateway } from '../port/payment-gateway.js';
import { planRefund, type RefundContext } from '../refund/plan-refund.js';
import type { RefundPlan, RefundRequest } from '../refund/refund-plan.js';
import { newIdempotencyKey } from './idempotency-key.js';

/** What {@link refundPayment} did: the plan it checked, the refund created and the key used. */
export interface RefundOutcome {
  readonly plan: RefundPlan;
  readonly refund: Refund;
  /** The idempotency key of the write; retry with it to replay instead of refunding twice. */
  readonly idempotencyKey: string;
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
 * Returns the {@link RefundOutcome}, or the gateway's errors: the `RefundRejection` of the local
 * plan, `PaymentNotFound`, idempotency and transport errors, and any refusal of the provider.
 */
export const refundPayment = (
  gateway: PaymentGateway,
  paymentId: string,
  request: RefundRequest,
  context: RefundContext,
  options: RefundPaymentOptions = {},
): ResultAsync<RefundOutcome, GatewayError> => {
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  const { idempotencyKey: _, ...callOptions } = options;
  return gateway.getPayment(paymentId, callOptions).andThen((payment) => {
    const plan = planRefund(payment, request, context);
    if (plan.isErr()) return errAsync<RefundOutcome, GatewayError>(plan.error);
    return gateway
      .createRefund(paymentId, request, { ...callOptions, idempotencyKey })
      .map((refund) => ({ plan: plan.value, refund, idempotencyKey }));
  });
};
