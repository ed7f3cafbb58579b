import { classicPolicy, currentPolicy, type GatewayError, type Payment } from '@reembolso/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concurrentRefundsProperty } from './concurrency/concurrent-refunds-property.js';
import { oneKeyProperty } from './concurrency/one-key-property.js';
import { expectOk } from './expect-ok.js';
import {
  approvedPayment,
  authorizedPayment,
  CONTRACT_EPOCH,
  DAY_MS,
  pendingPayment,
} from './fixtures.js';
import type { ContractHarness, ContractSetup, GatewayContractOptions } from './harness.js';
import { runGatewayModel } from './model/run-gateway-model.js';
import { outcomeType } from './outcome-type.js';

/**
 * Registers, inside a `describe(name)`, the tests that define a reembolso gateway adapter: every
 * operation of the port, every rejection reachable through it (and that a rejection changes
 * nothing), cancellation, idempotency (replay, conflict, expiry after 24 hours, in-flight),
 * atomicity under concurrency, advanced payments, and a model-based test of random sequences.
 * Call it from a vitest test file of the adapter; vitest is a peer dependency.
 *
 * Returns nothing; failures are vitest test failures.
 */
export const runGatewayContract = (options: GatewayContractOptions): void => {
  const capabilities = options.capabilities ?? {};
  const concurrency = capabilities.concurrency ?? 200;
  const concurrencyRuns = capabilities.concurrencyRuns ?? 10;

  const withHarness = async (
    body: (harness: ContractHarness) => Promise<void>,
    setup: Partial<ContractSetup> = {},
  ): Promise<void> => {
    const harness = await options.create({
      clock: CONTRACT_EPOCH,
      policy: classicPolicy,
      latencyMs: 0,
      ...setup,
    });
    try {
      await body(harness);
    } finally {
      await harness.close?.();
    }
  };

  const seed = async (harness: ContractHarness, payment: Payment): Promise<Payment> =>
    expectOk(await harness.controls.seedPayment(payment));

  describe(`${options.name}: the gateway contract`, () => {
    describe('reads', () => {
      it('gets a seeded payment as it was stored', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          expect(expectOk(await h.gateway.getPayment(payment.id))).toEqual(payment);
        }));

      it('answers PaymentNotFound for an unknown payment', () =>
        withHarness(async (h) => {
          expect(outcomeType(await h.gateway.getPayment('123456789'))).toBe('PaymentNotFound');
        }));

      it('answers InvalidId for an id that is not digits, before anything else', () =>
        withHarness(async (h) => {
          expect(outcomeType(await h.gateway.getPayment('12a'))).toBe('InvalidId');
          expect(outcomeType(await h.gateway.listRefunds('../1'))).toBe('InvalidId');
        }));

      it('lists no refunds for a payment never refunded', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          expect(expectOk(await h.gateway.listRefunds(payment.id))).toEqual([]);
        }));

      it('answers RefundNotFound for a refund the payment does not hold', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          expect(outcomeType(await h.gateway.getRefund(payment.id, '42'))).toBe('RefundNotFound');
        }));
    });

    describe('refunds', () => {
      it('refunds part of a payment, which stays approved/partially_refunded', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          const refund = expectOk(await h.gateway.createRefund(payment.id, { amount: 2_550 }));
          expect(refund.amount).toBe(2_550);
          expect(refund.paymentId).toBe(payment.id);
          const after = expectOk(await h.gateway.getPayment(payment.id));
          expect(after).toMatchObject({
            status: 'approved',
            statusDetail: 'partially_refunded',
            refundedAmount: 2_550,
          });
          expect(expectOk(await h.gateway.listRefunds(payment.id))).toEqual([refund]);
          expect(expectOk(await h.gateway.getRefund(payment.id, refund.id))).toEqual(refund);
        }));

      it('refunds everything when no amount is given, leaving refunded/refunded', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          const refund = expectOk(await h.gateway.createRefund(payment.id, {}));
          expect(refund.amount).toBe(payment.transactionAmount);
          expect(expectOk(await h.gateway.getPayment(payment.id))).toMatchObject({
            status: 'refunded',
            statusDetail: 'refunded',
            refundedAmount: payment.transactionAmount,
          });
        }));

      it('refunds the remainder after partial refunds and then refuses any more', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          expectOk(await h.gateway.createRefund(payment.id, { amount: 1_000 }));
          expectOk(await h.gateway.createRefund(payment.id, { amount: 9_000 }));
          expect(expectOk(await h.gateway.getPayment(payment.id)).status).toBe('refunded');
          expect(outcomeType(await h.gateway.createRefund(payment.id, { amount: 1 }))).toBe(
            'InvalidPaymentState',
          );
        }));

      it('takes the 20th refund and refuses the 21st with TooManyRefunds', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          for (let i = 0; i < 20; i += 1) {
            expectOk(await h.gateway.createRefund(payment.id, { amount: 100 }));
          }
          expect(outcomeType(await h.gateway.createRefund(payment.id, { amount: 100 }))).toBe(
            'TooManyRefunds',
          );
          expect(expectOk(await h.gateway.listRefunds(payment.id))).toHaveLength(20);
        }));

      const rejections: readonly {
        readonly name: string;
        readonly payment: () => Payment;
        readonly amount?: number;
        readonly arrange?: (h: ContractHarness) => Promise<void>;
        readonly expected: GatewayError['type'];
      }[] = [
        {
          name: 'a zero amount',
          payment: () => approvedPayment(),
          amount: 0,
          expected: 'AmountNotPositive',
        },
        {
          name: 'a negative amount',
          payment: () => approvedPayment(),
          amount: -5,
          expected: 'AmountNotPositive',
        },
        {
          name: 'a fraction of a minor unit',
          payment: () => approvedPayment(),
          amount: 10.5,
          expected: 'AmountNotNumeric',
        },
        {
          name: 'a pending payment',
          payment: () => pendingPayment(),
          amount: 100,
          expected: 'InvalidPaymentState',
        },
        {
          name: 'an authorized reserve',
          payment: () => authorizedPayment(),
          amount: 100,
          expected: 'InvalidPaymentState',
        },
        {
          name: 'a payment past the 90-day window',
          payment: () => approvedPayment(),
          amount: 100,
          arrange: async (h) => {
            await h.controls.advanceClock(89 * DAY_MS + 1);
          },
          expected: 'RefundWindowExpired',
        },
        {
          name: 'a partial refund of a Mercado Libre item',
          payment: () => approvedPayment({ marketplace: 'MELI' }),
          amount: 100,
          expected: 'PartialRefundUnsupported',
        },
        {
          name: 'more than remains',
          payment: () => approvedPayment(),
          amount: 10_001,
          expected: 'AmountExceedsRefundable',
        },
        {
          name: 'a debit beyond the available balance',
          payment: () => approvedPayment(),
          amount: 5_000,
          arrange: async (h) => {
            await h.controls.setBalance('BRL', 100);
          },
          expected: 'InsufficientBalance',
        },
      ];
      for (const rejection of rejections) {
        it(`refuses ${rejection.name} with ${rejection.expected}, changing nothing`, () =>
          withHarness(async (h) => {
            const payment = await seed(h, rejection.payment());
            await rejection.arrange?.(h);
            const request = rejection.amount === undefined ? {} : { amount: rejection.amount };
            const result = await h.gateway.createRefund(payment.id, request);
            expect(outcomeType(result)).toBe(rejection.expected);
            expect(expectOk(await h.gateway.getPayment(payment.id))).toEqual(payment);
          }));
      }

      it('refuses a refund of an unknown payment with PaymentNotFound', () =>
        withHarness(async (h) => {
          expect(outcomeType(await h.gateway.createRefund('987654321', { amount: 100 }))).toBe(
            'PaymentNotFound',
          );
        }));

      it('allows a refund exactly at the end of the window', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          await h.controls.advanceClock(89 * DAY_MS);
          expectOk(await h.gateway.createRefund(payment.id, { amount: 100 }));
        }));

      it('debits the collector balance by the refund less the collector fees returned', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          await h.controls.setBalance('BRL', 5_000);
          expectOk(await h.gateway.createRefund(payment.id, { amount: 5_000 }));
          // 5 000 − round_half_even(499 × 5 000 / 10 000) = 5 000 − 250 = 4 750 ≤ 5 000.
          await h.controls.setBalance('BRL', 4_749);
          expect(outcomeType(await h.gateway.createRefund(payment.id, { amount: 5_000 }))).toBe(
            'InsufficientBalance',
          );
        }));
    });

    describe('cancellation', () => {
      it('cancels a pending payment: cancelled/by_collector, date_approved cleared', () =>
        withHarness(async (h) => {
          const payment = await seed(h, pendingPayment());
          const cancelled = expectOk(await h.gateway.cancelPayment(payment.id));
          expect(cancelled).toMatchObject({
            id: payment.id,
            status: 'cancelled',
            statusDetail: 'by_collector',
            dateApproved: null,
          });
          expect(expectOk(await h.gateway.getPayment(payment.id))).toEqual(cancelled);
        }));

      it('refuses to cancel an approved payment with CancellationNotAllowed', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          expect(outcomeType(await h.gateway.cancelPayment(payment.id))).toBe(
            'CancellationNotAllowed',
          );
          expect(expectOk(await h.gateway.getPayment(payment.id))).toEqual(payment);
        }));

      it('never changes a cancelled payment again', () =>
        withHarness(async (h) => {
          const payment = await seed(h, pendingPayment());
          expectOk(await h.gateway.cancelPayment(payment.id));
          expect(outcomeType(await h.gateway.cancelPayment(payment.id))).toBe(
            'CancellationNotAllowed',
          );
          expect(outcomeType(await h.gateway.createRefund(payment.id, {}))).toBe(
            'InvalidPaymentState',
          );
        }));

      it('refuses to cancel an authorized reserve under the classic policy', () =>
        withHarness(async (h) => {
          const payment = await seed(h, authorizedPayment());
          expect(outcomeType(await h.gateway.cancelPayment(payment.id))).toBe(
            'CancellationNotAllowed',
          );
        }));

      it('cancels an authorized reserve under the current policy, keeping captured false', () =>
        withHarness(
          async (h) => {
            const payment = await seed(h, authorizedPayment());
            expect(expectOk(await h.gateway.cancelPayment(payment.id))).toMatchObject({
              status: 'cancelled',
              captured: false,
            });
          },
          { policy: currentPolicy },
        ));
    });

    describe('idempotency', () => {
      it('replays a write under the same key instead of refunding twice', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          const first = expectOk(
            await h.gateway.createRefund(payment.id, { amount: 700 }, { idempotencyKey: 'k-1' }),
          );
          const again = expectOk(
            await h.gateway.createRefund(payment.id, { amount: 700 }, { idempotencyKey: 'k-1' }),
          );
          expect(again).toEqual(first);
          expect(expectOk(await h.gateway.listRefunds(payment.id))).toHaveLength(1);
        }));

      it('refuses a different request under a used key with IdempotencyConflict', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          expectOk(
            await h.gateway.createRefund(payment.id, { amount: 700 }, { idempotencyKey: 'k-2' }),
          );
          const other = await h.gateway.createRefund(
            payment.id,
            { amount: 800 },
            { idempotencyKey: 'k-2' },
          );
          expect(outcomeType(other)).toBe('IdempotencyConflict');
          expect(expectOk(await h.gateway.listRefunds(payment.id))).toHaveLength(1);
        }));

      it('replays a rejection too, even once the cause is gone', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          await h.controls.setBalance('BRL', 0);
          const first = await h.gateway.createRefund(
            payment.id,
            { amount: 700 },
            { idempotencyKey: 'k-3' },
          );
          expect(outcomeType(first)).toBe('InsufficientBalance');
          await h.controls.setBalance('BRL', 1_000_000);
          const again = await h.gateway.createRefund(
            payment.id,
            { amount: 700 },
            { idempotencyKey: 'k-3' },
          );
          expect(outcomeType(again)).toBe('InsufficientBalance');
          expectOk(
            await h.gateway.createRefund(payment.id, { amount: 700 }, { idempotencyKey: 'k-4' }),
          );
        }));

      it('forgets a key after 24 hours', () =>
        withHarness(async (h) => {
          const payment = await seed(h, approvedPayment());
          expectOk(
            await h.gateway.createRefund(payment.id, { amount: 700 }, { idempotencyKey: 'k-5' }),
          );
          await h.controls.advanceClock(DAY_MS);
          expectOk(
            await h.gateway.createRefund(payment.id, { amount: 700 }, { idempotencyKey: 'k-5' }),
          );
          expect(expectOk(await h.gateway.listRefunds(payment.id))).toHaveLength(2);
        }));

      it('replays a cancellation under the same key', () =>
        withHarness(async (h) => {
          const payment = await seed(h, pendingPayment());
          const first = expectOk(
            await h.gateway.cancelPayment(payment.id, { idempotencyKey: 'c-1' }),
          );
          expect(
            expectOk(await h.gateway.cancelPayment(payment.id, { idempotencyKey: 'c-1' })),
          ).toEqual(first);
        }));

      it.runIf(capabilities.observesInFlight ?? false)(
        'refuses a key whose first request is still running with IdempotencyInProgress',
        () =>
          withHarness(
            async (h) => {
              const payment = await seed(h, approvedPayment());
              const [first, second] = await Promise.all([
                h.gateway.createRefund(payment.id, { amount: 700 }, { idempotencyKey: 'k-6' }),
                h.gateway.createRefund(payment.id, { amount: 700 }, { idempotencyKey: 'k-6' }),
              ]);
              expect([outcomeType(first), outcomeType(second)].sort()).toEqual([
                'IdempotencyInProgress',
                'ok',
              ]);
            },
            { latencyMs: 50 },
          ),
      );
    });

    describe('concurrency', () => {
      // Random schedules of call starts (and of the adapter's inner steps, where its harness
      // uses `schedule`), with and without latency, so that a read-then-write race shows.
      it(`never over-refunds, passes 20 refunds nor overdraws the balance under up to ${concurrency} concurrent refunds`, () =>
        fc.assert(concurrentRefundsProperty(options.create, concurrency), {
          numRuns: concurrencyRuns,
        }));

      it(`creates exactly one refund from up to ${concurrency} concurrent calls with one key`, () =>
        fc.assert(oneKeyProperty(options.create, concurrency), { numRuns: concurrencyRuns }));
    });

    describe.runIf(capabilities.advancedPayments ?? true)('advanced payments', () => {
      const seedSplit = async (
        h: ContractHarness,
        amounts: readonly number[],
        extra: Partial<Payment> = {},
      ) => {
        const disbursements = amounts.map((transactionAmount) =>
          approvedPayment({ transactionAmount, feeDetails: [], ...extra }),
        );
        const advanced = expectOk(await h.controls.seedAdvancedPayment({ disbursements }));
        return { id: advanced.id, disbursements };
      };

      it('spreads a partial amount in proportion to what each disbursement has left', () =>
        withHarness(async (h) => {
          const split = await seedSplit(h, [3_000, 1_000]);
          const refunds = expectOk(
            await h.gateway.refundAdvancedPayment(split.id, { amount: 1_001 }),
          );
          // 1 001 × 3/4 = 750.75 and 250.25: floors 750 + 250, the leftover unit to the larger remainder.
          expect(refunds.map((r) => r.amount)).toEqual([751, 250]);
        }));

      it('refunds every disbursement in full when no amount is given', () =>
        withHarness(async (h) => {
          const split = await seedSplit(h, [3_000, 1_000]);
          const refunds = expectOk(await h.gateway.refundAdvancedPayment(split.id, {}));
          expect(refunds.map((r) => r.amount)).toEqual([3_000, 1_000]);
          for (const disbursement of split.disbursements) {
            expect(expectOk(await h.gateway.getPayment(disbursement.id)).status).toBe('refunded');
          }
        }));

      it('refunds nothing when any disbursement refuses its share', () =>
        withHarness(async (h) => {
          const good = approvedPayment({ transactionAmount: 3_000, feeDetails: [] });
          const meli = approvedPayment({
            transactionAmount: 1_000,
            feeDetails: [],
            marketplace: 'MELI',
          });
          const advanced = expectOk(
            await h.controls.seedAdvancedPayment({ disbursements: [good, meli] }),
          );
          const result = await h.gateway.refundAdvancedPayment(advanced.id, { amount: 400 });
          expect(outcomeType(result)).toBe('PartialRefundUnsupported');
          expect(expectOk(await h.gateway.getPayment(good.id))).toEqual(good);
        }));

      it('refuses an advanced refund whose debits together exceed the balance', () =>
        withHarness(async (h) => {
          const split = await seedSplit(h, [3_000, 1_000]);
          await h.controls.setBalance('BRL', 3_500);
          const result = await h.gateway.refundAdvancedPayment(split.id, {});
          expect(outcomeType(result)).toBe('InsufficientBalance');
          for (const disbursement of split.disbursements) {
            expect(expectOk(await h.gateway.getPayment(disbursement.id))).toEqual(disbursement);
          }
        }));

      it('answers InvalidSplitterId for an id that is not digits', () =>
        withHarness(async (h) => {
          expect(outcomeType(await h.gateway.refundAdvancedPayment('abc', {}))).toBe(
            'InvalidSplitterId',
          );
        }));

      it('answers AdvancedPaymentNotFound for an unknown advanced payment', () =>
        withHarness(async (h) => {
          expect(outcomeType(await h.gateway.refundAdvancedPayment('777', {}))).toBe(
            'AdvancedPaymentNotFound',
          );
        }));
    });

    describe('model', () => {
      it(`agrees with a model written from the spec over ${capabilities.modelRuns ?? 200} random sequences`, () =>
        runGatewayModel(options.create, capabilities.modelRuns ?? 200));
    });
  });
};
