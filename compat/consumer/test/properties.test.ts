// A user's property test on the core rules, with the arbitraries of @reembolso/core/testing.
import { classicPolicy, planRefund, remainingOf } from '@reembolso/core';
import { refundablePaymentArb, refundRequestArb } from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const now = new Date('2026-03-02T12:00:00Z');

describe('planRefund: properties', () => {
  it('never plans more than what is left to refund', () => {
    const scenario = refundablePaymentArb({ now, policy: classicPolicy }).chain((payment) =>
      refundRequestArb(payment).map((request) => ({ payment, request })),
    );
    fc.assert(
      fc.property(scenario, ({ payment, request }) => {
        const plan = planRefund(payment, request, { now, policy: classicPolicy });
        if (plan.isOk()) {
          expect(plan.value.amount).toBeGreaterThan(0);
          expect(plan.value.amount).toBeLessThanOrEqual(remainingOf(payment));
        }
      }),
      { numRuns: 200 },
    );
  });
});
