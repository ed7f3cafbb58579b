import {
  classicPolicy,
  currentPolicy,
  PAYMENT_STATUSES,
  type Payment,
  planRefund,
  type RefundContext,
  type RefundPolicy,
  type RefundRequest,
} from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import { aPayment, DAY_MS, daysAgo, NOW, withRefunds } from './fixtures.js';

const outcome = (
  payment: Payment,
  request: RefundRequest = {},
  context: Partial<RefundContext> = {},
) =>
  planRefund(payment, request, { now: NOW, ...context }).match(
    () => 'plan',
    (rejection) => rejection.type,
  );

const rejection = (
  payment: Payment,
  request: RefundRequest = {},
  context: Partial<RefundContext> = {},
) => planRefund(payment, request, { now: NOW, ...context })._unsafeUnwrapErr();

const plan = (
  payment: Payment,
  request: RefundRequest = {},
  context: Partial<RefundContext> = {},
) => planRefund(payment, request, { now: NOW, ...context })._unsafeUnwrap();

describe('R1: the amount is a finite integer of minor units', () => {
  it.each([10.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])(
    'refuses %s with 4041',
    (amount) => {
      expect(rejection(aPayment(), { amount })).toMatchObject({
        type: 'AmountNotNumeric',
        code: 4041,
        httpStatus: 400,
      });
    },
  );

  it('refuses a value that is not a number at all', () => {
    expect(outcome(aPayment(), { amount: '10' as unknown as number })).toBe('AmountNotNumeric');
  });

  it('accepts an absent amount as "everything still refundable"', () => {
    expect(plan(aPayment()).amount).toBe(10_000);
  });
});

describe('R2: the amount is positive', () => {
  it.each([0, -1, -10_000])('refuses %i with 4040', (amount) => {
    expect(rejection(aPayment(), { amount })).toMatchObject({
      type: 'AmountNotPositive',
      code: 4040,
    });
  });

  it('accepts one minor unit', () => {
    expect(plan(aPayment(), { amount: 1 }).amount).toBe(1);
  });
});

describe('R3: only approved payments are refunded', () => {
  it.each(PAYMENT_STATUSES.filter((status) => status !== 'approved'))(
    'refuses a %s payment with 2063',
    (status) => {
      expect(
        rejection(aPayment({ status, statusDetail: status === 'refunded' ? 'refunded' : null })),
      ).toMatchObject({
        type: 'InvalidPaymentState',
        code: 2063,
        status,
      });
    },
  );

  it('refuses an authorized reserve: it is cancelled, not refunded', () => {
    const reserve = aPayment({
      status: 'authorized',
      statusDetail: 'pending_capture',
      captured: false,
      dateApproved: null,
    });
    expect(outcome(reserve)).toBe('InvalidPaymentState');
  });

  it('refuses an approved payment whose detail is neither accredited nor partially_refunded', () => {
    expect(outcome(aPayment({ statusDetail: 'pending_capture' }))).toBe('InvalidPaymentState');
  });

  it('accepts approved/accredited and approved/partially_refunded', () => {
    expect(outcome(aPayment())).toBe('plan');
    expect(outcome(withRefunds(aPayment(), [100]))).toBe('plan');
  });
});

describe('R4: the refund window counts from date_approved', () => {
  it('allows a refund exactly 90 days after approval (classic)', () => {
    expect(outcome(aPayment({ dateApproved: daysAgo(90) }))).toBe('plan');
  });

  it('refuses a refund 90 days and 1 ms after approval (classic) with 2024 and the deadline', () => {
    expect(rejection(aPayment({ dateApproved: daysAgo(90, 1) }))).toMatchObject({
      type: 'RefundWindowExpired',
      code: 2024,
      deadline: new Date(NOW.getTime() - 1).toISOString(),
    });
  });

  it('applies the classic policy when none is given', () => {
    expect(outcome(aPayment({ dateApproved: daysAgo(90, 1) }), {}, { policy: classicPolicy })).toBe(
      'RefundWindowExpired',
    );
  });

  it('allows 180 days under currentPolicy, and refuses 180 days and 1 ms', () => {
    expect(outcome(aPayment({ dateApproved: daysAgo(90, 1) }), {}, { policy: currentPolicy })).toBe(
      'plan',
    );
    expect(outcome(aPayment({ dateApproved: daysAgo(180) }), {}, { policy: currentPolicy })).toBe(
      'plan',
    );
    expect(
      outcome(aPayment({ dateApproved: daysAgo(180, 1) }), {}, { policy: currentPolicy }),
    ).toBe('RefundWindowExpired');
  });

  it('keeps 90 days in Peru under currentPolicy', () => {
    const peru = (days: number, ms = 0) =>
      aPayment({ currency: 'PEN', dateApproved: daysAgo(days, ms) });
    expect(outcome(peru(90), {}, { policy: currentPolicy })).toBe('plan');
    expect(outcome(peru(90, 1), {}, { policy: currentPolicy })).toBe('RefundWindowExpired');
  });

  it('refuses a payment without date_approved, having nothing to count from', () => {
    expect(rejection(aPayment({ dateApproved: null }))).toMatchObject({
      type: 'RefundWindowExpired',
      deadline: null,
    });
  });

  it('refuses, never throws, when now is an invalid date, even with a deadline past the Date range', () => {
    const farFuture = aPayment({ dateApproved: new Date(8.64e15) });
    expect(rejection(farFuture, {}, { now: new Date(Number.NaN) })).toMatchObject({
      type: 'InvalidInstant',
      field: 'now',
    });
    expect(planRefund(farFuture, {}, { now: NOW }).isOk()).toBe(true);
  });
});

describe('R5: some payments are refunded only in full', () => {
  const exclusions: [string, Payment, RefundPolicy, string][] = [
    [
      'a Mercado Libre item (marketplace MELI)',
      aPayment({ marketplace: 'MELI' }),
      classicPolicy,
      'marketplace',
    ],
    [
      'a melicard payment',
      aPayment({ paymentMethodId: 'melicard' }),
      classicPolicy,
      'payment_method',
    ],
    [
      'a recurring payment in ARS',
      aPayment({ currency: 'ARS', operationType: 'recurring_payment' }),
      classicPolicy,
      'recurring_payment',
    ],
    [
      'a Peruvian payment under currentPolicy',
      aPayment({ currency: 'PEN' }),
      currentPolicy,
      'site_full_only',
    ],
  ];

  it.each(exclusions)('refuses a partial refund of %s with 3024', (_, payment, policy, reason) => {
    expect(rejection(payment, { amount: 5000 }, { policy })).toMatchObject({
      type: 'PartialRefundUnsupported',
      code: 3024,
      reason,
    });
  });

  it.each(exclusions)('allows a total refund of %s', (_, payment, policy) => {
    expect(plan(payment, {}, { policy }).kind).toBe('total');
    expect(plan(payment, { amount: 10_000 }, { policy }).kind).toBe('total');
  });

  it('treats the refund of the remainder after an earlier partial refund as partial', () => {
    const meli = withRefunds(aPayment({ marketplace: 'MELI' }), [100]);
    expect(outcome(meli)).toBe('PartialRefundUnsupported');
  });

  it('allows partial refunds of recurring payments outside Argentina', () => {
    expect(outcome(aPayment({ operationType: 'recurring_payment' }), { amount: 5000 })).toBe(
      'plan',
    );
  });

  it('allows partial refunds of Peruvian payments under classicPolicy', () => {
    expect(outcome(aPayment({ currency: 'PEN' }), { amount: 5000 })).toBe('plan');
  });
});

describe('R6: at most 20 refunds per payment', () => {
  const ones = (count: number) => Array.from({ length: count }, () => 1);

  it('allows the 20th refund', () => {
    expect(outcome(withRefunds(aPayment(), ones(19)), { amount: 1 })).toBe('plan');
  });

  it('refuses the 21st refund', () => {
    expect(rejection(withRefunds(aPayment(), ones(20)), { amount: 1 })).toMatchObject({
      type: 'TooManyRefunds',
      maxRefunds: 20,
      httpStatus: 400,
    });
  });

  it('follows a policy of your own', () => {
    const strict = { ...classicPolicy, name: 'strict', maxRefunds: 2 };
    expect(outcome(withRefunds(aPayment(), ones(2)), { amount: 1 }, { policy: strict })).toBe(
      'TooManyRefunds',
    );
  });
});

describe('R7: never more than what remains', () => {
  const payment = withRefunds(aPayment(), [2500]);

  it('allows exactly the remainder', () => {
    expect(plan(payment, { amount: 7500 }).remainingAfter).toBe(0);
  });

  it('refuses the remainder plus one minor unit, saying what remains', () => {
    expect(rejection(payment, { amount: 7501 })).toMatchObject({
      type: 'AmountExceedsRefundable',
      remaining: 7500,
    });
  });

  it('refuses any amount on an approved payment with nothing left', () => {
    const drained = {
      ...withRefunds(aPayment(), [10_000]),
      status: 'approved' as const,
      statusDetail: 'partially_refunded',
    };
    expect(rejection(drained)).toMatchObject({ type: 'AmountExceedsRefundable', remaining: 0 });
  });
});

describe('R8: the collector can cover the debit', () => {
  // 100.00 paid; the collector paid a 5.00 fee, so a total refund debits 95.00.
  const payment = aPayment({
    feeDetails: [{ type: 'mercadopago_fee', amount: 500, feePayer: 'collector' }],
  });

  it('allows a debit equal to the available balance', () => {
    expect(plan(payment, {}, { availableBalance: 9500 }).collectorDebit).toBe(9500);
  });

  it('refuses a debit one minor unit above the available balance', () => {
    expect(rejection(payment, {}, { availableBalance: 9499 })).toMatchObject({
      type: 'InsufficientBalance',
      required: 9500,
      available: 9499,
    });
  });

  it('is not checked when the balance is not given', () => {
    expect(outcome(payment)).toBe('plan');
  });
});

describe('rule order: the first failing rule decides', () => {
  // A payment that breaks every rule; each row fixes one more thing.
  const broken = aPayment({
    status: 'cancelled',
    statusDetail: 'by_collector',
    dateApproved: daysAgo(200),
    marketplace: 'MELI',
    ...(({ refunds, refundedAmount }) => ({ refunds, refundedAmount }))(
      withRefunds(
        aPayment(),
        Array.from({ length: 20 }, () => 10),
      ),
    ),
  });
  const approved = { status: 'approved', statusDetail: 'partially_refunded' } as const;
  const rows: [string, Payment, RefundRequest, number | undefined, string][] = [
    ['R1 before everything', broken, { amount: 0.5 }, 0, 'AmountNotNumeric'],
    ['R2 once the amount is numeric', broken, { amount: 0 }, 0, 'AmountNotPositive'],
    ['R3 once the amount is positive', broken, { amount: 9801 }, 0, 'InvalidPaymentState'],
    ['R4 once approved', { ...broken, ...approved }, { amount: 9801 }, 0, 'RefundWindowExpired'],
    [
      'R5 once within the window',
      { ...broken, ...approved, dateApproved: daysAgo(1) },
      { amount: 9801 },
      0,
      'PartialRefundUnsupported',
    ],
    [
      'R6 once partial refunds are allowed',
      { ...broken, ...approved, dateApproved: daysAgo(1), marketplace: 'NONE' },
      { amount: 9801 },
      0,
      'TooManyRefunds',
    ],
    [
      'R7 once there is room for one more refund',
      withRefunds(
        aPayment({ dateApproved: daysAgo(1) }),
        Array.from({ length: 19 }, () => 10),
      ),
      { amount: 9811 },
      0,
      'AmountExceedsRefundable',
    ],
    [
      'R8 once the amount fits',
      withRefunds(
        aPayment({ dateApproved: daysAgo(1) }),
        Array.from({ length: 19 }, () => 10),
      ),
      { amount: 9810 },
      0,
      'InsufficientBalance',
    ],
    [
      'a plan once the balance suffices',
      withRefunds(
        aPayment({ dateApproved: daysAgo(1) }),
        Array.from({ length: 19 }, () => 10),
      ),
      { amount: 9810 },
      9810,
      'plan',
    ],
  ];

  it.each(rows)('%s', (_, payment, request, availableBalance, expected) => {
    const context = availableBalance === undefined ? {} : { availableBalance };
    expect(outcome(payment, request, context)).toBe(expected);
  });
});

describe('the plan', () => {
  it('is total when nothing was refunded and it returns the whole amount', () => {
    expect(plan(aPayment())).toMatchObject({
      kind: 'total',
      amount: 10_000,
      refundedBefore: 0,
      refundedAfter: 10_000,
      remainingAfter: 0,
      statusAfter: 'refunded',
      statusDetailAfter: 'refunded',
    });
  });

  it('is partial, leaving the payment approved/partially_refunded, while something remains', () => {
    expect(plan(aPayment(), { amount: 2500 })).toMatchObject({
      kind: 'partial',
      amount: 2500,
      refundedAfter: 2500,
      remainingAfter: 7500,
      statusAfter: 'approved',
      statusDetailAfter: 'partially_refunded',
    });
  });

  it('is partial, and ends refunded/refunded, when it returns the remainder after earlier refunds', () => {
    expect(plan(withRefunds(aPayment(), [2500]))).toMatchObject({
      kind: 'partial',
      amount: 7500,
      refundedBefore: 2500,
      refundedAfter: 10_000,
      remainingAfter: 0,
      statusAfter: 'refunded',
      statusDetailAfter: 'refunded',
    });
  });

  it.each([
    ['visa', 'credit_card', 'card'],
    ['debvisa', 'debit_card', 'card'],
    ['visa', 'prepaid_card', 'card'],
    ['account_money', 'account_money', 'account_money'],
    ['pix', 'bank_transfer', 'account_money'],
    ['bolbradesco', 'ticket', 'account_money'],
  ])('sends a %s (%s) refund to %s', (paymentMethodId, paymentTypeId, destination) => {
    expect(plan(aPayment({ paymentMethodId, paymentTypeId })).destination).toBe(destination);
  });

  describe('fees and interest', () => {
    // 100.00 paid: a 4.99 Mercado Pago fee on the collector, 12.00 interest on the payer.
    const payment = aPayment({
      feeDetails: [
        { type: 'mercadopago_fee', amount: 499, feePayer: 'collector' },
        { type: 'financing_fee', amount: 1200, feePayer: 'payer' },
      ],
    });

    it('returns each fee in proportion, rounding half to even (249.5 → 250)', () => {
      expect(plan(payment, { amount: 5000 })).toMatchObject({
        fees: [
          { type: 'mercadopago_fee', payer: 'collector', amount: 250 },
          { type: 'financing_fee', payer: 'payer', amount: 600 },
        ],
        payerReceives: 5600,
        collectorDebit: 4750,
      });
    });

    it('rounds an exact half to the even unit, down as well as up (250.5 → 250)', () => {
      const odd = {
        ...payment,
        feeDetails: [{ type: 'mercadopago_fee', amount: 501, feePayer: 'collector' as const }],
      };
      expect(plan(odd, { amount: 5000 })).toMatchObject({
        fees: [{ type: 'mercadopago_fee', amount: 250 }],
        collectorDebit: 4750,
      });
    });

    it('returns exactly the rest of each fee with the last refund, so nothing drifts', () => {
      const after = { ...withRefunds(payment, [5000]), feeDetails: payment.feeDetails };
      expect(plan(after)).toMatchObject({
        fees: [
          { type: 'mercadopago_fee', amount: 249 },
          { type: 'financing_fee', amount: 600 },
        ],
        payerReceives: 5600,
        collectorDebit: 4751,
      });
    });

    it('returns whole fees with a total refund', () => {
      expect(plan(payment)).toMatchObject({
        fees: [{ amount: 499 }, { amount: 1200 }],
        payerReceives: 11_200,
        collectorDebit: 9501,
      });
    });
  });

  it('counts the window in milliseconds, not days', () => {
    const almost = aPayment({ dateApproved: new Date(NOW.getTime() - 90 * DAY_MS + 1) });
    expect(outcome(almost)).toBe('plan');
  });
});
