import type { Payment, Refund } from '@reembolso/core';
import { expect } from 'vitest';
import type { ContractHarness } from '../../harness.js';
import { outcomeType } from '../../outcome-type.js';
import { type GatewayCommand, pick } from '../gateway-command.js';
import { type GatewayModel, type ModelPayment, refundedOf, statusOf } from '../gateway-model.js';

const refundView = (refund: Refund) => ({ id: refund.id, amount: refund.amount });

// The facts of a payment the model keeps, from the adapter's answer and from the model.
const paymentView = (payment: Payment) => ({
  currency: payment.currency,
  transactionAmount: payment.transactionAmount,
  refundedAmount: payment.refundedAmount,
  status: payment.status,
  statusDetail: payment.statusDetail,
  approvedAt: payment.dateApproved?.getTime() ?? null,
  refunds: payment.refunds.map(refundView),
});
const modelView = (payment: ModelPayment) => ({
  currency: payment.currency,
  transactionAmount: payment.transactionAmount,
  refundedAmount: refundedOf(payment),
  ...statusOf(payment),
  approvedAt: payment.approvedAt,
  refunds: payment.refunds,
});

/** Reads a payment: it is as the model says. */
export class GetPayment implements GatewayCommand {
  constructor(readonly index: number) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model.payments, this.index);
    if (!payment) return;
    const actual = await real.gateway.getPayment(payment.id);
    expect(actual.isOk() ? paymentView(actual.value) : actual.error).toEqual(modelView(payment));
  }
  toString = () => `get(#${this.index})`;
}

/** Lists a payment's refunds: the model's, oldest first. */
export class ListRefunds implements GatewayCommand {
  constructor(readonly index: number) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model.payments, this.index);
    if (!payment) return;
    const actual = await real.gateway.listRefunds(payment.id);
    expect(actual.isOk() ? actual.value.map(refundView) : actual.error).toEqual(payment.refunds);
  }
  toString = () => `list(#${this.index})`;
}

/** Reads one refund of a payment, or one it does not hold (`RefundNotFound`). */
export class GetRefund implements GatewayCommand {
  constructor(
    readonly index: number,
    readonly refundIndex: number,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model.payments, this.index);
    if (!payment) return;
    const refund = payment.refunds[this.refundIndex % Math.max(payment.refunds.length, 1)];
    const actual = await real.gateway.getRefund(payment.id, refund?.id ?? '1');
    if (refund) expect(actual.isOk() ? refundView(actual.value) : actual.error).toEqual(refund);
    else expect(outcomeType(actual)).toBe('RefundNotFound');
  }
  toString = () => `getRefund(#${this.index}, ${this.refundIndex})`;
}
