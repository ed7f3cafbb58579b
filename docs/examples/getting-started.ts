// The examples of docs/guide/getting-started.md, run by docs/examples.test.ts.
import { paymentJson } from './payment-json.js';

// What GET /v1/payments/{id} answered: 100.00 BRL approved on 1 March 2026.
const json: unknown = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region parse
import { parsePayment } from '@reembolso/core';

const parsed = parsePayment(json);
if (parsed.isErr()) {
  // `path` names the offending field: "transaction_amount", "refunds.2.amount", …
  throw new Error(`not a payment: ${parsed.error.path}: ${parsed.error.message}`);
}
const payment = parsed.value;
console.log(payment.id, payment.status, payment.transactionAmount, payment.currency);

// #endregion parse

// #region explain
import type { RefundRejection } from '@reembolso/core';
import { match } from 'ts-pattern';

const explain = (rejection: RefundRejection): string =>
  match(rejection)
    .with({ type: 'InvalidInstant' }, (e) => `${e.field} is not a valid date`)
    .with({ type: 'AmountNotNumeric' }, () => 'the amount must be a whole number of cents')
    .with({ type: 'AmountNotPositive' }, () => 'the amount must be more than zero')
    .with({ type: 'InvalidPaymentState' }, (e) => `a ${e.status} payment cannot be refunded`)
    .with({ type: 'RefundWindowExpired' }, (e) => `too late: the window closed at ${e.deadline}`)
    .with(
      { type: 'PartialRefundUnsupported' },
      (e) => `only a full refund is possible (${e.reason})`,
    )
    .with({ type: 'TooManyRefunds' }, (e) => `a payment takes at most ${e.maxRefunds} refunds`)
    .with({ type: 'AmountExceedsRefundable' }, (e) => `only ${e.remaining} cents remain`)
    .with(
      { type: 'InsufficientBalance' },
      (e) => `a balance of ${e.available} cannot cover ${e.required}`,
    )
    .exhaustive();

// #endregion explain

// #region plan
import { currentPolicy, planRefund, type RefundContext, type RefundRequest } from '@reembolso/core';

const tryRefund = (request: RefundRequest, context: RefundContext): string =>
  planRefund(payment, request, context).match(
    (plan) =>
      `${plan.kind} refund of ${plan.amount}: payer receives ${plan.payerReceives}, ` +
      `collector is debited ${plan.collectorDebit}, payment becomes ${plan.statusDetailAfter}`,
    (rejection) => `refused: ${explain(rejection)}`,
  );

const now = new Date('2026-03-02T12:00:00Z');
console.log(tryRefund({ amount: 1050 }, { now }));
console.log(tryRefund({}, { now }));
console.log(tryRefund({ amount: 15_000 }, { now }));
console.log(tryRefund({ amount: 0 }, { now }));
console.log(tryRefund({ amount: 1050 }, { now, availableBalance: 500 }));

const june = new Date('2026-06-15T12:00:00Z');
console.log(tryRefund({ amount: 1050 }, { now: june }));
console.log(tryRefund({ amount: 1050 }, { now: june, policy: currentPolicy }));

// #endregion plan

// #region gateway
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { refundPayment } from '@reembolso/core';

const gateway = createMemoryGateway({ clock: now, ids: { seed: 1 } });
const seeded = gateway.seedWirePayment(json);
if (seeded.isErr()) throw new Error(`not seeded: ${seeded.error.message}`);

const first = await refundPayment(gateway, payment.id, { amount: 1050 }, { now: gateway.now() });
if (first.isOk()) {
  const { refund, replayed } = first.value;
  console.log(`refund ${refund.id} of ${refund.amount}, replayed: ${replayed}`);
}

// #endregion gateway

// #region lost-answer
import { idempotencyKeyFor, networkError, type PaymentGateway } from '@reembolso/core';
import { errAsync } from 'neverthrow';

// For the demo, a Mercado Pago that makes the refund, then loses its answer on the way back.
const losing: PaymentGateway = {
  ...gateway,
  createRefund: (id, request, options) =>
    gateway.createRefund(id, request, options).andThen(() => errAsync(networkError({}))),
};

// The key of this logical write, derived from your own reference: any retry derives it again.
const idempotencyKey = idempotencyKeyFor(['order-8812', 'refund', 2]);
const refundOrder = (through: PaymentGateway, key: string) =>
  refundPayment(
    through,
    payment.id,
    { amount: 500 },
    { now: gateway.now() },
    { idempotencyKey: key },
  );

const lost = await refundOrder(losing, idempotencyKey);
if (lost.isErr()) {
  // Network, Timeout, ServerError, InvalidResponse: the refund may have been made. Retry with the
  // same key, never a new one; without a key of your own, take the one the error carries.
  const key = 'idempotencyKey' in lost.error ? lost.error.idempotencyKey : idempotencyKey;
  console.log(`${lost.error.type}: retrying with the key ${key}`);
  const retry = await refundOrder(gateway, key);
  console.log(
    retry.map((o) => `refund ${o.refund.id}, replayed: ${o.replayed}`).unwrapOr('failed'),
  );
}
const refunds = await gateway.listRefunds(payment.id);
console.log(`the payment holds ${refunds.map((list) => list.length).unwrapOr(0)} refunds`);
// #endregion lost-answer
