import type { GatewayError, WireMappableError } from '@reembolso/core';
import * as core from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import { errorFromResponse } from '../src/index.js';

const wire = (code: number | string, status: number, description = 'from Mercado Pago') => ({
  status,
  error: core.errorWordOf(status),
  message: description,
  cause: [{ code, description, data: null }],
});

type Row = readonly [
  rule: string,
  status: number,
  body: unknown,
  retryAfterMs: number | null,
  expected: Partial<GatewayError> & { readonly type: GatewayError['type'] },
];

const table: readonly Row[] = [
  // By cause code first: each Mercado Pago code is the core's variant for it.
  [
    '4041 is AmountNotNumeric',
    400,
    wire(4041, 400),
    null,
    { type: 'AmountNotNumeric', code: 4041 },
  ],
  [
    '4040 is AmountNotPositive',
    400,
    wire(4040, 400),
    null,
    { type: 'AmountNotPositive', code: 4040 },
  ],
  [
    '2063 is InvalidPaymentState',
    400,
    wire(2063, 400),
    null,
    { type: 'InvalidPaymentState', code: 2063 },
  ],
  [
    '2024 is RefundWindowExpired',
    400,
    wire(2024, 400),
    null,
    { type: 'RefundWindowExpired', code: 2024 },
  ],
  [
    '3024 is PartialRefundUnsupported',
    400,
    wire(3024, 400),
    null,
    { type: 'PartialRefundUnsupported', code: 3024 },
  ],
  [
    '2018 is CancellationNotAllowed',
    400,
    wire(2018, 400),
    null,
    { type: 'CancellationNotAllowed', code: 2018 },
  ],
  [
    '2016 is InvalidCancellationStatus',
    400,
    wire(2016, 400),
    null,
    { type: 'InvalidCancellationStatus' },
  ],
  [
    '4017 is MissingCancellationStatus',
    400,
    wire(4017, 400),
    null,
    { type: 'MissingCancellationStatus' },
  ],
  ['2000 is PaymentNotFound', 404, wire(2000, 404), null, { type: 'PaymentNotFound', code: 2000 }],
  ['2032 is RefundNotFound', 404, wire(2032, 404), null, { type: 'RefundNotFound', code: 2032 }],
  ['4292 is MissingIdempotencyKey', 400, wire(4292, 400), null, { type: 'MissingIdempotencyKey' }],
  ['400048 is InvalidSplitterId', 400, wire(400048, 400), null, { type: 'InvalidSplitterId' }],
  [
    '404002 is AdvancedPaymentNotFound',
    404,
    wire(404002, 404),
    null,
    { type: 'AdvancedPaymentNotFound' },
  ],
  // Codes arrive as numbers or strings alike (the advanced-payments page sends strings).
  [
    '"2063" as a string is InvalidPaymentState',
    400,
    wire('2063', 400),
    null,
    { type: 'InvalidPaymentState' },
  ],
  [
    '"400048" as a string is InvalidSplitterId',
    400,
    wire('400048', 400),
    null,
    { type: 'InvalidSplitterId' },
  ],
  [
    '"404002" as a string is AdvancedPaymentNotFound',
    404,
    wire('404002', 404),
    null,
    { type: 'AdvancedPaymentNotFound' },
  ],
  // The code wins over an odd status (the reference table groups 2024 and 3024 under 404, 4040 under 401).
  [
    '2024 under 404 is still RefundWindowExpired',
    404,
    wire(2024, 404),
    null,
    { type: 'RefundWindowExpired', httpStatus: 400 },
  ],
  [
    '3024 under 404 is still PartialRefundUnsupported',
    404,
    wire(3024, 404),
    null,
    { type: 'PartialRefundUnsupported' },
  ],
  [
    '4040 under 401 is still AmountNotPositive',
    401,
    wire(4040, 401),
    null,
    { type: 'AmountNotPositive' },
  ],
  // The first known code decides when there are several causes.
  [
    'skips unknown causes for a known one',
    400,
    { cause: [{ code: 1 }, { code: 2063 }] },
    null,
    { type: 'InvalidPaymentState' },
  ],
  [
    'reads a lone cause object',
    400,
    { cause: { code: 4040 } },
    null,
    { type: 'AmountNotPositive' },
  ],
  // The cause's description is the message.
  [
    'keeps the description as the message',
    400,
    wire(2063, 400, 'Invalid payment status'),
    null,
    { message: 'Invalid payment status', type: 'InvalidPaymentState' },
  ],
  // Then by status, when no code is known.
  ['401 is Unauthorized', 401, { message: 'invalid access token' }, null, { type: 'Unauthorized' }],
  ['403 is Unauthorized', 403, undefined, null, { type: 'Unauthorized' }],
  ['409 is IdempotencyInProgress', 409, undefined, null, { type: 'IdempotencyInProgress' }],
  ['422 is IdempotencyConflict', 422, undefined, null, { type: 'IdempotencyConflict' }],
  [
    '429 is RateLimited with no retryAfterMs without header',
    429,
    undefined,
    null,
    { type: 'RateLimited', retryAfterMs: null },
  ],
  // RateLimited carries the Retry-After header.
  [
    '429 is RateLimited with retryAfterMs from the header',
    429,
    undefined,
    1_000,
    { type: 'RateLimited', retryAfterMs: 1_000 },
  ],
  [
    'the header wins over a retryAfterMs in the body',
    429,
    { cause: [{ code: 'rate_limited', data: { retryAfterMs: 9 } }] },
    2_000,
    { type: 'RateLimited', retryAfterMs: 2_000 },
  ],
  ['500 is ServerError', 500, undefined, null, { type: 'ServerError', httpStatus: 500 }],
  [
    '500 with Mercado Pago code 500000 is ServerError',
    500,
    wire('500000', 500),
    null,
    { type: 'ServerError', httpStatus: 500 },
  ],
  [
    '502 with an HTML body is ServerError',
    502,
    undefined,
    null,
    { type: 'ServerError', httpStatus: 502 },
  ],
  // Nothing known: UnknownApiError keeps status and code.
  [
    'an unknown code under 400 is UnknownApiError',
    400,
    wire(9999, 400),
    null,
    { type: 'UnknownApiError', code: 9999, httpStatus: 400 },
  ],
  [
    'an unknown status is UnknownApiError',
    418,
    undefined,
    null,
    { type: 'UnknownApiError', code: null, httpStatus: 418 },
  ],
  [
    'a body of the wrong shape is read by status',
    400,
    [1, 2, 3],
    null,
    { type: 'UnknownApiError', httpStatus: 400 },
  ],
  ['a null body is read by status', 503, null, null, { type: 'ServerError' }],
];

describe('errorFromResponse', () => {
  it.each(table)('%s', (_rule, status, body, retryAfterMs, expected) => {
    expect(errorFromResponse(status, body, retryAfterMs)).toMatchObject(expected);
  });

  const everyWireError: readonly WireMappableError[] = [
    core.amountNotNumeric(),
    core.amountNotPositive(),
    core.amountTooPrecise({ currency: 'BRL', decimals: 2 }),
    core.amountOutOfRange({ max: 999 }),
    core.unsupportedCurrency({ currency: 'USD' }),
    core.invalidPaymentState({ status: 'refunded', statusDetail: 'refunded' }),
    core.refundWindowExpired({ deadline: '2026-01-01T00:00:00.000Z' }),
    core.partialRefundUnsupported({ reason: 'payment_method' }),
    core.tooManyRefunds({ maxRefunds: 20 }),
    core.amountExceedsRefundable({ remaining: 1_234 }),
    core.insufficientBalance({ required: 10, available: 5 }),
    core.cancellationNotAllowed({ status: 'approved' }),
    core.invalidCancellationStatus(),
    core.missingCancellationStatus(),
    core.paymentNotFound({ paymentId: '123' }),
    core.refundNotFound({ refundId: '456' }),
    core.invalidSplitterId(),
    core.invalidId({ id: 'x' }),
    core.advancedPaymentNotFound(),
    core.missingIdempotencyKey(),
    core.idempotencyConflict(),
    core.idempotencyInProgress(),
    core.badRequest('bad'),
    core.unauthorized(),
    core.rateLimited({ retryAfterMs: 3_000 }),
    core.serverError({ httpStatus: 503 }),
  ];

  it.each(everyWireError.map((error) => [error.type, error] as const))(
    'reads %s back from its own wire form, losing nothing',
    (_type, error) => {
      expect(errorFromResponse(error.httpStatus, core.toWireError(error), null)).toEqual(error);
    },
  );
});
