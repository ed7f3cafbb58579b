import {
  currentPolicy,
  parsePayment,
  planRefund,
  remainingOf,
  toWirePayment,
} from '@reembolso/core';
import { defaultNow, paymentArb, refundRequestArb, wirePaymentArb } from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const REJECTIONS = [
  'InvalidInstant',
  'AmountNotNumeric',
  'AmountNotPositive',
  'InvalidPaymentState',
  'RefundWindowExpired',
  'PartialRefundUnsupported',
  'TooManyRefunds',
  'AmountExceedsRefundable',
  'InsufficientBalance',
];

// A payment as GET /v1/payments/{id} answers it, trimmed to a few extra fields.
const wire = (): Record<string, unknown> => ({
  id: 20359978,
  date_created: '2024-05-20T10:01:02.000-04:00',
  date_approved: '2024-05-20T10:01:05.123-04:00',
  date_last_updated: '2024-05-21T08:00:00.000-04:00',
  status: 'approved',
  status_detail: 'partially_refunded',
  currency_id: 'BRL',
  transaction_amount: 150.5,
  transaction_amount_refunded: 30.25,
  payment_method_id: 'master',
  payment_type_id: 'credit_card',
  operation_type: 'regular_payment',
  marketplace: 'NONE',
  captured: true,
  collector_id: 448876418,
  description: 'Camiseta',
  installments: 3,
  payer: { email: 'test_user@testuser.com' },
  fee_details: [
    { type: 'mercadopago_fee', amount: 7.52, fee_payer: 'collector' },
    { type: 'financing_fee', amount: 12.4, fee_payer: 'payer' },
  ],
  refunds: [
    {
      id: 1009042015,
      payment_id: 20359978,
      amount: 10.25,
      metadata: {},
      source: { id: '448876418', name: 'Vendedor', type: 'collector' },
      date_created: '2024-05-21T08:00:00.000-04:00',
      unique_sequence_number: null,
      refund_mode: 'standard',
      adjustment_amount: 0,
      status: 'approved',
      reason: null,
      label: [],
      partition_details: [],
    },
    {
      id: 1009042016,
      payment_id: 20359978,
      amount: 20,
      metadata: ['ignored'],
      source: [{ id: 448876418, name: { en: 'Seller', pt: 'Vendedor' }, type: 'collector' }],
      date_created: '2024-05-22T08:00:00.000-04:00',
      status: 'approved',
    },
  ],
});

const parseError = (json: unknown) => parsePayment(json)._unsafeUnwrapErr();

describe('parsePayment', () => {
  it('reads a GET /v1/payments answer: amounts in minor units, dates as instants, ids as strings', () => {
    const payment = parsePayment(wire())._unsafeUnwrap();
    expect(payment).toMatchObject({
      id: '20359978',
      status: 'approved',
      statusDetail: 'partially_refunded',
      currency: 'BRL',
      transactionAmount: 15_050,
      refundedAmount: 3025,
      dateApproved: new Date('2024-05-20T14:01:05.123Z'),
      paymentMethodId: 'master',
      paymentTypeId: 'credit_card',
      marketplace: 'NONE',
      captured: true,
      collectorId: '448876418',
      feeDetails: [
        { type: 'mercadopago_fee', amount: 752, feePayer: 'collector' },
        { type: 'financing_fee', amount: 1240, feePayer: 'payer' },
      ],
    });
    expect(payment.refunds.map((r) => [r.id, r.amount])).toEqual([
      ['1009042015', 1025],
      ['1009042016', 2000],
    ]);
  });

  it('reads a refund source given as an array with localized names, and array metadata as empty', () => {
    const refund = parsePayment(wire())._unsafeUnwrap().refunds[1];
    expect(refund?.source).toEqual({ id: '448876418', name: 'Seller', type: 'collector' });
    expect(refund?.metadata).toEqual({});
    expect(refund?.refundMode).toBe('standard');
  });

  it('marks a Mercado Libre item when order.type is "mercadolibre"', () => {
    const json = { ...wire(), marketplace: null, order: { type: 'mercadolibre', id: 1 } };
    expect(parsePayment(json)._unsafeUnwrap().marketplace).toBe('MELI');
  });

  it('defaults what Mercado Pago may leave out: no refunds, no fees, regular and captured', () => {
    const { refunds, fee_details, operation_type, captured, transaction_amount_refunded, ...rest } =
      wire();
    const payment = parsePayment({ ...rest, status_detail: 'accredited' })._unsafeUnwrap();
    expect(payment).toMatchObject({
      refunds: [],
      feeDetails: [],
      operationType: 'regular_payment',
      captured: true,
      refundedAmount: 0,
    });
  });

  it('takes the refunded total from refunds[] when transaction_amount_refunded is absent', () => {
    const { transaction_amount_refunded, ...rest } = wire();
    expect(parsePayment(rest)._unsafeUnwrap().refundedAmount).toBe(3025);
  });

  it('accepts ids as strings of digits', () => {
    expect(parsePayment({ ...wire(), id: '20359978' })._unsafeUnwrap().id).toBe('20359978');
  });

  describe('refuses, naming the field path', () => {
    it.each([
      ['id', (json: Record<string, unknown>) => ({ ...json, id: undefined })],
      ['status', (json: Record<string, unknown>) => ({ ...json, status: undefined })],
      ['currency_id', (json: Record<string, unknown>) => ({ ...json, currency_id: undefined })],
      [
        'transaction_amount',
        (json: Record<string, unknown>) => ({ ...json, transaction_amount: undefined }),
      ],
      [
        'payment_method_id',
        (json: Record<string, unknown>) => ({ ...json, payment_method_id: undefined }),
      ],
      [
        'payment_type_id',
        (json: Record<string, unknown>) => ({ ...json, payment_type_id: undefined }),
      ],
    ])('a missing %s', (path, drop) => {
      expect(parseError(drop(wire()))).toMatchObject({ type: 'PaymentParseError', path });
    });

    it.each([
      ['transaction_amount', { transaction_amount: '150.50' }],
      ['transaction_amount', { transaction_amount: null }],
      ['status', { status: 'approvedd' }],
      ['id', { id: 'MP-1' }],
      ['id', { id: -3 }],
      ['date_approved', { date_approved: 'yesterday' }],
      ['captured', { captured: 'yes' }],
      ['fee_details', { fee_details: {} }],
      ['fee_details.0.fee_payer', { fee_details: [{ type: 'x', amount: 1, fee_payer: 'seller' }] }],
    ])('an ill-typed %s (%j)', (path, patch) => {
      expect(parseError({ ...wire(), ...patch }).path).toBe(path);
    });

    it('an ill-typed field inside a refund (refunds.1.amount)', () => {
      const json = wire();
      const refunds = json.refunds as Record<string, unknown>[];
      json.refunds = [refunds[0], { ...refunds[1], amount: 'twenty' }];
      expect(parseError(json).path).toBe('refunds.1.amount');
    });

    it('a transaction_amount too precise for its currency (10.123 BRL)', () => {
      expect(parseError({ ...wire(), transaction_amount: 10.123 })).toMatchObject({
        path: 'transaction_amount',
      });
    });

    it('a CLP amount with decimals (1500.5 CLP)', () => {
      const json = {
        ...wire(),
        currency_id: 'CLP',
        transaction_amount: 1500.5,
        transaction_amount_refunded: 0,
        fee_details: [],
        refunds: [],
      };
      expect(parseError(json).path).toBe('transaction_amount');
    });

    it('a too precise fee (fee_details.0.amount) and refund (refunds.0.amount)', () => {
      expect(
        parseError({
          ...wire(),
          fee_details: [{ type: 'mercadopago_fee', amount: 0.001, fee_payer: 'collector' }],
        }).path,
      ).toBe('fee_details.0.amount');
      const json = wire();
      const refunds = json.refunds as Record<string, unknown>[];
      json.refunds = [{ ...refunds[0], amount: 10.255 }, refunds[1]];
      expect(parseError(json).path).toBe('refunds.0.amount');
    });

    it('an unsupported currency, without repeating it', () => {
      const error = parseError({ ...wire(), currency_id: 'USD' });
      expect(error).toMatchObject({
        path: 'currency_id',
        message: expect.stringContaining('currency_id'),
      });
      expect(error.message).not.toContain('USD');
    });

    it.each(['approved', 'refunded'])('a %s payment without date_approved', (status) => {
      const base = wire();
      // A refunded payment has refunded everything; only the date is missing.
      const refunded =
        status === 'refunded'
          ? { refunds: [], transaction_amount_refunded: base.transaction_amount }
          : {};
      const json = { ...base, ...refunded, status, date_approved: null };
      expect(parseError(json).path).toBe('date_approved');
    });

    it('a pending payment needs no date_approved', () => {
      const json = {
        ...wire(),
        status: 'pending',
        status_detail: 'pending_contingency',
        date_approved: null,
        refunds: [],
        transaction_amount_refunded: 0,
      };
      expect(parsePayment(json).isOk()).toBe(true);
    });

    it('a transaction_amount_refunded that disagrees with the sum of refunds[]', () => {
      expect(parseError({ ...wire(), transaction_amount_refunded: 30.26 }).path).toBe(
        'transaction_amount_refunded',
      );
    });

    it('a refunded total beyond the amount paid', () => {
      const json = { ...wire(), refunds: [], transaction_amount_refunded: 150.51 };
      expect(parseError(json).path).toBe('transaction_amount_refunded');
    });

    it('a negative amount paid, and a refund of zero', () => {
      expect(
        parseError({
          ...wire(),
          transaction_amount: -1,
          refunds: [],
          transaction_amount_refunded: 0,
        }).path,
      ).toBe('transaction_amount');
      const json = wire();
      const refunds = json.refunds as Record<string, unknown>[];
      json.refunds = [{ ...refunds[0], amount: 0 }];
      json.transaction_amount_refunded = 0;
      expect(parseError(json).path).toBe('refunds.0.amount');
    });

    it.each([null, undefined, 42, 'payment', true, [], [{ id: 1 }]])(
      'a value that is no object at all (%j)',
      (value) => {
        expect(parseError(value)).toMatchObject({ type: 'PaymentParseError', path: '' });
      },
    );
  });
});

// Every path to a value inside a JSON tree, the root included.
const pathsOf = (
  value: unknown,
  prefix: readonly (string | number)[] = [],
): (string | number)[][] => {
  const here = [[...prefix]];
  if (Array.isArray(value)) {
    return [...here, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  }
  if (typeof value === 'object' && value !== null) {
    return [
      ...here,
      ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key])),
    ];
  }
  return here;
};

// A copy of `json` whose value at `path` is replaced by `replacement`, or removed.
const mutate = (
  json: unknown,
  path: readonly (string | number)[],
  replacement: { value: unknown } | null,
): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return replacement === null ? undefined : replacement.value;
  if (Array.isArray(json)) {
    const copy = [...json];
    copy[head as number] = mutate(copy[head as number], rest, replacement);
    return copy;
  }
  const copy = { ...(json as Record<string, unknown>) };
  const next = mutate(copy[head], rest, replacement);
  if (next === undefined) delete copy[head];
  else copy[head] = next;
  return copy;
};

const mutatedWireArb = fc
  .record({
    json: wirePaymentArb(),
    pick: fc.nat(),
    replacement: fc.option(
      fc.record({
        value: fc.anything({
          withBoxedValues: true,
          withNullPrototype: true,
          withBigInt: true,
          withMap: true,
          withSet: true,
        }),
      }),
      { nil: null },
    ),
  })
  .map(({ json, pick, replacement }) => {
    const paths = pathsOf(json);
    return mutate(json, paths[pick % paths.length] ?? [], replacement);
  });

describe('properties', () => {
  it('parsePayment never throws, for any value', () => {
    const anyValue = fc.oneof(
      fc.anything({
        withBoxedValues: true,
        withNullPrototype: true,
        withBigInt: true,
        withMap: true,
        withSet: true,
      }),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(anyValue, (value) => {
        const result = parsePayment(value);
        // Whatever came in, what comes out is a payment that survives the wire, or a named field.
        if (result.isOk())
          expect(parsePayment(toWirePayment(result.value))._unsafeUnwrap()).toEqual(result.value);
        else
          expect(result.error).toMatchObject({
            type: 'PaymentParseError',
            path: expect.any(String),
          });
      }),
      { numRuns: 1000 },
    );
  });

  it('parsePayment never throws on a wire payment with one field replaced or removed', () => {
    fc.assert(
      fc.property(mutatedWireArb, (json) => {
        const result = parsePayment(json);
        if (result.isErr()) expect(typeof result.error.path).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('planRefund never throws on whatever parsePayment accepts, for any requested amount', () => {
    fc.assert(
      fc.property(mutatedWireArb, fc.anything(), fc.date(), (json, amount, now) => {
        const payment = parsePayment(json);
        if (payment.isErr()) return;
        const result = planRefund(payment.value, { amount: amount as number }, { now });
        if (result.isOk()) {
          expect(result.value.amount).toBeGreaterThan(0);
          expect(result.value.amount).toBeLessThanOrEqual(remainingOf(payment.value));
        } else {
          expect(REJECTIONS).toContain(result.error.type);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('planRefund never throws for any payment and any request it is given', () => {
    fc.assert(
      fc.property(
        paymentArb().chain((payment) => fc.tuple(fc.constant(payment), refundRequestArb(payment))),
        fc.option(fc.integer(), { nil: undefined }),
        ([payment, request], availableBalance) => {
          const context =
            availableBalance === undefined
              ? { now: defaultNow }
              : { now: defaultNow, availableBalance };
          expect(() => planRefund(payment, request, context)).not.toThrow();
          expect(() =>
            planRefund(payment, request, { ...context, policy: currentPolicy }),
          ).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('parsePayment, the edges of the wire', () => {
  const base = () => ({
    id: 123,
    status: 'approved',
    status_detail: 'accredited',
    currency_id: 'BRL',
    transaction_amount: 100,
    date_approved: '2026-01-01T10:00:00.000-04:00',
    payment_method_id: 'visa',
    payment_type_id: 'credit_card',
  });

  it.each(['2026-01-01T00:00:00', '2026-01-01', '1', 'Jan 1 2026'])(
    'refuses a date without an explicit offset (%s), which would depend on the host time zone',
    (date) => {
      const result = parsePayment({ ...base(), date_approved: date });
      expect(result._unsafeUnwrapErr().path).toBe('date_approved');
    },
  );

  it('reads an id with leading zeros as the same payment', () => {
    expect(parsePayment({ ...base(), id: '00123' })._unsafeUnwrap().id).toBe('123');
  });

  it('refuses a refunded payment that has not refunded everything', () => {
    const json = {
      ...base(),
      status: 'refunded',
      status_detail: 'refunded',
      transaction_amount_refunded: 50,
    };
    expect(parsePayment(json)._unsafeUnwrapErr().path).toBe('transaction_amount_refunded');
  });

  it('refuses a refund that belongs to another payment', () => {
    const refund = {
      id: 1,
      payment_id: 999,
      amount: 10,
      date_created: '2026-01-02T10:00:00.000-04:00',
    };
    const json = { ...base(), status_detail: 'partially_refunded', refunds: [refund] };
    expect(parsePayment(json)._unsafeUnwrapErr().path).toBe('refunds.0.payment_id');
  });

  it('writes a date beyond the year 9999 or an invalid one without throwing, and refuses it back', () => {
    const payment = parsePayment(base())._unsafeUnwrap();
    for (const date of [new Date('+010000-06-01T00:00:00Z'), new Date(Number.NaN)]) {
      const wire = toWirePayment({ ...payment, dateApproved: date });
      expect(parsePayment(wire)._unsafeUnwrapErr().path).toBe('date_approved');
    }
  });

  it('plans a hand-made payment with a fraction in a fee without throwing', () => {
    const payment = parsePayment(base())._unsafeUnwrap();
    const odd = {
      ...payment,
      feeDetails: [{ type: 'f', amount: 0.5, feePayer: 'collector' as const }],
    };
    const plan = planRefund(odd, { amount: 333 }, { now: new Date('2026-01-02T00:00:00Z') });
    expect(plan._unsafeUnwrap().amount).toBe(333);
  });
});
