// What a first wrong call answers: the type a program branches on, and words that say what to do.
import {
  formatAmount,
  fromWireError,
  invalidInstant,
  parsePayment,
  planAdvancedRefund,
  planRefund,
  toMinor,
  toWireError,
} from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import { aPayment, aRefund, NOW } from './fixtures.js';

describe('an amount that is not an integer number of minor units', () => {
  it('is AmountNotNumeric (4041) saying minor units were expected and naming toMinor', () => {
    const error = planRefund(aPayment(), { amount: 10.5 }, { now: NOW })._unsafeUnwrapErr();
    expect(error).toMatchObject({ type: 'AmountNotNumeric', code: 4041, httpStatus: 400 });
    expect(error.message).toContain('integer number of minor units');
    expect(error.message).toContain('toMinor');
    expect(error.message).not.toContain('must be numeric');
  });

  it('travels under 4041 on the wire, its words with it', () => {
    const error = planRefund(aPayment(), { amount: 10.5 }, { now: NOW })._unsafeUnwrapErr();
    if (error.type !== 'AmountNotNumeric') throw new Error(error.type);
    expect(toWireError(error).cause[0]?.code).toBe(4041);
    expect(fromWireError(400, toWireError(error))).toEqual(error);
  });

  it('from toMinor, a string that is no decimal says a decimal was expected', () => {
    expect(toMinor('ten', 'BRL')._unsafeUnwrapErr().message).toMatch(/decimal number/);
  });
});

describe('an invalid instant', () => {
  const garbage = new Date('garbage');

  it('is InvalidInstant naming `now` from planRefund, before any rule', () => {
    expect(planRefund(aPayment(), { amount: 10.5 }, { now: garbage })._unsafeUnwrapErr()).toEqual(
      invalidInstant({ field: 'now' }),
    );
    expect(planRefund(aPayment(), {}, { now: garbage })._unsafeUnwrapErr()).toMatchObject({
      type: 'InvalidInstant',
      code: null,
      httpStatus: 400,
      field: 'now',
    });
  });

  it('is InvalidInstant naming `now` from planAdvancedRefund, with or without an amount', () => {
    for (const request of [{}, { amount: 500 }]) {
      expect(
        planAdvancedRefund([aPayment(), aPayment({ id: '1002' })], request, {
          now: garbage,
        })._unsafeUnwrapErr().type,
      ).toBe('InvalidInstant');
    }
  });

  it('is InvalidInstant naming `dateApproved` when the payment holds an invalid date', () => {
    const payment = aPayment({ dateApproved: garbage });
    expect(planRefund(payment, {}, { now: NOW })._unsafeUnwrapErr()).toMatchObject({
      type: 'InvalidInstant',
      field: 'dateApproved',
    });
  });

  it('says what is wrong, and travels as invalid_instant (400) and back', () => {
    const error = invalidInstant({ field: 'now' });
    expect(error.message).toMatch(/^now is an invalid date/);
    const wire = toWireError(error);
    expect(wire).toMatchObject({ status: 400, cause: [{ code: 'invalid_instant' }] });
    expect(fromWireError(400, wire)).toEqual(error);
  });
});

describe('a payment JSON with a required field missing', () => {
  it('is a PaymentParseError saying which field is missing', () => {
    expect(parsePayment({ id: 1001, status: 'approved' })._unsafeUnwrapErr()).toMatchObject({
      type: 'PaymentParseError',
      path: 'currency_id',
      message: 'currency_id is missing',
    });
  });
});

describe('amounts in messages', () => {
  it('are decimals of the payment currency', () => {
    const payment = aPayment({ refundedAmount: 3050, refunds: [aRefund(3050)] });
    const error = planRefund(payment, { amount: 8000 }, { now: NOW })._unsafeUnwrapErr();
    expect(error).toMatchObject({ type: 'AmountExceedsRefundable', remaining: 6950 });
    expect(error.message).toBe('amount exceeds what remains to refund (69.50 BRL)');
    const short = planRefund(aPayment(), { amount: 1000 }, { now: NOW, availableBalance: 500 });
    expect(short._unsafeUnwrapErr().message).toBe(
      "available balance (5.00 BRL) cannot cover the collector's debit of 10.00 BRL",
    );
  });

  it.each([
    [6950, 'BRL', '69.50 BRL'],
    [5, 'ARS', '0.05 ARS'],
    [-1050, 'MXN', '-10.50 MXN'],
    [1500, 'CLP', '1500 CLP'],
    [9_007_199_254_740_991, 'BRL', '90071992547409.91 BRL'],
  ] as const)('formatAmount(%d, %s) is %s', (minor, currency, text) => {
    expect(formatAmount(minor, currency)).toBe(text);
  });
});
