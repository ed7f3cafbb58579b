import { errAsync, type ResultAsync } from 'neverthrow';
import { type GatewayError, invalidSplitterId } from '../errors.js';
import { isMercadoPagoId } from '../payment/mercado-pago-id.js';
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

/**
 * Refunds an advanced (split) payment through any gateway with one idempotency key, after the
 * checks that need no fetch: a digit id, a numeric amount (0 or absent
 * refunds everything). The spread over disbursements and their rules run at the provider.
 *
 * Returns the {@link AdvancedRefundOutcome}, or `InvalidSplitterId`, `AmountNotNumeric`,
 * `AmountNotPositive`, `AdvancedPaymentNotFound`, any disbursement's rejection, idempotency and
 * transport errors.
 */
export const refundAdvancedPayment = (
  gateway: PaymentGateway,
  advancedPaymentId: string,
  request: RefundRequest,
  options: RefundPaymentOptions = {},
): ResultAsync<AdvancedRefundOutcome, GatewayError> => {
  if (!isMercadoPagoId(advancedPaymentId)) return errAsync(invalidSplitterId());
  const numeric = checkAmountNumeric(request.amount);
  if (numeric.isErr()) return errAsync(numeric.error);
  const idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
  const { idempotencyKey: _, ...callOptions } = options;
  return gateway
    .refundAdvancedPayment(advancedPaymentId, request, { ...callOptions, idempotencyKey })
    .map((refunds) => ({ refunds, idempotencyKey }));
};
