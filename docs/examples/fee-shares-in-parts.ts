// The worked example of docs/guide/money-and-rounding.md: a payment refunded in three parts.
import { fromMinor } from '@reembolso/core';
import { printTable } from './markdown-table.js';
import { paymentJson } from './payment-json.js';

// 100.00 BRL; Mercado Pago's fee of 4.99 paid by the collector, 12.50 of interest by the payer.
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region refund-in-parts
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { type RefundPlan, refundPayment } from '@reembolso/core';

const gateway = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
const seeded = gateway.seedWirePayment(json);
if (seeded.isErr()) throw new Error(`not seeded: ${seeded.error.message}`);

const plans: RefundPlan[] = [];
for (const amount of [3333, 3333, 3334]) {
  const outcome = await refundPayment(gateway, String(json.id), { amount }, { now: gateway.now() });
  if (outcome.isOk()) plans.push(outcome.value.plan);
}
// #endregion refund-in-parts

const brl = (minor: number) => fromMinor(minor, 'BRL').toFixed(2);
const feeBack = (plan: RefundPlan, type: string) =>
  plan.fees.filter((fee) => fee.type === type).reduce((sum, fee) => sum + fee.amount, 0);
const figures = (plan: RefundPlan) => [
  feeBack(plan, 'mercadopago_fee'),
  feeBack(plan, 'financing_fee'),
  plan.payerReceives,
  plan.collectorDebit,
];
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const totals = figures(plans[0] as RefundPlan).map((_, column) =>
  sum(plans.map((plan) => figures(plan)[column] ?? 0)),
);

printTable(
  [
    'refund',
    'amount',
    'refunded after',
    '`mercadopago_fee` back (collector)',
    '`financing_fee` back (payer)',
    'payer receives',
    'collector is debited',
    'status after',
  ],
  [
    ...plans.map((plan, index) => [
      String(index + 1),
      brl(plan.amount),
      brl(plan.refundedAfter),
      ...figures(plan).map(brl),
      `\`${plan.statusAfter}/${plan.statusDetailAfter}\``,
    ]),
    [
      '**total**',
      `**${brl(sum(plans.map((plan) => plan.amount)))}**`,
      '',
      ...totals.map((total) => `**${brl(total)}**`),
      '',
    ],
  ],
);

export { plans };
