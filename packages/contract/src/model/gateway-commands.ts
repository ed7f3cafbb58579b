import {
  applyCancellation,
  applyRefund,
  type GatewayError,
  planCancellation,
  planRefund,
} from '@reembolso/core';
import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { expect } from 'vitest';
import { approvedPayment, DAY_MS, pendingPayment } from '../fixtures.js';
import type { ContractHarness } from '../harness.js';
import type { GatewayModel } from './gateway-model.js';

type GatewayCommand = fc.AsyncCommand<GatewayModel, ContractHarness>;

const typeOf = (result: Result<unknown, GatewayError>): string =>
  result.isErr() ? result.error.type : 'ok';

const pick = (model: GatewayModel, index: number) => model.payments[index % model.payments.length];

class SeedPayment implements GatewayCommand {
  constructor(
    readonly kind: 'approved' | 'pending' | 'meli',
    readonly amount: number,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length < 4;
  async run(model: GatewayModel, real: ContractHarness) {
    const base = {
      transactionAmount: this.amount,
      dateApproved: new Date(model.now.getTime() - DAY_MS),
    };
    const payment =
      this.kind === 'pending'
        ? pendingPayment({ transactionAmount: this.amount })
        : approvedPayment({ ...base, marketplace: this.kind === 'meli' ? 'MELI' : null });
    const seeded = await real.controls.seedPayment(payment);
    expect(seeded.isOk()).toBe(true);
    if (seeded.isOk()) model.payments.push(seeded.value);
  }
  toString = () => `seed(${this.kind}, ${this.amount})`;
}

class CreateRefund implements GatewayCommand {
  constructor(
    readonly index: number,
    readonly amount: number | undefined,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model, this.index);
    if (!payment) return;
    const request = this.amount === undefined ? {} : { amount: this.amount };
    const expected = planRefund(payment, request, { now: model.now, policy: model.policy });
    const actual = await real.gateway.createRefund(payment.id, request);
    expect(typeOf(actual)).toBe(expected.isErr() ? expected.error.type : 'ok');
    if (expected.isOk() && actual.isOk()) {
      expect(actual.value.amount).toBe(expected.value.amount);
      const index = model.payments.indexOf(payment);
      model.payments[index] = applyRefund(payment, expected.value, actual.value);
    }
  }
  toString = () => `refund(#${this.index}, ${this.amount ?? 'all'})`;
}

class CancelPayment implements GatewayCommand {
  constructor(readonly index: number) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model, this.index);
    if (!payment) return;
    const expected = planCancellation(payment, { policy: model.policy });
    const actual = await real.gateway.cancelPayment(payment.id);
    expect(typeOf(actual)).toBe(expected.isErr() ? expected.error.type : 'ok');
    if (expected.isOk()) {
      model.payments[model.payments.indexOf(payment)] = applyCancellation(payment, expected.value);
    }
  }
  toString = () => `cancel(#${this.index})`;
}

class GetPayment implements GatewayCommand {
  constructor(readonly index: number) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model, this.index);
    if (!payment) return;
    const actual = await real.gateway.getPayment(payment.id);
    expect(actual.isOk() ? actual.value : actual.error).toEqual(payment);
  }
  toString = () => `get(#${this.index})`;
}

class ListRefunds implements GatewayCommand {
  constructor(readonly index: number) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model, this.index);
    if (!payment) return;
    const actual = await real.gateway.listRefunds(payment.id);
    expect(actual.isOk() ? actual.value : actual.error).toEqual(payment.refunds);
  }
  toString = () => `list(#${this.index})`;
}

class GetRefund implements GatewayCommand {
  constructor(
    readonly index: number,
    readonly refundIndex: number,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model, this.index);
    if (!payment) return;
    const refund = payment.refunds[this.refundIndex % Math.max(payment.refunds.length, 1)];
    const refundId = refund?.id ?? '1';
    const actual = await real.gateway.getRefund(payment.id, refundId);
    if (refund) expect(actual.isOk() ? actual.value : actual.error).toEqual(refund);
    else expect(typeOf(actual)).toBe('RefundNotFound');
  }
  toString = () => `getRefund(#${this.index}, ${this.refundIndex})`;
}

class AdvanceClock implements GatewayCommand {
  constructor(readonly days: number) {}
  check = () => true;
  async run(model: GatewayModel, real: ContractHarness) {
    await real.controls.advanceClock(this.days * DAY_MS);
    model.now = new Date(model.now.getTime() + this.days * DAY_MS);
  }
  toString = () => `advanceClock(${this.days}d)`;
}

/** The commands of the model-based test, each with a pure `check` and a readable `toString`. */
export const gatewayCommands = (): fc.Arbitrary<Iterable<GatewayCommand>> => {
  const index = fc.nat({ max: 7 });
  return fc.commands(
    [
      fc
        .tuple(
          fc.constantFrom('approved', 'approved', 'pending', 'meli' as const),
          fc.integer({ min: 1, max: 50_000 }),
        )
        .map(([kind, amount]) => new SeedPayment(kind, amount)),
      fc
        .tuple(index, fc.option(fc.integer({ min: -10, max: 30_000 }), { nil: undefined }))
        .map(([i, amount]) => new CreateRefund(i, amount)),
      fc
        .tuple(index, fc.integer({ min: 1, max: 5_000 }))
        .map(([i, amount]) => new CreateRefund(i, amount)),
      index.map((i) => new CancelPayment(i)),
      index.map((i) => new GetPayment(i)),
      index.map((i) => new ListRefunds(i)),
      fc.tuple(index, fc.nat({ max: 19 })).map(([i, r]) => new GetRefund(i, r)),
      fc.integer({ min: 1, max: 60 }).map((days) => new AdvanceClock(days)),
    ],
    { maxCommands: 25 },
  );
};
