import * as fc from 'fast-check';
import type { WireMappableError } from '../errors.js';
import * as errors from '../errors.js';
import { PAYMENT_STATUSES } from '../payment/payment.js';
import { WIRE_ERROR_TYPES, wireCodeOf } from '../wire/error-wire-table.js';
import { VARIANT_BY_STATUS } from '../wire/wire-error.js';

type Variant<T extends WireMappableError['type']> = Extract<WireMappableError, { type: T }>;
type Variants = { readonly [T in WireMappableError['type']]: fc.Arbitrary<Variant<T>> };

const message = fc.string({ maxLength: 30 });
const count = fc.nat({ max: 1_000_000_000 });
const digits = fc.stringMatching(/^[1-9]\d{0,11}$/);
const status = fc.constantFrom(...PAYMENT_STATUSES);
// Statuses `fromWireError` reads as a specific variant, and codes some variant travels under,
// are what an `UnknownApiError` must not carry to read back as itself.
const plainClientStatus = fc
  .integer({ min: 400, max: 499 })
  .filter((httpStatus) => !VARIANT_BY_STATUS.has(httpStatus));
const KNOWN_CODES: ReadonlySet<number | string> = new Set(WIRE_ERROR_TYPES.map(wireCodeOf));
const unknownCode = fc
  .oneof(fc.integer({ min: 1, max: 999_999 }), fc.stringMatching(/^x_[a-z_]{1,12}$/))
  .filter((code) => !KNOWN_CODES.has(code) && code !== 401);

// Keyed by `type` so that adding a variant to the catalogue fails to compile until it is here.
const VARIANTS: Variants = {
  InvalidInstant: fc
    .record({ message, field: fc.constantFrom('now', 'dateApproved') })
    .map(errors.invalidInstant),
  AmountNotNumeric: message.map(errors.amountNotNumeric),
  AmountNotPositive: message.map(errors.amountNotPositive),
  InvalidPaymentState: fc
    .record({
      message,
      status: fc.option(status, { nil: null }),
      statusDetail: fc.option(fc.string(), { nil: null }),
    })
    .map(errors.invalidPaymentState),
  RefundWindowExpired: fc
    .record({
      message,
      deadline: fc.option(
        fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
        { nil: null },
      ),
    })
    .map(errors.refundWindowExpired),
  PartialRefundUnsupported: fc
    .record({
      message,
      reason: fc.option(
        fc.constantFrom(
          'marketplace' as const,
          'payment_method' as const,
          'recurring_payment' as const,
          'site_full_only' as const,
        ),
        { nil: null },
      ),
    })
    .map(errors.partialRefundUnsupported),
  TooManyRefunds: fc.record({ message, maxRefunds: count }).map(errors.tooManyRefunds),
  AmountExceedsRefundable: fc
    .record({ message, remaining: count })
    .map(errors.amountExceedsRefundable),
  InsufficientBalance: fc
    .record({ message, required: count, available: count })
    .map(errors.insufficientBalance),
  CancellationNotAllowed: fc
    .record({ message, status: fc.option(status, { nil: null }) })
    .map(errors.cancellationNotAllowed),
  AmountTooPrecise: fc
    .record({ message, currency: fc.string({ maxLength: 3 }), decimals: fc.nat({ max: 4 }) })
    .map(errors.amountTooPrecise),
  AmountOutOfRange: fc.record({ message, max: count }).map(errors.amountOutOfRange),
  UnsupportedCurrency: fc
    .record({ message, currency: fc.string({ maxLength: 3 }) })
    .map(errors.unsupportedCurrency),
  CurrencyMismatch: fc
    .record({
      message,
      expected: fc.string({ maxLength: 3 }),
      received: fc.string({ maxLength: 3 }),
    })
    .map(errors.currencyMismatch),
  InvalidCancellationStatus: message.map(errors.invalidCancellationStatus),
  MissingCancellationStatus: message.map(errors.missingCancellationStatus),
  PaymentNotFound: fc
    .record({ message, paymentId: fc.option(digits, { nil: null }) })
    .map(errors.paymentNotFound),
  RefundNotFound: fc
    .record({ message, refundId: fc.option(digits, { nil: null }) })
    .map(errors.refundNotFound),
  InvalidSplitterId: message.map(errors.invalidSplitterId),
  InvalidId: fc.record({ message, id: fc.string({ maxLength: 12 }) }).map(errors.invalidId),
  AdvancedPaymentNotFound: message.map(errors.advancedPaymentNotFound),
  InvalidAdvancedPayment: fc
    .record({
      message,
      reason: fc.constantFrom(
        'repeated_payment' as const,
        'mixed_currencies' as const,
        'payment_of_another_advanced_payment' as const,
      ),
      index: fc.nat({ max: 19 }),
    })
    .map(errors.invalidAdvancedPayment),
  MissingIdempotencyKey: message.map(errors.missingIdempotencyKey),
  IdempotencyConflict: message.map(errors.idempotencyConflict),
  IdempotencyInProgress: message.map(errors.idempotencyInProgress),
  BadRequest: message.map(errors.badRequest),
  Unauthorized: message.map(errors.unauthorized),
  RateLimited: fc
    .record({ message, retryAfterMs: fc.option(count, { nil: null }) })
    .map(errors.rateLimited),
  ServerError: fc
    .record({ message, httpStatus: fc.integer({ min: 500, max: 599 }) })
    .map(errors.serverError),
  UnknownApiError: fc.oneof(
    fc
      .record({ message, httpStatus: fc.integer({ min: 400, max: 599 }), code: fc.constant(null) })
      .map(errors.unknownApiError),
    fc
      .record({
        message,
        httpStatus: plainClientStatus,
        code: unknownCode,
      })
      .map(errors.unknownApiError),
  ),
};

/**
 * Any error that has a wire form (`WireMappableError`), every variant of the catalogue with
 * its typed fields filled in: counts and balances as non-negative integers, statuses from the
 * payment statuses, deadlines as ISO-8601 or `null`. Its `UnknownApiError`s carry no code or a
 * code no other variant uses (`5xxx`, `x_…`) under a status that says nothing more, so every
 * value reads back as itself through `toWireError` and `fromWireError`, JSON included.
 */
export const wireMappableErrorArb: fc.Arbitrary<WireMappableError> = fc.oneof(
  ...WIRE_ERROR_TYPES.map((type): fc.Arbitrary<WireMappableError> => VARIANTS[type]),
);
