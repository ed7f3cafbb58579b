// The SDK service of docs/guide/testing.md: a refund button written against the official
// `mercadopago` SDK, as many services are before they meet reembolso.

// #region sdk-service
import { type MercadoPagoConfig, PaymentRefund } from 'mercadopago';
import { ResultAsync } from 'neverthrow';

/** Mercado Pago's refusal: the HTTP status (0 when the network failed) and the `cause` codes. */
export interface Refusal {
  readonly status: number;
  readonly codes: readonly (number | string)[];
}

interface ErrorBody {
  readonly status?: number;
  readonly cause?: unknown;
}

// The SDK rejects with Mercado Pago's error body as it came, or an Error when the network failed.
const refusalOf = (thrown: unknown): Refusal => {
  const body: ErrorBody = typeof thrown === 'object' && thrown !== null ? thrown : {};
  return {
    status: typeof body.status === 'number' ? body.status : 0,
    codes: Array.isArray(body.cause) ? body.cause.map((cause) => cause?.code) : [],
  };
};

/**
 * Refunds `amount` (a decimal, as the SDK takes it) of an order's payment and answers the refund's
 * id and amount, or Mercado Pago's refusal. The order id is the idempotency key, so an agent who
 * clicks twice, or a retry after a timeout, refunds once.
 */
export const refundOrder = (client: MercadoPagoConfig) => {
  const refunds = new PaymentRefund(client);
  return (order: { readonly id: string; readonly paymentId: string }, amount: number) =>
    ResultAsync.fromPromise(
      refunds.create({
        payment_id: order.paymentId,
        body: { amount },
        requestOptions: { idempotencyKey: `order-${order.id}-refund` },
      }),
      refusalOf,
    ).map((refund) => ({ refundId: refund.id, amount: refund.amount }));
};
// #endregion sdk-service
