import fc from 'fast-check';
import { expect } from 'vitest';
import { expectOk } from '../expect-ok.js';
import { approvedPayment } from '../fixtures.js';
import type { GatewayContractOptions } from '../harness.js';
import { outcomeType } from '../outcome-type.js';
import { withScheduledHarness } from './scheduled-harness.js';

/**
 * The property behind "creates exactly one refund from concurrent calls with one key": under
 * 2 to `concurrency` refunds of one payment sent with the same idempotency key, each for 5.00
 * or 7.00, started in a random order (and, with latency, overlapping in flight), exactly one
 * refund exists; every
 * call answered with a refund answers that one; a call with its body is otherwise refused as
 * in progress (409), and a call with the other body as a conflict (422) or in progress.
 *
 * Returns the fast-check property; run it with `fc.assert` (or `fc.check` to inspect a failure).
 */
export const oneKeyProperty = (create: GatewayContractOptions['create'], concurrency: number) =>
  fc.asyncProperty(
    fc.scheduler(),
    fc.array(fc.constantFrom(500, 700), {
      minLength: Math.min(2, concurrency),
      maxLength: concurrency,
      size: 'max',
    }),
    fc.constantFrom(0, 2),
    (scheduler, amounts, latencyMs) =>
      withScheduledHarness(
        create,
        scheduler,
        latencyMs,
        async ({ harness, drive, startScheduled }) => {
          const payment = expectOk(await drive(harness.controls.seedPayment(approvedPayment())));
          const results = await drive(
            Promise.all(
              amounts.map((amount, i) =>
                startScheduled(`call #${i}: ${amount} under one key`, () =>
                  harness.gateway.createRefund(
                    payment.id,
                    { amount },
                    { idempotencyKey: 'one-key' },
                  ),
                ),
              ),
            ),
          );
          const refunds = expectOk(await drive(harness.gateway.listRefunds(payment.id)));
          expect(refunds).toHaveLength(1);
          const [refund] = refunds;
          results.forEach((result, i) => {
            const why = `${outcomeType(result)} for call #${i} (${amounts[i]})`;
            if (result.isOk()) {
              expect(result.value.id, why).toBe(refund?.id);
              expect(result.value.amount, why).toBe(refund?.amount);
            } else if (amounts[i] === refund?.amount) {
              expect(result.error.type, why).toBe('IdempotencyInProgress');
            } else {
              expect(['IdempotencyConflict', 'IdempotencyInProgress'], why).toContain(
                result.error.type,
              );
            }
          });
        },
      ),
  );
