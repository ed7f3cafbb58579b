import type { Currency } from '@reembolso/core';
import { expect } from 'vitest';
import type { ContractHarness } from '../../harness.js';
import type { GatewayCommand } from '../gateway-command.js';
import type { GatewayModel } from '../gateway-model.js';
import { modelPaymentOf, paymentOf, type SeedSpec } from './seed-payment.js';

const DAY_MS = 86_400_000;

/** Seeds an advanced payment over approved disbursements of one currency (one maybe MELI). */
export class SeedAdvancedPayment implements GatewayCommand {
  constructor(
    readonly currency: Currency,
    readonly amounts: readonly number[],
    readonly collectorFee: number,
    readonly meliIndex: number | undefined,
  ) {}
  check = (model: Readonly<GatewayModel>) => model.payments.length + this.amounts.length <= 6;
  async run(model: GatewayModel, real: ContractHarness) {
    const specs = this.amounts.map(
      (amount, i): SeedSpec => ({
        kind: i === this.meliIndex ? 'meli' : 'approved',
        currency: this.currency,
        amount,
        collectorFee: Math.min(this.collectorFee, amount),
        payerFee: 0,
        ageMs: DAY_MS,
        priorRefunds: 0,
      }),
    );
    const disbursements = specs.map((spec) => paymentOf(spec, model.now));
    const seeded = await real.controls.seedAdvancedPayment({ disbursements });
    expect(seeded.isOk()).toBe(true);
    if (seeded.isErr()) return;
    const first = model.payments.length;
    specs.forEach((spec, i) => {
      const payment = disbursements[i];
      if (payment) model.payments.push(modelPaymentOf(spec, payment));
    });
    model.advanced.push({
      id: seeded.value.id,
      disbursements: specs.map((_, i) => first + i),
    });
  }
  toString = () =>
    `seedAdvanced(${this.currency} ${this.amounts.join('+')}, fee ${this.collectorFee}` +
    `${this.meliIndex === undefined ? '' : `, MELI #${this.meliIndex}`})`;
}
