import { expect } from 'vitest';
import type { ContractHarness } from '../../harness.js';
import { expectedRefund } from '../expected-refund.js';
import { type GatewayCommand, keySuffix, outcomeOf, pick } from '../gateway-command.js';
import { type GatewayModel, type ModelPayment, recordRefund } from '../gateway-model.js';
import { answeredByKey, decideKey, rememberKey } from '../model-idempotency.js';

// One refund request, checked against the model then applied to it.
const refundOnce = async (
  model: GatewayModel,
  real: ContractHarness,
  payment: ModelPayment,
  amount: number | undefined,
  key: string | undefined,
): Promise<void> => {
  const request = `POST /v1/payments/${payment.id}/refunds ${amount ?? '-'}`;
  const decision = decideKey(model, key, request);
  if (key !== undefined) {
    model.lastKeyedWrite = (m, r) => refundOnce(m, r, payment, amount, key);
  }
  const actual = await real.gateway.createRefund(
    payment.id,
    amount === undefined ? {} : { amount },
    key === undefined ? undefined : { idempotencyKey: key },
  );
  const outcome = outcomeOf(actual.map((refund) => [refund]));
  if (answeredByKey(decision, outcome)) return;
  const expected = expectedRefund(model, payment, amount, model.balances.get(payment.currency));
  expect(outcome.type).toBe(expected.type);
  const [refund] = outcome.refunds;
  if (expected.type === 'ok' && refund && actual.isOk()) {
    expect([actual.value.paymentId, refund.amount]).toEqual([payment.id, expected.amount]);
    recordRefund(model, payment, refund, expected.debit);
  }
  rememberKey(model, key, request, outcome);
};

/** Refunds `amount` (everything left when absent) of a payment, under `key` when given. */
export class CreateRefund implements GatewayCommand {
  constructor(
    readonly index: number,
    readonly amount: number | undefined,
    readonly key: string | undefined,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model.payments, this.index);
    if (payment) await refundOnce(model, real, payment, this.amount, this.key);
  }
  toString = () => `refund(#${this.index}, ${this.amount ?? 'all'}${keySuffix(this.key)})`;
}
