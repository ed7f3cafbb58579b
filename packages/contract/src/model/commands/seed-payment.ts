import type { Currency, FeeDetail, Payment } from '@reembolso/core';
import { expect } from 'vitest';
import { approvedPayment, freshPaymentId, pendingPayment } from '../../fixtures.js';
import type { ContractHarness } from '../../harness.js';
import { refundRecord } from '../../refund-record.js';
import type { GatewayCommand } from '../gateway-command.js';
import type { GatewayModel, ModelPayment } from '../gateway-model.js';

/** The kinds of payment the model seeds; all but `pending` are approved. */
export type SeedKind = 'approved' | 'pending' | 'meli' | 'melicard' | 'recurring';

/** What to seed: kind, currency, amount, fees and how long ago it was approved. */
export interface SeedSpec {
  readonly kind: SeedKind;
  readonly currency: Currency;
  readonly amount: number;
  readonly collectorFee: number;
  readonly payerFee: number;
  readonly ageMs: number;
  /** Refunds of 0.01 it already holds (plain approved payments only). */
  readonly priorRefunds: number;
}

const feesOf = (spec: SeedSpec): FeeDetail[] => [
  ...(spec.collectorFee > 0
    ? [{ type: 'mercadopago_fee', amount: spec.collectorFee, feePayer: 'collector' as const }]
    : []),
  ...(spec.payerFee > 0
    ? [{ type: 'financing_fee', amount: spec.payerFee, feePayer: 'payer' as const }]
    : []),
];

/** The payment `spec` describes, approved `ageMs` before `now`. */
export const paymentOf = (spec: SeedSpec, now: number): Payment => {
  const approvedAt = new Date(now - spec.ageMs);
  const common = { currency: spec.currency, transactionAmount: spec.amount };
  if (spec.kind === 'pending') return pendingPayment(common);
  const id = freshPaymentId();
  const prior = spec.kind === 'approved' ? spec.priorRefunds : 0;
  const refunds = Array.from({ length: prior }, () =>
    refundRecord({ id: freshPaymentId(), paymentId: id, amount: 1, dateCreated: approvedAt }),
  );
  return approvedPayment({
    ...common,
    id,
    statusDetail: prior > 0 ? 'partially_refunded' : 'accredited',
    refundedAmount: prior,
    refunds,
    dateCreated: approvedAt,
    dateApproved: approvedAt,
    feeDetails: feesOf(spec),
    marketplace: spec.kind === 'meli' ? 'MELI' : null,
    paymentMethodId: spec.kind === 'melicard' ? 'melicard' : 'visa',
    operationType: spec.kind === 'recurring' ? 'recurring_payment' : 'regular_payment',
  });
};

/** How the model holds a payment seeded from `spec`. */
export const modelPaymentOf = (spec: SeedSpec, payment: Payment): ModelPayment => ({
  id: payment.id,
  currency: spec.currency,
  transactionAmount: spec.amount,
  collectorFee: spec.kind === 'pending' ? 0 : spec.collectorFee,
  fullRefundOnly:
    spec.kind === 'meli' ||
    spec.kind === 'melicard' ||
    (spec.kind === 'recurring' && spec.currency === 'ARS'),
  approvedAt: payment.dateApproved?.getTime() ?? null,
  state: spec.kind === 'pending' ? 'pending' : 'approved',
  refunds: payment.refunds.map(({ id, amount }) => ({ id, amount })),
});

/** Seeds one payment. */
export class SeedPayment implements GatewayCommand {
  constructor(readonly spec: SeedSpec) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length < 6;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = paymentOf(this.spec, model.now);
    const seeded = await real.controls.seedPayment(payment);
    expect(seeded.isOk()).toBe(true);
    model.payments.push(modelPaymentOf(this.spec, payment));
  }
  toString = () => {
    const { kind, currency, amount, collectorFee, payerFee, ageMs, priorRefunds } = this.spec;
    const prior = kind === 'approved' && priorRefunds > 0 ? `, ${priorRefunds} refunds of 1` : '';
    return `seed(${kind} ${currency} ${amount}, fees ${collectorFee}/${payerFee}, approved ${ageMs / 3_600_000}h ago${prior})`;
  };
}
