import { errAsync, type ResultAsync } from 'neverthrow';
import type { GatewayError } from '../errors.js';
import { writeKeyOf } from '../idempotency/idempotency-key.js';
import { type WriteError, withIdempotencyKey } from '../idempotency/write-error.js';
import type { Payment, Refund } from '../payment/payment.js';
import type { CallOptions, PaymentGateway } from '../port/payment-gateway.js';
import { buildPlan, planRefund, type RefundContext } from '../refund/plan-refund.js';
import type { RefundPlan, RefundRequest } from '../refund/refund-plan.js';
import { refundRefusalMayBeEarlierWrite } from './explained-by-earlier-write.js';

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
  /**
   * The idempotency key (1 to 255 visible ASCII characters); a new UUID v4 when absent. Derive it
   * from your business reference, or keep the one a failure gives back, to retry safely.
   */
  readonly idempotencyKey?: string;
}

// The plan a refund carried out, from the payment as it stood before it: before the refunds
// from `index` on when the payment already holds it, as fetched otherwise.
const planOfMade = (payment: Payment, refund: Refund, index: number): RefundPlan => {
  if (index < 0) return buildPlan(payment, refund.amount);
  const before = payment.refunds.slice(0, index);
  const refundedBefore = before.reduce((sum, earlier) => sum + earlier.amount, 0);
  return buildPlan({ ...payment, refunds: before, refundedAmount: refundedBefore }, refund.amount);
};

/**
 * Refunds a payment through any gateway: fetches it, plans the refund locally with the context's
 * policy (a refusal costs no write), then creates it with one idempotency key.
 *
 * A call with the caller's own key may be the retry of a write whose answer was lost, after
 * which the payment may no longer allow the same refund: then a local refusal that an earlier
 * refund explains (nothing left, 20 refunds, the balance, a refunded payment) does not stop the
 * call, and the gateway answers instead, replaying the first outcome (or refusing by the same
 * rules). Every other refusal is answered locally, key or not. A refund the payment already held
 * before this call is reported as `replayed`.
 *
 * The key is decided before anything is sent; every failure after which the refund may have
 * been made (`Network`, `Timeout`, `ServerError`, `InvalidResponse`, …) carries it as
 * `idempotencyKey`: call again with that key and the refund is replayed, never made twice.
 *
 * Returns the {@link RefundOutcome}, or a {@link WriteError}: `BadRequest` for a key that is not
 * one, the `RefundRejection` of the local plan, `PaymentNotFound`, `CurrencyMismatch`,
 * idempotency and transport errors, and any refusal of the provider.
 *
 * @param gateway - Any {@link PaymentGateway}: the HTTP adapter in production, the memory gateway in tests.
 * @param paymentId - The Mercado Pago payment id, decimal digits.
 * @param request - What to refund: `amount` in minor units of the payment's currency; absent,
 *   everything still refundable.
 * @param context - As for {@link planRefund}: `now`, and optionally `availableBalance` and `policy`.
 * @param options - The call options (`signal`) and the `idempotencyKey` of the write: yours to retry a
 *   write whose answer was lost, else a new UUID v4.
 * @example
 * ```ts
 * import { createMemoryGateway } from '@reembolso/adapter-memory';
 * import { refundPayment } from '@reembolso/core';
 *
 * const gateway = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
 * const seeded = gateway.seedWirePayment({
 *   id: 20359978,
 *   status: 'approved',
 *   status_detail: 'accredited',
 *   currency_id: 'BRL',
 *   transaction_amount: 100,
 *   date_approved: '2026-03-01T08:00:00.000-04:00',
 *   payment_method_id: 'visa',
 *   payment_type_id: 'credit_card',
 * });
 * if (seeded.isErr()) throw new Error(seeded.error.message);
 *
 * const now = gateway.now();
 * const refunded = await refundPayment(gateway, '20359978', { amount: 1050 }, { now });
 * const told = refunded.map(({ refund, plan }) => `${refund.amount}, ${plan.statusDetailAfter}`);
 * console.log(told.unwrapOr('')); // 1050, partially_refunded
 *
 * // The answer got lost? Retry with the same key: it is replayed, never refunded twice.
 * const idempotencyKey = refunded.map((outcome) => outcome.idempotencyKey).unwrapOr('');
 * const retried = await refundPayment(
 *   gateway,
 *   '20359978',
 *   { amount: 1050 },
 *   { now },
 *   { idempotencyKey },
 * );
 * console.log(retried.map((outcome) => outcome.replayed).unwrapOr(false)); // true
 * ```
 */
export const refundPayment = (
  gateway: PaymentGateway,
  paymentId: string,
  request: RefundRequest,
  context: RefundContext,
  options: RefundPaymentOptions = {},
): ResultAsync<RefundOutcome, WriteError> => {
  const key = writeKeyOf(options.idempotencyKey);
  if (key.isErr()) return errAsync(key.error);
  const idempotencyKey = key.value;
  const { idempotencyKey: _, ...callOptions } = options;
  const mayBeRetry = options.idempotencyKey !== undefined;
  return gateway
    .getPayment(paymentId, callOptions)
    .andThen((payment) => {
      const plan = planRefund(payment, request, context);
      // Under the caller's key, a refusal an earlier refund explains may hide that very refund:
      // the gateway answers it. Any other refusal is the answer, and nothing is written.
      if (plan.isErr() && !(mayBeRetry && refundRefusalMayBeEarlierWrite(payment, plan.error))) {
        return errAsync<RefundOutcome, GatewayError>(plan.error);
      }
      // The currency the plan was made in travels with the amount: no adapter has to guess it.
      const order = { ...request, currency: payment.currency };
      return gateway
        .createRefund(paymentId, order, { ...callOptions, idempotencyKey })
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
    })
    .mapErr(withIdempotencyKey(idempotencyKey));
};
