import * as v from 'valibot';
import type {
  AdvancedPaymentFlaw,
  GatewayError,
  PartialRefundExclusion,
  WireMappableError,
} from '../errors.js';
import * as errors from '../errors.js';
import { wireIdOf } from '../payment/mercado-pago-id.js';
import { PAYMENT_STATUSES, type PaymentStatus } from '../payment/payment.js';
import {
  ERROR_WIRE_TABLE,
  type ErrorWireRow,
  WIRE_ERROR_TYPES,
  type WireErrorType,
  wireCodeOf,
} from './error-wire-table.js';

/** One entry of a wire error's `cause` array. */
export interface WireErrorCause {
  readonly code: number | string;
  readonly description: string;
  readonly data: Readonly<Record<string, unknown>> | null;
}

/** Mercado Pago's error body. */
export interface WireError {
  readonly status: number;
  readonly error: string;
  readonly message: string;
  readonly cause: readonly WireErrorCause[];
}

/** The `error` word Mercado Pago puts beside an HTTP status (`bad_request` for 400, …). */
export const errorWordOf = (httpStatus: number): string => {
  if (httpStatus === 401) return 'unauthorized';
  if (httpStatus === 403) return 'forbidden';
  if (httpStatus === 404) return 'not_found';
  if (httpStatus === 409) return 'conflict';
  if (httpStatus === 413) return 'payload_too_large';
  if (httpStatus === 415) return 'unsupported_media_type';
  if (httpStatus === 422) return 'unprocessable_entity';
  if (httpStatus === 429) return 'too_many_requests';
  if (httpStatus >= 500) return 'internal_server_error';
  return 'bad_request';
};

/**
 * The wire form of an error: its HTTP status, the `error` word, the message and one
 * cause whose `code` is Mercado Pago's code, or for errors Mercado Pago has no code for, the
 * snake-cased `type` (`too_many_refunds`). The variant's typed fields travel in `cause[0].data`,
 * so {@link fromWireError} gives the same error back. Total: never fails.
 */
export const toWireError = (error: WireMappableError): WireError => {
  const { type, code, httpStatus, message, ...fields } = error;
  const data = Object.keys(fields).length > 0 ? fields : null;
  return {
    status: httpStatus,
    error: errorWordOf(httpStatus),
    message,
    cause: [{ code: code ?? wireCodeOf(type), description: message, data }],
  };
};

const causeSchema = v.looseObject({
  code: v.optional(v.union([v.number(), v.string()])),
  description: v.optional(v.unknown()),
  message: v.optional(v.unknown()),
  data: v.optional(v.unknown()),
});
const bodySchema = v.looseObject({
  message: v.optional(v.unknown()),
  cause: v.optional(v.union([v.array(v.unknown()), causeSchema])),
});

type Data = Readonly<Record<string, unknown>>;
type Variant<T extends WireErrorType> = Extract<WireMappableError, { readonly type: T }>;
// Builds the variant from a cause's data, or `null` when a field it cannot do without is missing
// or ill-typed: then the answer is not one of ours and is read as `UnknownApiError`.
type Reader<T extends WireErrorType> = (
  data: Data,
  message: string,
  httpStatus: number,
) => Variant<T> | null;

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : null;
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): T | null =>
    values.find((candidate) => candidate === value) ?? null;
const paymentStatus = oneOf<PaymentStatus>(PAYMENT_STATUSES);
const exclusion = oneOf<PartialRefundExclusion>([
  'marketplace',
  'payment_method',
  'recurring_payment',
  'site_full_only',
]);
const flaw = oneOf<AdvancedPaymentFlaw>([
  'repeated_payment',
  'mixed_currencies',
  'payment_of_another_advanced_payment',
]);
// Built only when every field is there: `all({ a, b })` is `null` as soon as one is `null`.
const all = <F extends Record<string, unknown>>(
  fields: {
    readonly [K in keyof F]: F[K] | null;
  },
): F | null => (Object.values(fields).includes(null) ? null : (fields as F));

// Fields Mercado Pago documents the code for but does not send (a 2063 carries no status) are
// `null`; the fields of reembolso's own codes must be there.
const READERS: { readonly [T in WireErrorType]: Reader<T> } = {
  InvalidInstant: (d, message) => {
    const field = text(d.field);
    return field === null ? null : errors.invalidInstant({ message, field });
  },
  AmountNotNumeric: (_, message) => errors.amountNotNumeric(message),
  AmountNotPositive: (_, message) => errors.amountNotPositive(message),
  AmountTooPrecise: (d, message) => {
    const f = all({ currency: text(d.currency), decimals: count(d.decimals) });
    return f && errors.amountTooPrecise({ message, ...f });
  },
  AmountOutOfRange: (d, message) => {
    const max = count(d.max);
    return max === null ? null : errors.amountOutOfRange({ message, max });
  },
  UnsupportedCurrency: (d, message) => {
    const currency = text(d.currency);
    return currency === null ? null : errors.unsupportedCurrency({ message, currency });
  },
  CurrencyMismatch: (d, message) => {
    const f = all({ expected: text(d.expected), received: text(d.received) });
    return f && errors.currencyMismatch({ message, ...f });
  },
  InvalidPaymentState: (d, message) =>
    errors.invalidPaymentState({
      message,
      status: paymentStatus(d.status),
      statusDetail: text(d.statusDetail),
    }),
  RefundWindowExpired: (d, message) =>
    errors.refundWindowExpired({ message, deadline: text(d.deadline) }),
  PartialRefundUnsupported: (d, message) =>
    errors.partialRefundUnsupported({ message, reason: exclusion(d.reason) }),
  TooManyRefunds: (d, message) => {
    const maxRefunds = count(d.maxRefunds);
    return maxRefunds === null ? null : errors.tooManyRefunds({ message, maxRefunds });
  },
  AmountExceedsRefundable: (d, message) => {
    const remaining = count(d.remaining);
    return remaining === null ? null : errors.amountExceedsRefundable({ message, remaining });
  },
  InsufficientBalance: (d, message) => {
    const f = all({ required: count(d.required), available: count(d.available) });
    return f && errors.insufficientBalance({ message, ...f });
  },
  CancellationNotAllowed: (d, message) =>
    errors.cancellationNotAllowed({ message, status: paymentStatus(d.status) }),
  InvalidCancellationStatus: (_, message) => errors.invalidCancellationStatus(message),
  MissingCancellationStatus: (_, message) => errors.missingCancellationStatus(message),
  PaymentNotFound: (d, message) =>
    errors.paymentNotFound({ message, paymentId: wireIdOf(d.paymentId) }),
  RefundNotFound: (d, message) =>
    errors.refundNotFound({ message, refundId: wireIdOf(d.refundId) }),
  InvalidSplitterId: (_, message) => errors.invalidSplitterId(message),
  InvalidId: (d, message) => {
    const id = text(d.id);
    return id === null ? null : errors.invalidId({ message, id });
  },
  AdvancedPaymentNotFound: (_, message) => errors.advancedPaymentNotFound(message),
  InvalidAdvancedPayment: (d, message) => {
    const f = all({ reason: flaw(d.reason), index: count(d.index) });
    return f && errors.invalidAdvancedPayment({ message, ...f });
  },
  MissingIdempotencyKey: (_, message) => errors.missingIdempotencyKey(message),
  IdempotencyConflict: (_, message) => errors.idempotencyConflict(message),
  IdempotencyInProgress: (_, message) => errors.idempotencyInProgress(message),
  BadRequest: (_, message) => errors.badRequest(message),
  Unauthorized: (_, message) => errors.unauthorized(message),
  RateLimited: (d, message) => errors.rateLimited({ message, retryAfterMs: count(d.retryAfterMs) }),
  ServerError: (_, message, httpStatus) => errors.serverError({ message, httpStatus }),
  UnknownApiError: (_, message, httpStatus) =>
    errors.unknownApiError({ message, httpStatus, code: null }),
};

// From every code a variant travels under (or is also sent as) to its type: read off the table.
const TYPE_BY_CODE: ReadonlyMap<number | string, WireErrorType> = new Map(
  WIRE_ERROR_TYPES.flatMap((type) => {
    const row: ErrorWireRow<unknown, unknown> = ERROR_WIRE_TABLE[type];
    return [wireCodeOf(type), ...(row.alsoReadFrom ?? [])].map((code) => [code, type] as const);
  }),
);

const decode = <T extends WireErrorType>(
  type: T,
  data: Data,
  message: string,
  httpStatus: number,
): GatewayError | null => READERS[type](data, message, httpStatus);

/**
 * Reads a Mercado Pago error answer back into the catalogue: by `cause[].code` first (a number
 * or a numeric string alike), then by HTTP status, so a refusal from Mercado Pago is the same
 * variant as the same refusal planned locally. Never throws, whatever the body.
 *
 * Never invents a value: a field Mercado Pago documents the code for but leaves out (the status
 * of a 2063, the reason of a 3024, the id of a 2000) is `null`, and a code of reembolso's own
 * whose fields are missing or ill-typed reads as `UnknownApiError` with that code.
 *
 * Returns the matching {@link GatewayError}; `UnknownApiError` when neither the code nor the
 * status says more.
 */
export const fromWireError = (httpStatus: number, body: unknown): GatewayError => {
  const parsed = v.safeParse(bodySchema, body);
  const wire = parsed.success ? parsed.output : {};
  const rawCauses =
    wire.cause === undefined ? [] : Array.isArray(wire.cause) ? wire.cause : [wire.cause];
  const causes = rawCauses.flatMap((cause) => {
    const c = v.safeParse(causeSchema, cause);
    return c.success ? [c.output] : [];
  });
  const topMessage = typeof wire.message === 'string' ? wire.message : errorWordOf(httpStatus);
  for (const cause of causes) {
    const code = normalizeCode(cause.code);
    const type = code === null ? undefined : TYPE_BY_CODE.get(code);
    if (type !== undefined) {
      const message =
        typeof cause.description === 'string'
          ? cause.description
          : typeof cause.message === 'string'
            ? cause.message
            : topMessage;
      const data = isRecord(cause.data) ? cause.data : {};
      return (
        decode(type, data, message, httpStatus) ??
        errors.unknownApiError({ message, httpStatus, code })
      );
    }
  }
  const firstCode = normalizeCode(causes[0]?.code);
  return byStatus(httpStatus, topMessage, firstCode);
};

const normalizeCode = (code: number | string | undefined): number | string | null => {
  if (code === undefined) return null;
  // Codes are Mercado Pago identifiers too: `"2063"` and `2063` are the same code.
  const numeric = typeof code === 'string' ? wireIdOf(code) : null;
  return numeric === null ? code : Number(numeric);
};

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The client-error statuses that alone tell a variant, when the code says nothing. */
export const VARIANT_BY_STATUS: ReadonlyMap<number, (message: string) => GatewayError> = new Map<
  number,
  (message: string) => GatewayError
>([
  [401, (message) => errors.unauthorized(message)],
  [403, (message) => errors.unauthorized(message)],
  [409, (message) => errors.idempotencyInProgress(message)],
  [422, (message) => errors.idempotencyConflict(message)],
  [429, (message) => errors.rateLimited({ message, retryAfterMs: null })],
]);

const byStatus = (
  httpStatus: number,
  message: string,
  code: number | string | null,
): GatewayError => {
  const variant = VARIANT_BY_STATUS.get(httpStatus);
  if (variant) return variant(message);
  if (httpStatus >= 500) return errors.serverError({ message, httpStatus });
  return errors.unknownApiError({ message, httpStatus, code });
};
