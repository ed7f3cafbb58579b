// The property test of docs/guide/testing.md, run by `vitest run docs`.

// #region properties
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { classicPolicy } from '@reembolso/core';
import { refundablePaymentArb, refundSequenceArb } from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { refundFromDesk } from './refund-desk.js';

const now = new Date('2026-03-02T12:00:00Z');

describe('the refund desk: properties', () => {
  it('never refunds more than was paid, whatever the agents type', async () => {
    const scenario = refundablePaymentArb({ now, policy: classicPolicy }).chain((payment) =>
      refundSequenceArb(payment).map((requests) => ({ payment, requests })),
    );
    await fc.assert(
      fc.asyncProperty(scenario, async ({ payment, requests }) => {
        const gateway = createMemoryGateway({ clock: now });
        gateway.seedPayment(payment);
        const refund = refundFromDesk({ gateway, now: gateway.now });
        for (const { amount } of requests) await refund(payment.id, amount);

        const after = (await gateway.getPayment(payment.id))._unsafeUnwrap();
        const refunds = (await gateway.listRefunds(payment.id))._unsafeUnwrap();
        const refunded = refunds.reduce((sum, r) => sum + r.amount, 0);
        expect(refunded).toBe(after.refundedAmount);
        expect(refunded).toBeLessThanOrEqual(payment.transactionAmount);
        expect(refunds.length).toBeLessThanOrEqual(classicPolicy.maxRefunds);
      }),
      { numRuns: 100 },
    );
  });
});
// #endregion properties
