// One table from error type to Mercado Pago code and HTTP status, and a decoder that never
// invents a field the answer did not carry.
import {
  ERROR_WIRE_TABLE,
  fromWireError,
  hasWireForm,
  type ReembolsoError,
  toWireError,
  WIRE_ERROR_TYPES,
  type WireErrorType,
  type WireMappableError,
  wireCodeOf,
} from '@reembolso/core';
import { wireMappableErrorArb } from '@reembolso/core/testing';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';

const wire = (code: number | string, data: unknown = null) => ({
  status: 400,
  error: 'bad_request',
  message: 'm',
  cause: [{ code, description: 'd', data }],
});

describe('the error wire table', () => {
  it('has a row for exactly every type of the catalogue', () => {
    expectTypeOf<keyof typeof ERROR_WIRE_TABLE>().toEqualTypeOf<ReembolsoError['type']>();
    expectTypeOf<WireErrorType>().toEqualTypeOf<WireMappableError['type']>();
  });

  it('is what every constructed error carries, and what it travels under', () => {
    fc.assert(
      fc.property(wireMappableErrorArb, (error) => {
        const row = ERROR_WIRE_TABLE[error.type];
        if (error.type !== 'UnknownApiError') expect(error.code).toBe(row.code);
        if (error.type !== 'ServerError' && error.type !== 'UnknownApiError') {
          expect(error.httpStatus).toBe(row.httpStatus);
        }
        expect(toWireError(error).cause[0]?.code).toBe(error.code ?? wireCodeOf(error.type));
      }),
    );
  });

  it('gives every wire type a distinct code', () => {
    const codes = WIRE_ERROR_TYPES.map(wireCodeOf);
    expect(new Set(codes).size).toBe(codes.length);
    expect(hasWireForm('Timeout')).toBe(false);
    expect(hasWireForm('PaymentParseError')).toBe(false);
    expect(hasWireForm('InvalidAdvancedPayment')).toBe(true);
  });
});

describe('fromWireError never invents a field', () => {
  it.each<[number | string, Record<string, unknown>]>([
    [2063, { type: 'InvalidPaymentState', status: null, statusDetail: null }],
    [2018, { type: 'CancellationNotAllowed', status: null }],
    [3024, { type: 'PartialRefundUnsupported', reason: null }],
    [2000, { type: 'PaymentNotFound', paymentId: null }],
    [2032, { type: 'RefundNotFound', refundId: null }],
    [2024, { type: 'RefundWindowExpired', deadline: null }],
  ])('a %s without data has null fields', (code, expected) => {
    expect(fromWireError(400, wire(code))).toMatchObject(expected);
  });

  it('an ill-typed field is null too, never a default', () => {
    expect(fromWireError(400, wire(2063, { status: 'nonsense' }))).toMatchObject({
      status: null,
    });
    expect(fromWireError(400, wire(3024, { reason: 'other' }))).toMatchObject({ reason: null });
  });

  it.each([
    'too_many_refunds',
    'amount_exceeds_refundable',
    'insufficient_balance',
    'amount_too_precise',
    'amount_out_of_range',
    'unsupported_currency',
    'invalid_id',
    'invalid_advanced_payment',
  ])('reembolso’s own %s without its fields is an UnknownApiError with that code', (code) => {
    expect(fromWireError(400, wire(code))).toEqual({
      type: 'UnknownApiError',
      code,
      httpStatus: 400,
      message: 'd',
    });
  });
});
