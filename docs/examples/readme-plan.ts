// The README's first example, verbatim between the region markers (docs/snippets.test.ts checks).
import { paymentJson } from './payment-json.js';

// What GET /v1/payments/{id} answered for a payment approved yesterday.
const json: unknown = paymentJson(new Date(Date.now() - 86_400_000));

// #region readme-plan
import { fromMinor, parsePayment, planRefund, toMinor } from '@reembolso/core';
import { match } from 'ts-pattern';

// `json` is what GET /v1/payments/{id} answered.
const decision = parsePayment(json).andThen((payment) =>
  toMinor(10.5, payment.currency).andThen((amount) =>
    planRefund(payment, { amount }, { now: new Date() }),
  ),
);

decision.match(
  (plan) =>
    console.log(
      `${plan.kind} refund of ${fromMinor(plan.amount, plan.currency)} ${plan.currency}:`,
      `payment becomes ${plan.statusAfter}/${plan.statusDetailAfter},`,
      `payer receives ${fromMinor(plan.payerReceives, plan.currency)},`,
      `collector is debited ${fromMinor(plan.collectorDebit, plan.currency)}`,
    ),
  (error) =>
    console.log(
      match(error)
        .with(
          { type: 'RefundWindowExpired' },
          (e) => `too late: the window closed at ${e.deadline}`,
        )
        .with({ type: 'PartialRefundUnsupported' }, (e) => `only full refunds here (${e.reason})`)
        .with({ type: 'AmountExceedsRefundable' }, (e) => `only ${e.remaining} minor units remain`)
        .otherwise((e) => `refused: ${e.type} (${e.code ?? 'no code'})`),
    ),
);

// #endregion readme-plan

export { decision };
