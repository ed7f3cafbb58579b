import fc from 'fast-check';
import { CancelPayment } from './commands/cancel-payment.js';
import { CreateRefund } from './commands/create-refund.js';
import { GetPayment, GetRefund, ListRefunds } from './commands/reads.js';
import { RefundAdvancedPayment } from './commands/refund-advanced-payment.js';
import { SeedAdvancedPayment } from './commands/seed-advanced-payment.js';
import { SeedPayment, type SeedSpec } from './commands/seed-payment.js';
import {
  AdvanceClock,
  RetryLastKeyedWrite,
  SetBalance,
  SetBalanceNearDebit,
} from './commands/world.js';
import type { GatewayCommand } from './gateway-command.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const currency = fc.constantFrom('BRL' as const, 'ARS' as const);
const index = fc.nat({ max: 7 });
const key = fc.option(fc.constantFrom('k1', 'k2', 'k3'), { nil: undefined });

// Amounts that reach the rules, and malformed ones (fractions, NaN) that only R1 sees.
const refundAmount = fc.option(
  fc.oneof(
    fc.integer({ min: 1, max: 5_000 }),
    fc.integer({ min: -10, max: 30_000 }),
    fc.integer({ min: -10, max: 0 }),
    fc.constantFrom(0.5, 10.25, Number.NaN),
  ),
  { nil: undefined },
);

// A key goes only with amounts every adapter takes to the rules: what a request refused before
// them leaves under its key differs between adapters (only rule outcomes are stored).
const keyedAmount = (amount: number | undefined) =>
  amount === undefined || (Number.isInteger(amount) && amount > 0);

const seedSpec: fc.Arbitrary<SeedSpec> = fc
  .record({
    kind: fc.constantFrom(
      'approved' as const,
      'approved' as const,
      'pending' as const,
      'meli' as const,
      'melicard' as const,
      'recurring' as const,
    ),
    currency,
    amount: fc.integer({ min: 1, max: 50_000 }),
    collectorFee: fc.nat({ max: 3_000 }),
    payerFee: fc.nat({ max: 1_000 }),
    // Mostly none; sometimes close to or at the 20-refund limit.
    priorRefunds: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, fc.constantFrom(1, 19, 20)),
    // Up to a little past the 90-day window, by the hour, so its edge is reached.
    ageMs: fc.oneof(
      fc.constantFrom(DAY_MS, 89 * DAY_MS, 90 * DAY_MS),
      fc.integer({ min: 0, max: 92 * 24 }).map((h) => h * HOUR_MS),
    ),
  })
  .map((spec) => ({
    ...spec,
    amount: Math.max(spec.amount, spec.priorRefunds + 1),
    collectorFee: Math.min(spec.collectorFee, spec.amount),
  }));

/**
 * The commands of the model-based test: seeds (payments of every kind the rules tell apart,
 * advanced payments), refunds, advanced refunds and cancellations with and without idempotency
 * keys (three keys shared by all writes, so conflicts happen, and retries of the last keyed
 * write, so replays do), reads, balances and
 * the clock (by hours and days, across the 24-hour key lifetime and the 90-day window).
 */
export const gatewayCommands = (): fc.Arbitrary<Iterable<GatewayCommand>> =>
  fc.commands(
    [
      seedSpec.map((spec) => new SeedPayment(spec)),
      fc
        .record({
          currency,
          // Equal amounts too, whose shares tie.
          amounts: fc.array(
            fc.oneof(fc.constantFrom(1_000, 3_000), fc.integer({ min: 1, max: 20_000 })),
            { minLength: 2, maxLength: 3 },
          ),
          collectorFee: fc.nat({ max: 1_000 }),
          meliIndex: fc.option(fc.nat({ max: 2 }), { nil: undefined, freq: 3 }),
        })
        .map(
          ({ currency, amounts, collectorFee, meliIndex }) =>
            new SeedAdvancedPayment(currency, amounts, collectorFee, meliIndex),
        ),
      fc
        .tuple(index, refundAmount, key)
        .map(([i, amount, k]) => new CreateRefund(i, amount, keyedAmount(amount) ? k : undefined)),
      fc
        .tuple(index, fc.integer({ min: 1, max: 5_000 }), key)
        .map(([i, amount, k]) => new CreateRefund(i, amount, k)),
      fc
        .tuple(
          index,
          fc.option(
            fc.oneof(
              fc.constant(0),
              fc.integer({ min: 1, max: 10 }),
              fc.integer({ min: -5, max: 30_000 }),
            ),
            {
              nil: undefined,
            },
          ),
          key,
        )
        .map(
          ([i, amount, k]) =>
            new RefundAdvancedPayment(i, amount, keyedAmount(amount) ? k : undefined),
        ),
      fc.tuple(index, key).map(([i, k]) => new CancelPayment(i, k)),
      fc.constant(null).map(() => new RetryLastKeyedWrite()),
      index.map((i) => new GetPayment(i)),
      index.map((i) => new ListRefunds(i)),
      fc.tuple(index, fc.nat({ max: 19 })).map(([i, r]) => new GetRefund(i, r)),
      fc
        .tuple(
          currency,
          fc.option(fc.oneof(fc.nat({ max: 2_000 }), fc.nat({ max: 60_000 })), { nil: undefined }),
        )
        .map(([c, minor]) => new SetBalance(c, minor)),
      fc
        .tuple(index, fc.oneof(fc.constant(0), fc.integer({ min: -2, max: 2 })))
        .map(([i, delta]) => new SetBalanceNearDebit(i, delta)),
      fc
        .oneof(
          fc.constantFrom(1, 23, 24).map((h) => h * HOUR_MS),
          fc.integer({ min: 1, max: 48 }).map((h) => h * HOUR_MS),
          fc.integer({ min: 1, max: 60 }).map((d) => d * DAY_MS),
        )
        .map((ms) => new AdvanceClock(ms)),
    ],
    { maxCommands: 30, size: 'max' },
  );
