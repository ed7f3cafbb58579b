// The service of docs/guide/testing.md: what a shop's support desk calls to refund an order.

// #region desk
import {
  type Currency,
  fromMinor,
  type GatewayError,
  type PaymentGateway,
  type RefundPolicy,
  refundPayment,
} from '@reembolso/core';
import type { ResultAsync } from 'neverthrow';

/** What the desk needs: a gateway (the real API, the memory fake, the sandbox) and a clock. */
export interface RefundDeskDeps {
  readonly gateway: PaymentGateway;
  readonly now: () => Date;
  readonly policy?: RefundPolicy;
}

const money = (minor: number, currency: Currency) => `${fromMinor(minor, currency)} ${currency}`;

/**
 * Refunds `amount` minor units of a payment (everything left when absent) and answers the line
 * the support agent reads, or the typed reason it could not be done.
 */
export const refundFromDesk =
  ({ gateway, now, policy }: RefundDeskDeps) =>
  (paymentId: string, amount?: number): ResultAsync<string, GatewayError> =>
    refundPayment(
      gateway,
      paymentId,
      amount === undefined ? {} : { amount },
      policy === undefined ? { now: now() } : { now: now(), policy },
    ).map(
      ({ plan }) =>
        `refunded ${money(plan.amount, plan.currency)}: the payer receives ` +
        `${money(plan.payerReceives, plan.currency)} on the ${plan.destination === 'card' ? 'card' : 'Mercado Pago account'}`,
    );
// #endregion desk
