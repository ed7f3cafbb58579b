import * as v from 'valibot';
import type { GatewayError, PartialRefundExclusion, WireMappableError } from '../errors.js';
import * as errors from '../errors.js';
import { PAYMENT_STATUSES, type PaymentStatus } from '../payment/payment.js';

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

const snakeCase = (type: string): string =>
  type.replace(
    /[A-Z]/g,
    (letter, index: number) => `${index === 0 ? '' : '_'}${letter.toLowerCase()}`,
  );

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
    cause: [{ code: code ?? snakeCase(type), description: message, data }],
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
type Decoder = (data: Data, message: string, httpStatus: number) => GatewayError;

const num = (data: Data, key: string): number => {
  const value = data[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
};
const str = (data: Data, key: string): string => {
  const value = data[key];
  return typeof value === 'string' ? value : '';
};
const status = (data: Data): PaymentStatus => {
  const value = data.status;
  return PAYMENT_STATUSES.find((s) => s === value) ?? 'approved';
};
const EXCLUSIONS: readonly PartialRefundExclusion[] = [
  'marketplace',
  'payment_method',
  'recurring_payment',
  'site_full_only',
];
const exclusion = (data: Data): PartialRefundExclusion =>
  EXCLUSIONS.find((e) => e === data.reason) ?? 'marketplace';

// One decoder per wire-mappable variant, keyed by the code it travels under.
const DECODERS: ReadonlyMap<number | string, Decoder> = new Map<number | string, Decoder>([
  ['invalid_instant', (d, message) => errors.invalidInstant({ message, field: str(d, 'field') })],
  [4041, (_, message) => errors.amountNotNumeric(message)],
  [4040, (_, message) => errors.amountNotPositive(message)],
  [
    2063,
    (d, message) =>
      errors.invalidPaymentState({
        message,
        status: status(d),
        statusDetail:
          d.statusDetail === undefined || d.statusDetail === null ? null : str(d, 'statusDetail'),
      }),
  ],
  [
    2024,
    (d, message) =>
      errors.refundWindowExpired({
        message,
        deadline: typeof d.deadline === 'string' ? d.deadline : null,
      }),
  ],
  [3024, (d, message) => errors.partialRefundUnsupported({ message, reason: exclusion(d) })],
  [
    'too_many_refunds',
    (d, message) => errors.tooManyRefunds({ message, maxRefunds: num(d, 'maxRefunds') }),
  ],
  [
    'amount_exceeds_refundable',
    (d, message) => errors.amountExceedsRefundable({ message, remaining: num(d, 'remaining') }),
  ],
  [
    'insufficient_balance',
    (d, message) =>
      errors.insufficientBalance({
        message,
        required: num(d, 'required'),
        available: num(d, 'available'),
      }),
  ],
  [2018, (d, message) => errors.cancellationNotAllowed({ message, status: status(d) })],
  [2016, (_, message) => errors.invalidCancellationStatus(message)],
  [4017, (_, message) => errors.missingCancellationStatus(message)],
  [2000, (d, message) => errors.paymentNotFound({ message, paymentId: str(d, 'paymentId') })],
  [2032, (d, message) => errors.refundNotFound({ message, refundId: str(d, 'refundId') })],
  [400048, (_, message) => errors.invalidSplitterId(message)],
  [404002, (_, message) => errors.advancedPaymentNotFound(message)],
  [4292, (_, message) => errors.missingIdempotencyKey(message)],
  [
    'amount_too_precise',
    (d, message) =>
      errors.amountTooPrecise({
        message,
        currency: str(d, 'currency'),
        decimals: num(d, 'decimals'),
      }),
  ],
  ['amount_out_of_range', (d, message) => errors.amountOutOfRange({ message, max: num(d, 'max') })],
  [
    'unsupported_currency',
    (d, message) => errors.unsupportedCurrency({ message, currency: str(d, 'currency') }),
  ],
  ['invalid_id', (d, message) => errors.invalidId({ message, id: str(d, 'id') })],
  ['idempotency_conflict', (_, message) => errors.idempotencyConflict(message)],
  ['idempotency_in_progress', (_, message) => errors.idempotencyInProgress(message)],
  ['bad_request', (_, message) => errors.badRequest(message)],
  ['unauthorized', (_, message) => errors.unauthorized(message)],
  [401, (_, message) => errors.unauthorized(message)],
  [
    'rate_limited',
    (d, message) =>
      errors.rateLimited({
        message,
        retryAfterMs: typeof d.retryAfterMs === 'number' ? d.retryAfterMs : null,
      }),
  ],
  ['server_error', (_, message, httpStatus) => errors.serverError({ message, httpStatus })],
  [
    'unknown_api_error',
    (_, message, httpStatus) => errors.unknownApiError({ message, httpStatus, code: null }),
  ],
]);

/**
 * Reads a Mercado Pago error answer back into the catalogue: by `cause[].code` first (a number
 * or a numeric string alike), then by HTTP status, so a refusal from Mercado Pago is the same
 * variant as the same refusal planned locally. Never throws, whatever the body.
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
    const decoder = code === null ? undefined : DECODERS.get(code);
    if (decoder) {
      const message =
        typeof cause.description === 'string'
          ? cause.description
          : typeof cause.message === 'string'
            ? cause.message
            : topMessage;
      const data = isRecord(cause.data) ? cause.data : {};
      return decoder(data, message, httpStatus);
    }
  }
  const firstCode = normalizeCode(causes[0]?.code);
  return byStatus(httpStatus, topMessage, firstCode);
};

const normalizeCode = (code: number | string | undefined): number | string | null => {
  if (code === undefined) return null;
  if (typeof code === 'string' && /^\d+$/.test(code)) return Number(code);
  return code;
};

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const byStatus = (
  httpStatus: number,
  message: string,
  code: number | string | null,
): GatewayError => {
  if (httpStatus === 401 || httpStatus === 403) return errors.unauthorized(message);
  if (httpStatus === 409) return errors.idempotencyInProgress(message);
  if (httpStatus === 422) return errors.idempotencyConflict(message);
  if (httpStatus === 429) return errors.rateLimited({ message, retryAfterMs: null });
  if (httpStatus >= 500) return errors.serverError({ message, httpStatus });
  return errors.unknownApiError({ message, httpStatus, code });
};
