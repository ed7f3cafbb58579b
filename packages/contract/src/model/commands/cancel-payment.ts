import { expect } from 'vitest';
import type { ContractHarness } from '../../harness.js';
import { outcomeType } from '../../outcome-type.js';
import { type GatewayCommand, keySuffix, pick } from '../gateway-command.js';
import type { GatewayModel, ModelOutcome, ModelPayment } from '../gateway-model.js';
import { answeredByKey, decideKey, rememberKey } from '../model-idempotency.js';

// One cancellation request, checked against the model then applied to it.
const cancelOnce = async (
  model: GatewayModel,
  real: ContractHarness,
  payment: ModelPayment,
  key: string | undefined,
): Promise<void> => {
  const request = `PUT /v1/payments/${payment.id}`;
  const decision = decideKey(model, key, request);
  if (key !== undefined) model.lastKeyedWrite = (m, r) => cancelOnce(m, r, payment, key);
  const actual = await real.gateway.cancelPayment(
    payment.id,
    key === undefined ? undefined : { idempotencyKey: key },
  );
  const outcome: ModelOutcome = { type: outcomeType(actual), refunds: [] };
  if (actual.isOk()) {
    expect(actual.value).toMatchObject({ status: 'cancelled', statusDetail: 'by_collector' });
  }
  if (answeredByKey(decision, outcome)) return;
  // Classic policy: only pending (or in process) payments can be cancelled, once.
  const cancellable = payment.state === 'pending';
  expect(outcome.type).toBe(cancellable ? 'ok' : 'CancellationNotAllowed');
  if (cancellable) {
    payment.state = 'cancelled';
    payment.approvedAt = null;
  }
  rememberKey(model, key, request, outcome);
};

/** Cancels a payment, under `key` when given. */
export class CancelPayment implements GatewayCommand {
  constructor(
    readonly index: number,
    readonly key: string | undefined,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model.payments, this.index);
    if (payment) await cancelOnce(model, real, payment, this.key);
  }
  toString = () => `cancel(#${this.index}${keySuffix(this.key)})`;
}
