import { expect } from 'vitest';
import type { ContractHarness } from '../../harness.js';
import { expectedAdvancedRefund } from '../expected-advanced-refund.js';
import { type GatewayCommand, keySuffix, outcomeOf, pick } from '../gateway-command.js';
import {
  type GatewayModel,
  type ModelAdvancedPayment,
  type ModelPayment,
  recordRefund,
} from '../gateway-model.js';
import { answeredByKey, decideKey, rememberKey } from '../model-idempotency.js';

// One advanced refund request, checked against the model then applied to it.
const refundAdvancedOnce = async (
  model: GatewayModel,
  real: ContractHarness,
  advanced: ModelAdvancedPayment,
  amount: number | undefined,
  key: string | undefined,
): Promise<void> => {
  const request = `POST /v1/advanced_payments/${advanced.id}/refunds ${amount ?? '-'}`;
  const decision = decideKey(model, key, request);
  if (key !== undefined) {
    model.lastKeyedWrite = (m, r) => refundAdvancedOnce(m, r, advanced, amount, key);
  }
  const actual = await real.gateway.refundAdvancedPayment(
    advanced.id,
    amount === undefined ? {} : { amount },
    key === undefined ? undefined : { idempotencyKey: key },
  );
  const outcome = outcomeOf(actual);
  if (answeredByKey(decision, outcome)) return;
  const disbursements = advanced.disbursements.flatMap((i): ModelPayment[] => {
    const payment = model.payments[i];
    return payment ? [payment] : [];
  });
  const currency = disbursements[0]?.currency;
  const balance = currency === undefined ? undefined : model.balances.get(currency);
  const expected = expectedAdvancedRefund(model, disbursements, amount, balance);
  expect(outcome.type).toBe(expected.type);
  if (expected.type === 'ok' && actual.isOk()) {
    expect(actual.value.map((r) => [r.paymentId, r.amount])).toEqual(
      expected.shares.map((share) => [share.payment.id, share.amount]),
    );
    expected.shares.forEach((share, i) => {
      const refund = outcome.refunds[i];
      if (refund) recordRefund(model, share.payment, refund, share.debit);
    });
  }
  rememberKey(model, key, request, outcome);
};

/** Refunds an advanced payment: `amount` spread, or everything when absent or 0. */
export class RefundAdvancedPayment implements GatewayCommand {
  constructor(
    readonly index: number,
    readonly amount: number | undefined,
    readonly key: string | undefined,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.advanced.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const advanced = pick(model.advanced, this.index);
    if (advanced) await refundAdvancedOnce(model, real, advanced, this.amount, this.key);
  }
  toString = () => `refundAdvanced(@${this.index}, ${this.amount ?? 'all'}${keySuffix(this.key)})`;
}
