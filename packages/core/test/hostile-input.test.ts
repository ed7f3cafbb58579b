// Hostile input to the core (issue 10): one id rule, bounded nesting, no echo of input values,
// advanced refunds that can never refund a payment twice.
import {
  checkDisbursements,
  isMercadoPagoId,
  issueMessage,
  isWithinJsonDepth,
  MAX_JSON_DEPTH,
  parsePayment,
  parseRefund,
  planAdvancedRefund,
  toWirePayment,
  wireIdOf,
} from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import { aPayment, NOW } from './fixtures.js';

const nested = (levels: number): unknown => {
  let value: unknown = {};
  for (let level = 1; level < levels; level += 1) value = { a: value };
  return value;
};

const CANARY = 'canary-7f3a9@example.com';

describe('the id rule', () => {
  it.each([
    ['0', true],
    ['1001', true],
    ['00123', true],
    ['', false],
    ['-1', false],
    ['1e3', false],
    [' 1', false],
    ['12a', false],
    ['１２', false],
  ])('isMercadoPagoId(%j) is %s', (text, expected) => {
    expect(isMercadoPagoId(text)).toBe(expected);
  });

  it.each<[unknown, string | null]>([
    [123, '123'],
    ['00123', '123'],
    [0, '0'],
    [-1, null],
    [1.5, null],
    [2 ** 53, null],
    ['9007199254740993', null],
    ['12a', null],
    [null, null],
    [{}, null],
  ])('wireIdOf(%j) is %j', (value, expected) => {
    expect(wireIdOf(value)).toBe(expected);
  });
});

describe('JSON depth', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels and refuses ${MAX_JSON_DEPTH + 1}`, () => {
    expect(isWithinJsonDepth(nested(MAX_JSON_DEPTH))).toBe(true);
    expect(isWithinJsonDepth(nested(MAX_JSON_DEPTH + 1))).toBe(false);
    expect(isWithinJsonDepth(42)).toBe(true);
    expect(isWithinJsonDepth([[[]]], 3)).toBe(true);
    expect(isWithinJsonDepth([[[[]]]], 3)).toBe(false);
  });

  it('walks 100 000 levels without overflowing the stack', () => {
    expect(isWithinJsonDepth(nested(100_000))).toBe(false);
  });

  it('calls a cyclic value too deep, and walks a shared value in bounded time', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(isWithinJsonDepth(cyclic)).toBe(false);
    // 40 levels of two references to the same child: 2^40 paths, 40 objects.
    let shared: unknown = {};
    for (let level = 0; level < 40; level += 1) shared = { left: shared, right: shared };
    expect(isWithinJsonDepth(shared)).toBe(true);
  });

  it('parsePayment refuses a refund metadata nested 6 000 levels at the root path', () => {
    const wire = toWirePayment(aPayment());
    const refund = {
      id: 5000,
      payment_id: 1001,
      amount: 10,
      date_created: '2024-05-30T12:00:00.000Z',
      metadata: nested(6_000),
    };
    const parsed = parsePayment({ ...wire, refunds: [refund], transaction_amount_refunded: 10 });
    // Asserted without printing the value: a failure message would walk all 6 000 levels.
    expect(parsed.isErr() && parsed.error.type === 'PaymentParseError' && parsed.error.path).toBe(
      '',
    );
    const single = parseRefund(refund, 'BRL');
    expect(single.isErr() && single.error.path).toBe('');
  });
});

describe('errors never echo the input', () => {
  it('parsePayment given a JSON string says what was expected, not the string', () => {
    const text = JSON.stringify({ ...toWirePayment(aPayment()), payer: { email: CANARY } });
    const error = parsePayment(text)._unsafeUnwrapErr();
    expect(error.message).not.toContain(CANARY);
    expect(error.message).toMatch(/expected/i);
  });

  it.each<[string, Record<string, unknown>]>([
    ['status', { status: CANARY }],
    ['currency_id', { currency_id: CANARY }],
    ['payment_method_id', { payment_method_id: { email: CANARY } }],
    ['id', { id: CANARY }],
    ['date_approved', { date_approved: CANARY }],
    ['fee_details', { fee_details: [{ type: 'x', amount: 1, fee_payer: CANARY }] }],
    ['description', { description: [CANARY] }],
  ])('parsePayment with a bad %s names the field only', (field, override) => {
    const error = parsePayment({ ...toWirePayment(aPayment()), ...override })._unsafeUnwrapErr();
    expect(error.path.startsWith(field)).toBe(true);
    expect(JSON.stringify(error)).not.toContain(CANARY);
  });

  it('issueMessage keeps a message that quotes nothing, else says what was expected', () => {
    expect(issueMessage({ message: 'must be a number', received: '"x"', expected: 'number' })).toBe(
      'must be a number',
    );
    expect(
      issueMessage({
        message: `Invalid type: Expected string but received "${CANARY}"`,
        received: `"${CANARY}"`,
        expected: 'string',
      }),
    ).toBe('expected string');
  });
});

describe('advanced payments', () => {
  const brl = aPayment();
  const other = aPayment({ id: '1002' });

  it('refuse a payment twice or mixed currencies, naming the first disbursement at fault', () => {
    expect(checkDisbursements([brl, other])._unsafeUnwrap()).toHaveLength(2);
    expect(checkDisbursements([brl, other, brl])._unsafeUnwrapErr()).toMatchObject({
      type: 'InvalidAdvancedPayment',
      reason: 'repeated_payment',
      index: 2,
      httpStatus: 400,
    });
    expect(
      checkDisbursements([brl, aPayment({ id: '1003', currency: 'CLP' })])._unsafeUnwrapErr(),
    ).toMatchObject({ reason: 'mixed_currencies', index: 1 });
  });

  it('planAdvancedRefund never plans two refunds of one payment', () => {
    const plans = planAdvancedRefund([brl, brl], {}, { now: NOW });
    expect(plans._unsafeUnwrapErr()).toMatchObject({ reason: 'repeated_payment' });
    expect(
      planAdvancedRefund(
        [brl, aPayment({ id: '1003', currency: 'CLP' })],
        { amount: 50 },
        { now: NOW },
      )._unsafeUnwrapErr(),
    ).toMatchObject({ reason: 'mixed_currencies' });
  });
});
