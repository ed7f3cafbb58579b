import {
  applyCancellation,
  applyRefund,
  classicPolicy,
  diffPayment,
  type Payment,
  type PaymentEvent,
  planCancellation,
  planRefund,
  type RefundPlan,
} from '@reembolso/core';
import { defaultNow, paymentArb, refundSequenceArb } from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aPayment, aRefund, deepFreeze, NOW, refundFor, withRefunds } from './fixtures.js';

const now = defaultNow;

interface Step {
  readonly payment: Payment;
  /** What happened at this step, as event type and key. */
  readonly happened: readonly { readonly type: PaymentEvent['type']; readonly key: string }[];
  readonly plan: RefundPlan | null;
}

/** A history: the payment as it started, then one state per change that was accepted. */
interface History {
  readonly start: Payment;
  readonly steps: readonly Step[];
}

const approve = (payment: Payment): Step => ({
  payment: { ...payment, status: 'approved', statusDetail: 'accredited', dateApproved: now },
  happened: [{ type: 'PaymentApproved', key: `approved:${payment.id}` }],
  plan: null,
});

// A pending payment that is cancelled, or approved and then sent refund requests; the refused
// requests change nothing and are not steps.
const historyArb: fc.Arbitrary<History> = paymentArb({ now, status: 'pending' }).chain((start) =>
  fc.oneof(
    fc.constant<History>({
      start,
      steps: [
        {
          payment: applyCancellation(start, planCancellation(start)._unsafeUnwrap()),
          happened: [{ type: 'PaymentCancelled', key: `cancelled:${start.id}` }],
          plan: null,
        },
      ],
    }),
    refundSequenceArb(approve(start).payment).map((requests): History => {
      const steps: Step[] = [approve(start)];
      let payment = steps[0]?.payment ?? start;
      for (const request of requests) {
        const plan = planRefund(payment, request, { now, policy: classicPolicy });
        if (plan.isErr()) continue;
        const refund = {
          ...refundFor(plan.value, 0, now),
          id: String(9_900_000_000 + steps.length),
        };
        payment = applyRefund(payment, plan.value, refund);
        steps.push({
          payment,
          plan: plan.value,
          happened: [
            { type: 'RefundCreated', key: `refund:${payment.id}:${refund.id}` },
            ...(plan.value.statusAfter === 'refunded'
              ? [{ type: 'PaymentFullyRefunded' as const, key: `refunded:${payment.id}` }]
              : []),
          ],
        });
      }
      return { start, steps };
    }),
  ),
);

/** A history and its steps in some order: the order notifications, or readings, arrive in. */
const shuffledHistoryArb = historyArb.chain((history) =>
  fc.tuple(
    fc.constant(history),
    fc.shuffledSubarray([...history.steps], {
      minLength: history.steps.length,
      maxLength: history.steps.length,
    }),
  ),
);

const keysOf = (events: readonly PaymentEvent[]) =>
  events.map((event) => ({ type: event.type, key: event.key }));

const allHappened = (history: History) => history.steps.flatMap((step) => step.happened);

describe('diffPayment', () => {
  it('lists a new refund, then the total refund, with the figures of the refund plan', () => {
    const before = withRefunds(aPayment(), [4000]);
    const plan = planRefund(before, {}, { now: NOW })._unsafeUnwrap();
    const after = applyRefund(before, plan, aRefund(6000, 1));
    const events = diffPayment(before, after)._unsafeUnwrap();
    expect(keysOf(events)).toEqual([
      { type: 'RefundCreated', key: 'refund:1001:5001' },
      { type: 'PaymentFullyRefunded', key: 'refunded:1001' },
    ]);
    expect(events[0]).toMatchObject({
      currency: 'BRL',
      figures: { kind: 'partial', amount: 6000, refundedBefore: 4000, remainingAfter: 0 },
    });
  });

  it('lists the whole history of a payment it did not know', () => {
    const events = diffPayment(null, withRefunds(aPayment(), [10_000]))._unsafeUnwrap();
    expect(events.map((event) => event.type)).toEqual([
      'PaymentApproved',
      'RefundCreated',
      'PaymentFullyRefunded',
    ]);
    expect(events[1]).toMatchObject({ figures: { kind: 'total', amount: 10_000 } });
  });

  it('refuses two different payments, and a reading older than the one known', () => {
    const known = withRefunds(aPayment(), [1000, 2000]);
    expect(diffPayment(known, aPayment({ id: '1002' }))._unsafeUnwrapErr()).toMatchObject({
      type: 'PaymentDiffRefused',
      reason: 'different_payment',
    });
    const stale = [
      withRefunds(aPayment(), [1000]),
      { ...known, status: 'pending' as const },
      aPayment({ status: 'pending', statusDetail: null, dateApproved: null }),
    ];
    for (const after of stale) {
      expect(diffPayment(known, after)._unsafeUnwrapErr().reason).toBe('older_than_before');
    }
    const cancelled = aPayment({ status: 'cancelled', statusDetail: 'by_collector' });
    expect(diffPayment(cancelled, aPayment({ status: 'pending' })).isErr()).toBe(true);
    const refunded = withRefunds(aPayment(), [10_000]);
    expect(diffPayment(refunded, { ...refunded, status: 'approved' }).isErr()).toBe(true);
  });

  describe('properties', () => {
    it('diffing each step of an accepted history gives exactly what happened at that step, with the plan figures', () => {
      fc.assert(
        fc.property(historyArb, (history) => {
          let before = deepFreeze(history.start);
          for (const step of history.steps) {
            const events = diffPayment(before, deepFreeze(step.payment))._unsafeUnwrap();
            expect(keysOf(events)).toEqual(step.happened);
            const created = events.find((event) => event.type === 'RefundCreated');
            if (step.plan !== null) {
              const {
                paymentId: _,
                currency: __,
                statusAfter,
                statusDetailAfter,
                ...figures
              } = step.plan;
              expect(created?.type === 'RefundCreated' ? created.figures : null).toEqual(figures);
            }
            before = step.payment;
          }
        }),
      );
    });

    it('diffing a payment with itself gives nothing', () => {
      fc.assert(
        fc.property(paymentArb({ now }), (payment) => {
          expect(diffPayment(payment, payment)._unsafeUnwrap()).toEqual([]);
        }),
      );
    });

    it('notifications handled in any order, each with the latest payment, give every event exactly once', () => {
      fc.assert(
        fc.property(shuffledHistoryArb, ([history, arrivals]) => {
          const latest = history.steps.at(-1)?.payment ?? history.start;
          let known = history.start;
          const seen: PaymentEvent[] = [];
          for (const _ of arrivals) {
            seen.push(...diffPayment(known, latest)._unsafeUnwrap());
            known = latest;
          }
          expect(keysOf(seen)).toEqual(allHappened(history));
        }),
      );
    });

    it('readings that arrive out of order give every event exactly once, stale ones refused', () => {
      fc.assert(
        fc.property(shuffledHistoryArb, ([history, readings]) => {
          let known = history.start;
          const seen: PaymentEvent[] = [];
          for (const step of readings) {
            const events = diffPayment(known, step.payment);
            if (events.isErr()) continue;
            seen.push(...events.value);
            known = step.payment;
          }
          const sortedKeys = (list: readonly { key: string }[]) =>
            list.map((event) => event.key).sort();
          expect(sortedKeys(seen)).toEqual(sortedKeys(allHappened(history)));
        }),
      );
    });
  });
});
