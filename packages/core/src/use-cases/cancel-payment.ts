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
import { cancellationRefusalMayBeEarlierWrite } from './explained-by-earlier-write.js';
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
 * caller's own key the call may be a retry, so a refusal because the payment is already
 * cancelled lets the gateway answer instead: it replays the first outcome, or refuses. Any other
 * refusal is answered locally, key or not.
 *
 * Every failure after which the cancellation may have happened carries the key that was sent
 * as `idempotencyKey`; retry with it.
 *
 * Returns the {@link CancellationOutcome}, or a {@link WriteError}: `BadRequest` for a key that
 * is not one, `CancellationNotAllowed` (from the local plan or the provider), `PaymentNotFound`,
 * idempotency and transport errors.
 *
 * @param gateway - Any {@link PaymentGateway}: the HTTP adapter in production, the memory gateway in tests.
 * @param paymentId - The Mercado Pago payment id, decimal digits.
 * @param context - As for {@link planCancellation}: the `policy` whose cancellable statuses apply.
 * @param options - The call options (`signal`) and the `idempotencyKey` of the write: yours to retry a
 *   write whose answer was lost, else a new UUID v4.
 * @example
 * ```ts
 * import { createMemoryGateway } from '@reembolso/adapter-memory';
 * import { cancelPayment } from '@reembolso/core';
 *
 * const gateway = createMemoryGateway();
 * const seeded = gateway.seedWirePayment({
 *   id: 20359979,
 *   status: 'pending',
 *   status_detail: 'pending_waiting_payment',
 *   currency_id: 'BRL',
 *   transaction_amount: 100,
 *   payment_method_id: 'bolbradesco',
 *   payment_type_id: 'ticket',
 * });
 * if (seeded.isErr()) throw new Error(seeded.error.message);
 *
 * const cancelled = await cancelPayment(gateway, '20359979');
 * const told = cancelled.map(({ payment }) => `${payment.status}/${payment.statusDetail}`);
 * console.log(told.unwrapOr('')); // cancelled/by_collector
 *
 * const again = await cancelPayment(gateway, '20359979');
 * console.log(again.isErr() && `${again.error.type} ${again.error.code}`); // CancellationNotAllowed 2018
 * ```
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
      // Under the caller's key, only a payment already cancelled may hide an earlier write.
      if (
        plan.isErr() &&
        !(mayBeRetry && cancellationRefusalMayBeEarlierWrite(payment, plan.error))
      ) {
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
