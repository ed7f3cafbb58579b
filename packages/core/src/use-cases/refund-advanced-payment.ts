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
