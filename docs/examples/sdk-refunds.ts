// The SDK service of docs/guide/testing.md: a refund button written against the official
// `mercadopago` SDK, as many services are before they meet reembolso.

// #region sdk-service
import { type MercadoPagoConfig, MercadoPagoError, PaymentRefund } from 'mercadopago';
import { ResultAsync } from 'neverthrow';

/** Mercado Pago's refusal: the HTTP status (0 when the network failed) and the `cause` codes. */
export interface Refusal {
  readonly status: number;
  readonly codes: readonly (number | string)[];
}

const codeOf = (cause: unknown): (number | string)[] =>
  typeof cause === 'object' &&
  cause !== null &&
  'code' in cause &&
  (typeof cause.code === 'number' || typeof cause.code === 'string')
    ? [cause.code]
    : [];

// The SDK (3.x) rejects with a MercadoPagoError of the answer's status (MPBadRequestError for a
// 400, MPNotFoundError for a 404, …) whose `causes` are the body's `cause` entries; a failed
// network is an MPConnectionError, of status 0.
const refusalOf = (thrown: unknown): Refusal =>
  thrown instanceof MercadoPagoError
    ? { status: thrown.status, codes: thrown.causes.flatMap(codeOf) }
    : { status: 0, codes: [] };

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
