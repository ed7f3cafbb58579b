import type { Currency } from '@reembolso/core';
import type { ContractHarness } from '../../harness.js';
import { collectorDebit } from '../collector-debit.js';
import { type GatewayCommand, pick } from '../gateway-command.js';
import { type GatewayModel, refundedOf } from '../gateway-model.js';

/** Sets (or with `undefined`, stops tracking) the collector's balance in a currency. */
export class SetBalance implements GatewayCommand {
  constructor(
    readonly currency: Currency,
    readonly minor: number | undefined,
  ) {}
  check = () => true;
  async run(model: GatewayModel, real: ContractHarness) {
    await real.controls.setBalance(this.currency, this.minor);
    if (this.minor === undefined) model.balances.delete(this.currency);
    else model.balances.set(this.currency, this.minor);
  }
  toString = () => `balance(${this.currency}, ${this.minor ?? 'untracked'})`;
}

/**
 * Sets the balance of a payment's currency to what refunding all it has left would debit, give
 * or take `delta`: R8's edge, where a debit that forgot the collector's fee shows.
 */
export class SetBalanceNearDebit implements GatewayCommand {
  constructor(
    readonly index: number,
    readonly delta: number,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length > 0;
  async run(model: GatewayModel, real: ContractHarness) {
    const payment = pick(model.payments, this.index);
    if (!payment) return;
    const refunded = refundedOf(payment);
    const debit = collectorDebit(payment, refunded, payment.transactionAmount - refunded);
    const minor = Math.max(0, debit + this.delta);
    await real.controls.setBalance(payment.currency, minor);
    model.balances.set(payment.currency, minor);
  }
  toString = () => `balanceNearDebit(#${this.index}, ${this.delta >= 0 ? '+' : ''}${this.delta})`;
}

/** Moves the provider's clock forward. */
export class AdvanceClock implements GatewayCommand {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(model: GatewayModel, real: ContractHarness) {
    await real.controls.advanceClock(this.ms);
    model.now += this.ms;
  }
  toString = () => `advanceClock(${this.ms / 3_600_000}h)`;
}

/** Sends the last keyed write again, as a client retries: it replays, unless 24 hours passed. */
export class RetryLastKeyedWrite implements GatewayCommand {
  check = (model: Readonly<GatewayModel>) => model.lastKeyedWrite !== undefined;
  async run(model: GatewayModel, real: ContractHarness) {
    await model.lastKeyedWrite?.(model, real);
  }
  toString = () => 'retryLastKeyedWrite()';
}
