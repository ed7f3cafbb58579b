import { errAsync, type ResultAsync } from 'neverthrow';
import { type GatewayError, invalidSplitterId } from '../errors.js';
import type { Refund } from '../payment/payment.js';
import type { PaymentGateway } from '../port/payment-gateway.js';
import type { RefundRequest } from '../refund/refund-plan.js';
import { checkAmountNumeric } from '../rules/check-amount-numeric.js';
import { newIdempotencyKey } from './idempotency-key.js';
import type { RefundPaymentOptions } from './refund-payment.js';

/** What {@link refundAdvancedPayment} did: one refund per disbursement refunded, and the key. */
export interface AdvancedRefundOutcome {
  readonly refunds: readonly Refund[];
  readonly idempotencyKey: string;
}

const DIGITS = /^\d+$/;

/**
 * Refunds an advanced (split) payment through any gateway with one idempotency key, after the
 * checks that need no fetch: a digit id, a numeric amount (0 or absent
 * refunds everything). The spread over disbursements and their rules run at the provider.
 *
 * Returns the {@link AdvancedRefundOutcome}, or `InvalidSplitterId`, `AmountNotNumeric`,
 * `AmountNotPositive`, `AdvancedPaymentNotFound`, any disbursement's rejection, idempotency and
 * transport errors.
 *
 * @param gateway - Any {@link PaymentGateway}: the HTTP adapter in production, the memory gateway in tests.
 * @param advancedPaymentId - The advanced payment's id, decimal digits.
 * @param request - `amount` in minor units, spread over the disbursements; absent or 0, everything.
 * @param options - The call options (`signal`) and the `idempotencyKey` of the write: yours to retry a
 *   write whose answer was lost, else a new UUID v4.
 * @example
 * ```ts
 * import { createMemoryGateway } from '@reembolso/adapter-memory';
 * import { parsePayment, refundAdvancedPayment } from '@reembolso/core';
 * import { Result } from 'neverthrow';
 *
 * const gateway = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
 * const disbursement = (id: number, amount: number) =>
 *   parsePayment({
 *     id,
 *     status: 'approved',
 *     status_detail: 'accredited',
 *     currency_id: 'BRL',
 *     transaction_amount: amount,
 *     date_approved: '2026-03-01T08:00:00.000-04:00',
 *     payment_method_id: 'visa',
 *     payment_type_id: 'credit_card',
 *   });
 * const seeded = Result.combine([disbursement(1001, 60), disbursement(1002, 40)]).andThen(
 *   (disbursements) => gateway.seedAdvancedPayment({ id: '5001', disbursements }),
 * );
 * if (seeded.isErr()) throw new Error(seeded.error.message);
 *
 * // 10.00 spread in proportion to what each disbursement has left to refund.
 * const refunded = await refundAdvancedPayment(gateway, '5001', { amount: 1000 });
 * const amounts = refunded.map(({ refunds }) => refunds.map((refund) => refund.amount));
 * console.log(amounts.unwrapOr([]).join(' + ')); // 600 + 400
 * ```
 */
export const refundAdvancedPayment = (
  gateway: PaymentGateway,
  advancedPaymentId: string,
  request: RefundRequest,
  options: RefundPaymentOptions = {},
): ResultAsync<AdvancedRefundOutcome, GatewayError> => {
  if (!DIGITS.test(advancedPaymentId)) return errAsync(invalidSplitterId());
  const numeric = checkAmountNumeric(request.amount);
  if (numeric.isErr()) return errAsync(numeric.error);
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  const { idempotencyKey: _, ...callOptions } = options;
  return gateway
    .refundAdvancedPayment(advancedPaymentId, request, { ...callOptions, idempotencyKey })
    .map((refunds) => ({ refunds, idempotencyKey }));
};
