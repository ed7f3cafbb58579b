import type { GatewayError, Payment, Refund } from '@reembolso/core';
import fc from 'fast-check';
import type { Result } from 'neverthrow';
import { expect } from 'vitest';
import { expectOk } from '../expect-ok.js';
import { approvedPayment } from '../fixtures.js';
import type { GatewayContractOptions } from '../harness.js';
import { outcomeType } from '../outcome-type.js';
import { withScheduledHarness } from './scheduled-harness.js';

const PAYMENTS = 2;
const MAX_REFUNDS = 20;

/** One concurrent refund: which payment, how much, under its own key. */
interface RefundCall {
  readonly payment: number;
  readonly amount: number;
}

/**
 * The property behind "never over-refunds, passes 20 refunds nor overdraws the balance": under
 * 2 to `concurrency` refunds started in a random order (and, with latency, overlapping in flight) on
 * two fee-free payments of 50.00 that share one balance, each accepted refund is stored, the
 * payments never refund more than was paid nor hold more than 20 refunds, the balance never
 * goes below zero, and every refusal is one the final state explains (so the adapter does not
 * refuse what the rules allow either).
 *
 * Returns the fast-check property; run it with `fc.assert` (or `fc.check` to inspect a failure).
 */
export const concurrentRefundsProperty = (
  create: GatewayContractOptions['create'],
  concurrency: number,
) =>
  fc.asyncProperty(
    fc.scheduler(),
    fc.array(
      fc.record({
        payment: fc.nat({ max: PAYMENTS - 1 }),
        amount: fc.integer({ min: 100, max: 1_500 }),
      }),
      { minLength: Math.min(2, concurrency), maxLength: concurrency, size: 'max' },
    ),
    fc.option(fc.integer({ min: 1_000, max: 15_000 }), { nil: undefined, freq: 1 }),
    fc.constantFrom(0, 2),
    (scheduler, calls, balance, latencyMs) =>
      withScheduledHarness(
        create,
        scheduler,
        latencyMs,
        async ({ harness, drive, startScheduled }) => {
          const payments: Payment[] = [];
          for (let i = 0; i < PAYMENTS; i += 1) {
            const payment = approvedPayment({ transactionAmount: 5_000, feeDetails: [] });
            payments.push(expectOk(await drive(harness.controls.seedPayment(payment))));
          }
          await drive(harness.controls.setBalance('BRL', balance));
          const results = await drive(
            Promise.all(
              calls.map((call, i) =>
                startScheduled(`refund #${i}: ${call.amount} of payment ${call.payment}`, () =>
                  harness.gateway.createRefund(
                    payments[call.payment]?.id ?? '',
                    { amount: call.amount },
                    { idempotencyKey: `concurrent-${i}` },
                  ),
                ),
              ),
            ),
          );
          const after: Payment[] = [];
          for (const payment of payments) {
            after.push(expectOk(await drive(harness.gateway.getPayment(payment.id))));
          }
          checkOutcomes(calls, results, after, balance);
        },
      ),
  );

const checkOutcomes = (
  calls: readonly RefundCall[],
  results: readonly Result<Refund, GatewayError>[],
  after: readonly Payment[],
  balance: number | undefined,
): void => {
  let debited = 0;
  after.forEach((payment, index) => {
    const accepted = results.flatMap((result, i) =>
      result.isOk() && calls[i]?.payment === index ? [result.value] : [],
    );
    // Every refund answered is stored, and nothing else is.
    expect(payment.refunds.map((r) => r.id).sort()).toEqual(accepted.map((r) => r.id).sort());
    const refunded = accepted.reduce((sum, refund) => sum + refund.amount, 0);
    expect(payment.refundedAmount).toBe(refunded);
    expect(payment.refundedAmount).toBeLessThanOrEqual(payment.transactionAmount);
    expect(payment.refunds.length).toBeLessThanOrEqual(MAX_REFUNDS);
    debited += refunded;
  });
  if (balance !== undefined) expect(debited).toBeLessThanOrEqual(balance);
  // A refusal happened at some instant; remaining amount and balance only shrink after it.
  results.forEach((result, i) => {
    const call = calls[i];
    const payment = call === undefined ? undefined : after[call.payment];
    if (result.isOk() || call === undefined || payment === undefined) return;
    const why = `${outcomeType(result)} for refund #${i} (${call.amount})`;
    switch (result.error.type) {
      case 'AmountExceedsRefundable':
        expect(call.amount, why).toBeGreaterThan(
          payment.transactionAmount - payment.refundedAmount,
        );
        break;
      case 'InvalidPaymentState':
        expect(payment.status, why).toBe('refunded');
        break;
      case 'TooManyRefunds':
        expect(payment.refunds.length, why).toBe(MAX_REFUNDS);
        break;
      case 'InsufficientBalance':
        expect(balance, why).toBeDefined();
        expect(call.amount, why).toBeGreaterThan((balance ?? 0) - debited);
        break;
      default:
        expect.fail(`unexpected ${why}`);
    }
  });
};
