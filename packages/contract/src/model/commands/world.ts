import type { Currency } from '@reembolso/core';
import type { ContractHarness } from '../../harness.js';
import type { GatewayCommand } from '../gateway-command.js';
import type { GatewayModel } from '../gateway-model.js';

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
