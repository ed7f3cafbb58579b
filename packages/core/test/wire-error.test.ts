import {
  amountExceedsRefundable,
  amountNotPositive,
  errorWordOf,
  fromWireError,
  invalidPaymentState,
  partialRefundUnsupported,
  tooManyRefunds,
  toWireError,
} from '@reembolso/core';
import { wireMappableErrorArb } from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const body = (code: number | string, description = 'something', data: unknown = null) => ({
  status: 400,
  error: 'bad_request',
  message: 'top message',
  cause: [{ code, description, data }],
});

describe('toWireError', () => {
  it('writes Mercado Pago’s body: status, error word, message and one cause with the code', () => {
    const error = invalidPaymentState({ status: 'refunded', statusDetail: 'refunded' });
    expect(toWireError(error)).toEqual({
      status: 400,
      error: 'bad_request',
      message: error.message,
      cause: [
        {
          code: 2063,
          description: error.message,
          data: { status: 'refunded', statusDetail: 'refunded' },
        },
      ],
    });
  });

  it('uses the snake-cased type as code where Mercado Pago has none', () => {
    expect(toWireError(tooManyRefunds({ maxRefunds: 20 })).cause[0]).toMatchObject({
      code: 'too_many_refunds',
      data: { maxRefunds: 20 },
    });
  });

  it('sends data null for variants without fields', () => {
    expect(toWireError(amountNotPositive()).cause[0]?.data).toBeNull();
  });
});

describe('fromWireError', () => {
  it.each([
    [4041, 'AmountNotNumeric'],
    [4040, 'AmountNotPositive'],
    [2063, 'InvalidPaymentState'],
    [2024, 'RefundWindowExpired'],
    [3024, 'PartialRefundUnsupported'],
    [2018, 'CancellationNotAllowed'],
    [2016, 'InvalidCancellationStatus'],
    [4017, 'MissingCancellationStatus'],
    [2000, 'PaymentNotFound'],
    [2032, 'RefundNotFound'],
    [400048, 'InvalidSplitterId'],
    [404002, 'AdvancedPaymentNotFound'],
    [4292, 'MissingIdempotencyKey'],
  ])('reads code %i as %s, as a number or as a string', (code, type) => {
    expect(fromWireError(400, body(code)).type).toBe(type);
    expect(fromWireError(400, body(String(code))).type).toBe(type);
  });

  it('reads "400048" given as a string as InvalidSplitterId', () => {
    expect(fromWireError(400, body('400048', 'Invalid splitter id'))).toEqual({
      type: 'InvalidSplitterId',
      code: 400048,
      httpStatus: 400,
      message: 'Invalid splitter id',
    });
  });

  it('branches on the code, never on the HTTP status: 2024 under 404 is still RefundWindowExpired', () => {
    expect(fromWireError(404, body(2024)).type).toBe('RefundWindowExpired');
  });

  it('ignores a status written as a string in the body', () => {
    const error = fromWireError(400, {
      ...body(3024, 'partial refund unsupported', { reason: 'payment_method' }),
      status: '400',
    });
    expect(error).toEqual(
      partialRefundUnsupported({ message: 'partial refund unsupported', reason: 'payment_method' }),
    );
  });

  it('takes the cause’s description, else its message, else the top-level message', () => {
    const withMessage = { message: 'top', cause: [{ code: 4040, message: 'from message' }] };
    const bare = { message: 'top', cause: [{ code: 4040 }] };
    expect(fromWireError(400, body(4040, 'from description')).message).toBe('from description');
    expect(fromWireError(400, withMessage).message).toBe('from message');
    expect(fromWireError(400, bare).message).toBe('top');
  });

  it('accepts a single cause object instead of an array', () => {
    expect(
      fromWireError(400, { message: 'x', cause: { code: '2063', description: 'bad state' } }).type,
    ).toBe('InvalidPaymentState');
  });

  it('skips causes it does not know and reads the first it does', () => {
    const twoCauses = {
      message: 'x',
      cause: [
        { code: 9999, description: 'odd' },
        { code: 2063, description: 'd' },
      ],
    };
    expect(fromWireError(400, twoCauses).type).toBe('InvalidPaymentState');
  });

  it('reads the typed fields back from cause data', () => {
    const wire = toWireError(amountExceedsRefundable({ remaining: 7500 }));
    expect(fromWireError(400, wire)).toMatchObject({
      type: 'AmountExceedsRefundable',
      remaining: 7500,
    });
  });

  describe('falls back on the HTTP status when no code says more', () => {
    it.each([
      [401, 'Unauthorized'],
      [403, 'Unauthorized'],
      [409, 'IdempotencyInProgress'],
      [422, 'IdempotencyConflict'],
      [429, 'RateLimited'],
      [500, 'ServerError'],
      [503, 'ServerError'],
      [400, 'UnknownApiError'],
      [404, 'UnknownApiError'],
    ])('%i → %s', (httpStatus, type) => {
      expect(fromWireError(httpStatus, { message: 'm', cause: [] }).type).toBe(type);
    });

    it('keeps an unknown code in UnknownApiError', () => {
      expect(fromWireError(400, body(9999))).toMatchObject({
        type: 'UnknownApiError',
        code: 9999,
        httpStatus: 400,
      });
    });

    it.each([null, undefined, 'Bad Gateway', 42, [], { cause: 'nope' }])(
      'whatever the body (%j)',
      (garbage) => {
        expect(fromWireError(502, garbage)).toMatchObject({ type: 'ServerError', httpStatus: 502 });
        expect(fromWireError(401, garbage).type).toBe('Unauthorized');
      },
    );
  });
});

describe('errorWordOf', () => {
  it.each([
    [400, 'bad_request'],
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [409, 'conflict'],
    [413, 'payload_too_large'],
    [415, 'unsupported_media_type'],
    [422, 'unprocessable_entity'],
    [429, 'too_many_requests'],
    [500, 'internal_server_error'],
  ])('%i → %s', (httpStatus, word) => {
    expect(errorWordOf(httpStatus)).toBe(word);
  });
});

describe('properties', () => {
  it('every wire-mappable error reads back as itself: fromWireError(e.httpStatus, toWireError(e)) equals e', () => {
    fc.assert(
      fc.property(wireMappableErrorArb, (error) => {
        expect(fromWireError(error.httpStatus, toWireError(error))).toEqual(error);
      }),
      { numRuns: 1000 },
    );
  });

  it('every wire-mappable error survives JSON text, with its code sent as a string too', () => {
    fc.assert(
      fc.property(wireMappableErrorArb, (error) => {
        const wire = JSON.parse(JSON.stringify(toWireError(error)));
        expect(fromWireError(error.httpStatus, wire)).toEqual(error);
        const code = wire.cause[0].code;
        const stringly = { ...wire, cause: [{ ...wire.cause[0], code: String(code) }] };
        expect(fromWireError(error.httpStatus, stringly)).toEqual(error);
      }),
      { numRuns: 1000 },
    );
  });

  it('fromWireError never throws, whatever the status and body', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 599 }),
        fc.anything({ withNullPrototype: true, withBoxedValues: true }),
        (httpStatus, garbage) => {
          expect(typeof fromWireError(httpStatus, garbage).type).toBe('string');
        },
      ),
      { numRuns: 1000 },
    );
  });
});
