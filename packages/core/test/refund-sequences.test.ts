import {
  applyRefund,
  classicPolicy,
  currentPolicy,
  type Payment,
  planRefund,
  proportionalShare,
  type RefundPlan,
  type RefundPolicy,
  type RefundRequest,
} from '@reembolso/core';
import {
  defaultNow,
  paymentArb,
  refundablePaymentArb,
  refundRequestArb,
  refundSequenceArb,
} from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, refundFor } from './fixtures.js';

const now = defaultNow;
const policyArb = fc.constantFrom(classicPolicy, currentPolicy);

interface Run {
  readonly start: Payment;
  readonly payments: readonly Payment[];
  readonly plans: readonly RefundPlan[];
}

/** Sends every request in turn; each accepted plan is applied, as a provider would. */
const run = (start: Payment, requests: readonly RefundRequest[], policy: RefundPolicy): Run => {
  const payments = [start];
  const plans: RefundPlan[] = [];
  let payment = start;
  for (const request of requests) {
    const plan = planRefund(payment, request, { now, policy });
    if (plan.isErr()) continue;
    plans.push(plan.value);
    payment = applyRefund(payment, plan.value, refundFor(plan.value, plans.length, now));
    payments.push(payment);
  }
  return { start, payments, plans };
};

/** A payment, a policy and a sequence of requests for it. */
const scenarioArb = (payments: fc.Arbitrary<Payment>) =>
  fc
    .tuple(payments, policyArb)
    .chain(([payment, policy]) =>
      fc.tuple(fc.constant(payment), fc.constant(policy), refundSequenceArb(payment)),
    );

const anyScenario = scenarioArb(paymentArb({ now }));
const refundableScenario = scenarioArb(refundablePaymentArb({ now }));

/** Like the scenario, with a final request for whatever remains. */
const drained = ([payment, policy, requests]: [Payment, RefundPolicy, RefundRequest[]]) =>
  run(payment, [...requests, {}], policy);

describe('properties', () => {
  it('never refunds more than was paid', () => {
    fc.assert(
      fc.property(anyScenario, ([payment, policy, requests]) => {
        for (const after of run(payment, requests, policy).payments) {
          expect(after.refundedAmount).toBeLessThanOrEqual(after.transactionAmount);
          expect(after.refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(after.refundedAmount);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never holds more than 20 refunds', () => {
    let reachedTheLimit = 0;
    fc.assert(
      fc.property(refundableScenario, ([payment, policy, requests]) => {
        const { payments } = run(payment, requests, policy);
        const last = payments[payments.length - 1];
        expect(last?.refunds.length).toBeLessThanOrEqual(20);
        if (last?.refunds.length === 20) reachedTheLimit += 1;
      }),
      { numRuns: 1000 },
    );
    // The property means something only if sequences do reach the limit.
    expect(reachedTheLimit).toBeGreaterThan(20);
  });

  it('is refunded/refunded exactly when fully refunded, approved/partially_refunded before', () => {
    fc.assert(
      fc.property(refundableScenario, (scenario) => {
        const { payments } = drained(scenario);
        for (const after of payments.slice(1)) {
          const full = after.refundedAmount === after.transactionAmount;
          expect([after.status, after.statusDetail]).toEqual(
            full ? ['refunded', 'refunded'] : ['approved', 'partially_refunded'],
          );
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is total only for a first refund of the whole amount', () => {
    fc.assert(
      fc.property(refundableScenario, (scenario) => {
        const { start, plans } = drained(scenario);
        for (const [index, plan] of plans.entries()) {
          const total =
            index === 0 && start.refunds.length === 0 && plan.amount === start.transactionAmount;
          expect(plan.kind).toBe(total ? 'total' : 'partial');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives back each fee share within one minor unit of the exact proportion', () => {
    fc.assert(
      fc.property(refundableScenario, (scenario) => {
        const { start, plans } = drained(scenario);
        const paid = BigInt(start.transactionAmount);
        for (const plan of plans) {
          for (const [index, share] of plan.fees.entries()) {
            const fee = BigInt(start.feeDetails[index]?.amount ?? 0);
            // |share − fee × amount / paid| ≤ 1, kept in integers.
            const gap = BigInt(share.amount) * paid - fee * BigInt(plan.amount);
            expect(gap <= paid && gap >= -paid).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('returns every fee exactly, to the unit, once everything is refunded', () => {
    let fullyRefunded = 0;
    fc.assert(
      fc.property(refundableScenario, (scenario) => {
        const { start, plans, payments } = drained(scenario);
        const last = payments[payments.length - 1];
        if (last?.refundedAmount !== last?.transactionAmount) return;
        fullyRefunded += 1;
        for (const [index, fee] of start.feeDetails.entries()) {
          const returnedBefore = proportionalShare(
            fee.amount,
            start.refundedAmount,
            start.transactionAmount,
          );
          const returned = plans.reduce((sum, plan) => sum + (plan.fees[index]?.amount ?? 0), 0);
          expect(returnedBefore + returned).toBe(fee.amount);
        }
      }),
      { numRuns: 1000 },
    );
    expect(fullyRefunded).toBeGreaterThan(300);
  });

  it('pays the payer the amount plus payer-paid fee shares, and debits the collector the amount minus collector-paid shares', () => {
    fc.assert(
      fc.property(refundableScenario, (scenario) => {
        for (const plan of drained(scenario).plans) {
          const sharesOf = (payer: string) =>
            plan.fees
              .filter((fee) => fee.payer === payer)
              .reduce((sum, fee) => sum + fee.amount, 0);
          expect(plan.payerReceives).toBe(plan.amount + sharesOf('payer'));
          expect(plan.collectorDebit).toBe(plan.amount - sharesOf('collector'));
          expect(plan.refundedAfter).toBe(plan.refundedBefore + plan.amount);
          expect(plan.remainingAfter).toBe(scenario[0].transactionAmount - plan.refundedAfter);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a rejection leaves the payment unchanged, and no call mutates its (deeply frozen) inputs', () => {
    const caseArb = fc
      .tuple(
        paymentArb({ now }),
        policyArb,
        fc.option(fc.integer({ min: 0, max: 10 ** 12 }), { nil: undefined }),
      )
      .chain(([payment, policy, availableBalance]) =>
        fc.tuple(
          fc.constant(payment),
          fc.constant(policy),
          fc.constant(availableBalance),
          refundRequestArb(payment),
        ),
      );
    let rejections = 0;
    fc.assert(
      fc.property(caseArb, ([payment, policy, availableBalance, request]) => {
        const before = structuredClone(payment);
        const frozen = deepFreeze(payment);
        const context = deepFreeze(
          availableBalance === undefined ? { now, policy } : { now, policy, availableBalance },
        );
        const result = planRefund(frozen, deepFreeze(request), context);
        expect(frozen).toEqual(before);
        if (result.isErr()) {
          rejections += 1;
          return;
        }
        const after = applyRefund(
          frozen,
          deepFreeze(result.value),
          deepFreeze(refundFor(result.value, 0, now)),
        );
        expect(frozen).toEqual(before);
        expect(after.refunds).toHaveLength(before.refunds.length + 1);
      }),
      { numRuns: 1000 },
    );
    expect(rejections).toBeGreaterThan(100);
  });
});
