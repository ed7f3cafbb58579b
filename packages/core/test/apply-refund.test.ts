import { applyRefund, planRefund } from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import { aPayment, deepFreeze, NOW, refundFor, withRefunds } from './fixtures.js';

describe('applyRefund', () => {
  it('appends the refund and updates the refunded total, status and detail', () => {
    const payment = aPayment();
    const plan = planRefund(payment, { amount: 2500 }, { now: NOW })._unsafeUnwrap();
    const refund = refundFor(plan, 0, NOW);
    expect(applyRefund(payment, plan, refund)).toEqual({
      ...payment,
      status: 'approved',
      statusDetail: 'partially_refunded',
      refundedAmount: 2500,
      refunds: [refund],
    });
  });

  it('leaves a fully refunded payment refunded/refunded', () => {
    const payment = withRefunds(aPayment(), [2500]);
    const plan = planRefund(payment, {}, { now: NOW })._unsafeUnwrap();
    const after = applyRefund(payment, plan, refundFor(plan, 1, NOW));
    expect(after).toMatchObject({
      status: 'refunded',
      statusDetail: 'refunded',
      refundedAmount: 10_000,
    });
    expect(after.refunds).toHaveLength(2);
  });

  it('never mutates the payment, the plan or the refund', () => {
    const payment = deepFreeze(withRefunds(aPayment(), [2500]));
    const before = structuredClone(payment);
    const plan = deepFreeze(planRefund(payment, { amount: 100 }, { now: NOW })._unsafeUnwrap());
    const refund = deepFreeze(refundFor(plan, 1, NOW));
    const after = applyRefund(payment, plan, refund);
    expect(payment).toEqual(before);
    expect(after.refunds).not.toBe(payment.refunds);
    expect(after.refundedAmount).toBe(2600);
  });
});
