import {
  classicPolicy,
  currencies,
  currentPolicy,
  maxMinorUnits,
  PAYMENT_STATUSES,
  type Payment,
  parsePayment,
  planRefund,
  remainingOf,
  toWirePayment,
  type WireMappableError,
} from '@reembolso/core';
import {
  amountArb,
  approvalDateArb,
  currencyArb,
  defaultNow,
  paymentArb,
  refundablePaymentArb,
  refundRequestArb,
  refundSequenceArb,
  wireMappableErrorArb,
  wirePaymentArb,
} from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const DAY_MS = 86_400_000;
const now = new Date('2025-01-15T09:30:00.000Z');
const ageOf = (payment: Payment) => now.getTime() - (payment.dateApproved?.getTime() ?? Number.NaN);

// Enough values that each edge the arbitraries promise shows up, deterministically.
const sample = <T>(arb: fc.Arbitrary<T>, numRuns = 3000) => fc.sample(arb, { numRuns, seed: 42 });

describe('amountArb', () => {
  it('keeps within the bounds given', () => {
    expect(sample(amountArb('CLP', { min: 5, max: 7 }), 100).every((a) => a >= 5 && a <= 7)).toBe(
      true,
    );
  });
});

describe('approvalDateArb', () => {
  it('lands often on the 90- and 180-day limits, never after now or before maxAgeDays', () => {
    const ages = sample(approvalDateArb(now, { maxAgeDays: 200 })).map(
      (d) => now.getTime() - d.getTime(),
    );
    expect(ages.every((age) => age >= 0 && age <= 200 * DAY_MS)).toBe(true);
    for (const edge of [
      90 * DAY_MS - 1,
      90 * DAY_MS,
      90 * DAY_MS + 1,
      180 * DAY_MS,
      180 * DAY_MS + 1,
    ]) {
      expect(ages).toContain(edge);
    }
  });
});

describe('paymentArb', () => {
  it('covers every status and currency, and each policy edge', () => {
    const payments = sample(paymentArb({ now }));
    const some = (predicate: (payment: Payment) => boolean) => payments.some(predicate);
    expect(new Set(payments.map((p) => p.status))).toEqual(new Set(PAYMENT_STATUSES));
    expect(new Set(payments.map((p) => p.currency))).toEqual(new Set(currencies));
    expect(some((p) => p.marketplace === 'MELI')).toBe(true);
    expect(some((p) => p.paymentMethodId === 'melicard')).toBe(true);
    expect(some((p) => p.operationType === 'recurring_payment' && p.currency === 'ARS')).toBe(true);
    expect(some((p) => p.currency === 'PEN' && p.status === 'approved')).toBe(true);
    expect(some((p) => p.refunds.length === 20)).toBe(true);
    expect(some((p) => p.status === 'approved' && p.refunds.length === 20)).toBe(true);
    expect(some((p) => ageOf(p) === 90 * DAY_MS)).toBe(true);
    expect(some((p) => ageOf(p) === 90 * DAY_MS + 1)).toBe(true);
    expect(some((p) => ageOf(p) === 180 * DAY_MS)).toBe(true);
    expect(some((p) => ageOf(p) === 180 * DAY_MS + 1)).toBe(true);
    expect(some((p) => p.feeDetails.some((f) => f.feePayer === 'collector'))).toBe(true);
    expect(some((p) => p.feeDetails.some((f) => f.feePayer === 'payer'))).toBe(true);
    expect(some((p) => p.paymentTypeId === 'credit_card')).toBe(true);
    expect(some((p) => p.paymentTypeId === 'ticket')).toBe(true);
  });

  it('keeps to the currency, status and limits asked for', () => {
    const payments = sample(
      paymentArb({ now, currency: 'CLP', status: 'approved', maxRefunds: 3, maxAgeDays: 10 }),
      500,
    );
    for (const payment of payments) {
      expect(payment).toMatchObject({ currency: 'CLP', status: 'approved' });
      expect(payment.refunds.length).toBeLessThanOrEqual(3);
      expect(ageOf(payment)).toBeLessThanOrEqual(10 * DAY_MS);
    }
  });

  it('looks at payments from defaultNow when no now is given', () => {
    for (const payment of sample(paymentArb({ status: 'approved' }), 200)) {
      expect(payment.dateApproved?.getTime()).toBeLessThanOrEqual(defaultNow.getTime());
    }
  });
});

describe('refundRequestArb', () => {
  it('asks for amounts within, at and beyond the remainder, zero, negative, fractional and absent', () => {
    const payment = sample(paymentArb({ now, status: 'approved' }), 1)[0] as Payment;
    const remaining = remainingOf(payment);
    const kinds = new Set(
      sample(refundRequestArb(payment), 1000).map(({ amount }) => {
        if (amount === undefined) return 'absent';
        if (!Number.isInteger(amount)) return 'not an integer';
        if (amount === remaining + 1) return 'remaining + 1';
        if (amount === remaining) return 'remaining';
        if (amount === 0) return 'zero';
        if (amount < 0) return 'negative';
        return amount < remaining ? 'within' : 'beyond';
      }),
    );
    expect(kinds).toEqual(
      new Set([
        'absent',
        'not an integer',
        'remaining + 1',
        'remaining',
        'zero',
        'negative',
        'within',
      ]),
    );
  });
});

describe('refundSequenceArb', () => {
  it('sends up to 25 requests, or maxLength', () => {
    const payment = sample(paymentArb({ now, status: 'approved' }), 1)[0] as Payment;
    expect(sample(refundSequenceArb(payment), 300).every((s) => s.length <= 25)).toBe(true);
    expect(
      sample(refundSequenceArb(payment, { maxLength: 3 }), 300).every((s) => s.length <= 3),
    ).toBe(true);
  });
});

describe('wireMappableErrorArb', () => {
  it('generates every wire-mappable variant', () => {
    const all: Record<WireMappableError['type'], true> = {
      InvalidInstant: true,
      AmountNotNumeric: true,
      AmountNotPositive: true,
      InvalidPaymentState: true,
      RefundWindowExpired: true,
      PartialRefundUnsupported: true,
      TooManyRefunds: true,
      AmountExceedsRefundable: true,
      InsufficientBalance: true,
      CancellationNotAllowed: true,
      AmountTooPrecise: true,
      AmountOutOfRange: true,
      UnsupportedCurrency: true,
      CurrencyMismatch: true,
      InvalidCancellationStatus: true,
      MissingCancellationStatus: true,
      PaymentNotFound: true,
      RefundNotFound: true,
      InvalidAdvancedPayment: true,
      InvalidSplitterId: true,
      InvalidId: true,
      AdvancedPaymentNotFound: true,
      MissingIdempotencyKey: true,
      IdempotencyConflict: true,
      IdempotencyInProgress: true,
      BadRequest: true,
      Unauthorized: true,
      RateLimited: true,
      ServerError: true,
      UnknownApiError: true,
    };
    expect(new Set(sample(wireMappableErrorArb).map((e) => e.type))).toEqual(
      new Set(Object.keys(all)),
    );
  });
});

describe('properties', () => {
  it('amountArb stays an integer within [0, maxMinorUnits]', () => {
    fc.assert(
      fc.property(
        currencyArb.chain((currency) => fc.tuple(fc.constant(currency), amountArb(currency))),
        ([currency, amount]) => {
          expect(Number.isSafeInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
          expect(amount).toBeLessThanOrEqual(maxMinorUnits(currency));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('paymentArb builds payments valid by construction: parsePayment accepts their wire form', () => {
    fc.assert(
      fc.property(paymentArb({ now }), (payment) => {
        expect(parsePayment(JSON.parse(JSON.stringify(toWirePayment(payment)))).isOk()).toBe(true);
        expect(payment.refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(payment.refundedAmount);
        expect(payment.refunds.length).toBeLessThanOrEqual(20);
        expect(payment.refundedAmount).toBeLessThanOrEqual(payment.transactionAmount);
        expect(ageOf(payment) >= 0 || payment.dateApproved === null).toBe(true);
        expect(payment.captured).toBe(payment.status !== 'authorized');
        if (payment.status === 'refunded')
          expect(payment.refundedAmount).toBe(payment.transactionAmount);
        if (payment.status === 'approved') {
          expect(payment.statusDetail).toBe(
            payment.refunds.length > 0 ? 'partially_refunded' : 'accredited',
          );
          expect(remainingOf(payment)).toBeGreaterThan(0);
        }
        if (payment.status === 'approved' || payment.status === 'refunded') {
          expect(payment.dateApproved).not.toBeNull();
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refundablePaymentArb can always be refunded in full, under both policies', () => {
    fc.assert(
      fc.property(refundablePaymentArb({ now }), (payment) => {
        for (const policy of [classicPolicy, currentPolicy]) {
          expect(planRefund(payment, {}, { now, policy }).isOk()).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refundablePaymentArb can always be refunded in full under the one policy given', () => {
    const lenient = {
      ...currentPolicy,
      name: 'lenient',
      refundWindowDays: 365,
      refundWindowDaysBySite: {},
      maxRefunds: 5,
    };
    fc.assert(
      fc.property(refundablePaymentArb({ now, policy: lenient }), (payment) => {
        expect(planRefund(payment, {}, { now, policy: lenient }).isOk()).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('wirePaymentArb is JSON that parsePayment accepts', () => {
    fc.assert(
      fc.property(wirePaymentArb({ now }), (json) => {
        expect(parsePayment(JSON.parse(JSON.stringify(json))).isOk()).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
