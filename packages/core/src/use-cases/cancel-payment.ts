import { errAsync, type ResultAsync } from 'neverthrow';
import {
  type CancellationContext,
  type CancellationPlan,
  planCancellation,
} from '../cancellation/plan-cancellation.js';
import type { GatewayError } from '../errors.js';
import { writeKeyOf } from '../idempotency/idempotency-key.js';
import { type WriteError, withIdempotencyKey } from '../idempotency/write-error.js';
import type { Payment } from '../payment/payment.js';
import type { PaymentGateway } from '../port/payment-gateway.js';
import type { RefundPaymentOptions } from './refund-payment.js';

/** What {@link cancelPayment} did: the plan it checked and the payment as it is now. */
export interface CancellationOutcome {
  /** The plan this call checked and carried out; `null` when the cancellation is a replay. */
  readonly plan: CancellationPlan | null;
  readonly payment: Payment;
  readonly idempotencyKey: string;
  /** Whether the gateway answered an earlier cancellation under the same key. */
  readonly replayed: boolean;
}

/**
 * Cancels a payment through any gateway: fetches it, checks locally that its status allows a
 * cancellation under the context's policy, then cancels it with one idempotency key. With the
 * caller's own key the call may be a retry, so a local refusal (the payment is already
 * cancelled) lets the gateway answer instead: it replays the first outcome, or refuses.
 *
 * Every failure after which the cancellation may have happened carries the key that was sent
 * as `idempotencyKey`; retry with it.
 *
 * Returns the {@link CancellationOutcome}, or a {@link WriteError}: `BadRequest` for a key that
 * is not one, `CancellationNotAllowed` (from the local plan or the provider), `PaymentNotFound`,
 * idempotency and transport errors.
 */
export const cancelPayment = (
  gateway: PaymentGateway,
  paymentId: string,
  context: CancellationContext = {},
  options: RefundPaymentOptions = {},
): ResultAsync<CancellationOutcome, WriteError> => {
  const key = writeKeyOf(options.idempotencyKey);
  if (key.isErr()) return errAsync(key.error);
  const idempotencyKey = key.value;
  const { idempotencyKey: _, ...callOptions } = options;
  const mayBeRetry = options.idempotencyKey !== undefined;
  return gateway
    .getPayment(paymentId, callOptions)
    .andThen((payment) => {
      const plan = planCancellation(payment, context);
      if (plan.isErr() && !mayBeRetry) {
        return errAsync<CancellationOutcome, GatewayError>(plan.error);
      }
      return gateway
        .cancelPayment(paymentId, { ...callOptions, idempotencyKey })
        .map((cancelled) => ({
          plan: plan.isOk() ? plan.value : null,
          payment: cancelled,
          idempotencyKey,
          replayed: plan.isErr(),
        }));
    })
    .mapErr(withIdempotencyKey(idempotencyKey));
};
