import { errAsync, type ResultAsync } from 'neverthrow';
import { invalidSplitterId } from '../errors.js';
import { writeKeyOf } from '../idempotency/idempotency-key.js';
import { type WriteError, withIdempotencyKey } from '../idempotency/write-error.js';
import { isMercadoPagoId } from '../payment/mercado-pago-id.js';
import type { Refund } from '../payment/payment.js';
import type { GatewayRefundRequest, PaymentGateway } from '../port/payment-gateway.js';
import { checkAmountNumeric } from '../rules/check-amount-numeric.js';
import type { RefundPaymentOptions } from './refund-payment.js';

/** What {@link refundAdvancedPayment} did: one refund per disbursement refunded, and the key. */
export interface AdvancedRefundOutcome {
  readonly refunds: readonly Refund[];
  readonly idempotencyKey: string;
}

/**
 * Refunds an advanced (split) payment through any gateway with one idempotency key, after the
 * checks that need no fetch: a digit id, a numeric amount (0 or absent
 * refunds everything). The spread over disbursements and their rules run at the provider. Give
 * `request.currency` when you know it; otherwise the adapter reads it for this write.
 *
 * Every failure after which the refund may have been made carries the key that was sent as
 * `idempotencyKey`; retry with it.
 *
 * Returns the {@link AdvancedRefundOutcome}, or a {@link WriteError}: `InvalidSplitterId`,
 * `AmountNotNumeric`, `BadRequest` for a key that is not one, `AmountNotPositive`,
 * `AdvancedPaymentNotFound`, `CurrencyMismatch`, any disbursement's rejection, idempotency and
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
  request: GatewayRefundRequest,
  options: RefundPaymentOptions = {},
): ResultAsync<AdvancedRefundOutcome, WriteError> => {
  if (!isMercadoPagoId(advancedPaymentId)) return errAsync(invalidSplitterId());
  const numeric = checkAmountNumeric(request.amount);
  if (numeric.isErr()) return errAsync(numeric.error);
  const key = writeKeyOf(options.idempotencyKey);
  if (key.isErr()) return errAsync(key.error);
  const idempotencyKey = key.value;
  const { idempotencyKey: _, ...callOptions } = options;
  return gateway
    .refundAdvancedPayment(advancedPaymentId, request, { ...callOptions, idempotencyKey })
    .map((refunds) => ({ refunds, idempotencyKey }))
    .mapErr(withIdempotencyKey(idempotencyKey));
};
