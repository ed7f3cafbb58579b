/**
 * The closed catalogue of everything that can go wrong in reembolso, one variant per failure,
 * tagged by `type`. Every variant that Mercado Pago can answer with carries its wire identity:
 * `code` (Mercado Pago's `cause[].code`, or `null` where Mercado Pago documents none) and
 * `httpStatus` (the status the sandbox answers with). Constructors are the only way variants
 * are built, so the code and status of a type are written once, here.
 *
 * @module
 */

import type { PaymentStatus } from './payment/payment.js';

/** Why a partial refund is refused for a payment (rule R5). */
export type PartialRefundExclusion =
  | 'marketplace'
  | 'payment_method'
  | 'recurring_payment'
  | 'site_full_only';

/**
 * An instant the call was given is not a valid date (`new Date('garbage')`): nothing that counts
 * time can be decided. `field` names it: `now` of the context, or the payment's `dateApproved`.
 */
export interface InvalidInstant {
  readonly type: 'InvalidInstant';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly field: string;
}
/** R1: the amount is not a finite integer number of minor units (Mercado Pago code 4041). */
export interface AmountNotNumeric {
  readonly type: 'AmountNotNumeric';
  readonly code: 4041;
  readonly httpStatus: 400;
  readonly message: string;
}
/** R2: the amount is zero or negative (Mercado Pago code 4040). */
export interface AmountNotPositive {
  readonly type: 'AmountNotPositive';
  readonly code: 4040;
  readonly httpStatus: 400;
  readonly message: string;
}
/** A decimal amount has more decimals than its currency allows (no Mercado Pago code). */
export interface AmountTooPrecise {
  readonly type: 'AmountTooPrecise';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly currency: string;
  readonly decimals: number;
}
/** An amount is too large to be carried exactly (beyond the safe integer range of minor units). */
export interface AmountOutOfRange {
  readonly type: 'AmountOutOfRange';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly max: number;
}
/** A currency Mercado Pago does not settle in on a supported site (anything but ARS, BRL, MXN, PEN, UYU, CLP, COP). */
export interface UnsupportedCurrency {
  readonly type: 'UnsupportedCurrency';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly currency: string;
}
/** R3: the payment's status does not allow a refund (Mercado Pago code 2063). */
export interface InvalidPaymentState {
  readonly type: 'InvalidPaymentState';
  readonly code: 2063;
  readonly httpStatus: 400;
  readonly message: string;
  readonly status: PaymentStatus;
  readonly statusDetail: string | null;
}
/** R4: the refund window, counted from `date_approved`, has passed (Mercado Pago code 2024). */
export interface RefundWindowExpired {
  readonly type: 'RefundWindowExpired';
  readonly code: 2024;
  readonly httpStatus: 400;
  readonly message: string;
  /** The last instant a refund was allowed, as ISO-8601, or `null` when unknown. */
  readonly deadline: string | null;
}
/** R5: this payment can only be refunded in full (Mercado Pago code 3024). */
export interface PartialRefundUnsupported {
  readonly type: 'PartialRefundUnsupported';
  readonly code: 3024;
  readonly httpStatus: 400;
  readonly message: string;
  readonly reason: PartialRefundExclusion;
}
/** R6: the payment already holds the policy's maximum number of refunds. */
export interface TooManyRefunds {
  readonly type: 'TooManyRefunds';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly maxRefunds: number;
}
/** R7: the amount is more than what remains to refund. `remaining` is in minor units. */
export interface AmountExceedsRefundable {
  readonly type: 'AmountExceedsRefundable';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly remaining: number;
}
/** R8: the collector's available balance cannot cover the debit. Amounts in minor units. */
export interface InsufficientBalance {
  readonly type: 'InsufficientBalance';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly required: number;
  readonly available: number;
}
/** A payment may only be cancelled from the policy's cancellable states (Mercado Pago code 2018). */
export interface CancellationNotAllowed {
  readonly type: 'CancellationNotAllowed';
  readonly code: 2018;
  readonly httpStatus: 400;
  readonly message: string;
  readonly status: PaymentStatus;
}
/** A cancel request whose `status` is not `"cancelled"` (Mercado Pago code 2016). */
export interface InvalidCancellationStatus {
  readonly type: 'InvalidCancellationStatus';
  readonly code: 2016;
  readonly httpStatus: 400;
  readonly message: string;
}
/** A cancel request without `status` (Mercado Pago code 4017). */
export interface MissingCancellationStatus {
  readonly type: 'MissingCancellationStatus';
  readonly code: 4017;
  readonly httpStatus: 400;
  readonly message: string;
}
/** No payment with that id is visible to these credentials (Mercado Pago code 2000). */
export interface PaymentNotFound {
  readonly type: 'PaymentNotFound';
  readonly code: 2000;
  readonly httpStatus: 404;
  readonly message: string;
  readonly paymentId: string;
}
/** No refund with that id on that payment (Mercado Pago code 2032). */
export interface RefundNotFound {
  readonly type: 'RefundNotFound';
  readonly code: 2032;
  readonly httpStatus: 404;
  readonly message: string;
  readonly refundId: string;
}
/** An advanced-payment id that is not decimal digits (Mercado Pago code 400048). */
export interface InvalidSplitterId {
  readonly type: 'InvalidSplitterId';
  readonly code: 400048;
  readonly httpStatus: 400;
  readonly message: string;
}
/** A payment or refund id that is not decimal digits (no Mercado Pago code). */
export interface InvalidId {
  readonly type: 'InvalidId';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly id: string;
}
/** No advanced payment with that id (Mercado Pago code 404002). */
export interface AdvancedPaymentNotFound {
  readonly type: 'AdvancedPaymentNotFound';
  readonly code: 404002;
  readonly httpStatus: 404;
  readonly message: string;
}
/** A refund `POST` without `X-Idempotency-Key` (Mercado Pago code 4292). */
export interface MissingIdempotencyKey {
  readonly type: 'MissingIdempotencyKey';
  readonly code: 4292;
  readonly httpStatus: 400;
  readonly message: string;
}
/** The idempotency key was used before for a different request (HTTP 422). */
export interface IdempotencyConflict {
  readonly type: 'IdempotencyConflict';
  readonly code: null;
  readonly httpStatus: 422;
  readonly message: string;
}
/** The idempotency key belongs to a request still running (HTTP 409). */
export interface IdempotencyInProgress {
  readonly type: 'IdempotencyInProgress';
  readonly code: null;
  readonly httpStatus: 409;
  readonly message: string;
}
/** A request body or parameter that is not of the expected form (HTTP 400). */
export interface BadRequest {
  readonly type: 'BadRequest';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
}
/** The credentials were refused (HTTP 401). The token itself is never carried. */
export interface Unauthorized {
  readonly type: 'Unauthorized';
  readonly code: null;
  readonly httpStatus: 401;
  readonly message: string;
}
/** Mercado Pago asked to slow down (HTTP 429); `retryAfterMs` from `Retry-After` when given. */
export interface RateLimited {
  readonly type: 'RateLimited';
  readonly code: null;
  readonly httpStatus: 429;
  readonly message: string;
  readonly retryAfterMs: number | null;
}
/** Mercado Pago failed (HTTP 5xx). */
export interface ServerError {
  readonly type: 'ServerError';
  readonly code: null;
  readonly httpStatus: number;
  readonly message: string;
}
/** The call took longer than its timeout. */
export interface Timeout {
  readonly type: 'Timeout';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
  readonly timeoutMs: number;
}
/** The caller aborted the call through its `AbortSignal`. */
export interface Aborted {
  readonly type: 'Aborted';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
}
/** The request never got an answer: connection refused, reset, DNS failure. */
export interface NetworkError {
  readonly type: 'Network';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
  readonly cause?: unknown;
}
/** An answer that is not what Mercado Pago documents (malformed JSON, a missing field). */
export interface InvalidResponse {
  readonly type: 'InvalidResponse';
  readonly code: null;
  readonly httpStatus: number | null;
  readonly message: string;
}
/** A wire error whose code and status match nothing in this catalogue. */
export interface UnknownApiError {
  readonly type: 'UnknownApiError';
  readonly code: number | string | null;
  readonly httpStatus: number;
  readonly message: string;
}

/** What `toMinor` can refuse. */
export type AmountError =
  | AmountNotNumeric
  | AmountTooPrecise
  | AmountOutOfRange
  | UnsupportedCurrency;

/** A payment JSON that does not have the shape `GET /v1/payments/{id}` answers; `path` names the field (`"refunds.2.amount"`). */
export interface PaymentParseError {
  readonly type: 'PaymentParseError';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly path: string;
}

/**
 * Every reason `planRefund` refuses, in the order the checks run: an invalid instant first, then
 * the rules R1–R8 (see the rules reference).
 */
export type RefundRejection =
  | InvalidInstant
  | AmountNotNumeric
  | AmountNotPositive
  | InvalidPaymentState
  | RefundWindowExpired
  | PartialRefundUnsupported
  | TooManyRefunds
  | AmountExceedsRefundable
  | InsufficientBalance;

/** Every reason `planCancellation` refuses. */
export type CancellationRejection = CancellationNotAllowed;

/** Refusals that only arise where requests arrive over the wire. */
export type RequestError =
  | AmountTooPrecise
  | AmountOutOfRange
  | UnsupportedCurrency
  | InvalidCancellationStatus
  | MissingCancellationStatus
  | PaymentNotFound
  | RefundNotFound
  | InvalidSplitterId
  | InvalidId
  | AdvancedPaymentNotFound
  | MissingIdempotencyKey
  | IdempotencyConflict
  | IdempotencyInProgress
  | BadRequest;

/** Failures of the way to Mercado Pago rather than of the request. */
export type TransportError =
  | Unauthorized
  | RateLimited
  | ServerError
  | Timeout
  | Aborted
  | NetworkError
  | InvalidResponse
  | UnknownApiError;

/** Everything a gateway call can fail with: one union whether the refusal was local or remote. */
export type GatewayError = RefundRejection | CancellationRejection | RequestError | TransportError;

/** Every error reembolso produces. */
export type ReembolsoError = GatewayError | AmountError | PaymentParseError;

/** Every error that has a wire form: all of them but the ones that never left a process. */
export type WireMappableError = Exclude<
  GatewayError,
  Timeout | Aborted | NetworkError | InvalidResponse
>;

type Fields<E> = Omit<E, 'type' | 'code' | 'httpStatus' | 'message'> & {
  readonly message?: string;
};

/** Builds an {@link InvalidInstant}. */
export const invalidInstant = (f: Fields<InvalidInstant>): InvalidInstant => ({
  type: 'InvalidInstant',
  code: null,
  httpStatus: 400,
  message: `${f.field} is an invalid date: pass a Date whose getTime() is a number`,
  ...f,
});
/**
 * Builds an {@link AmountNotNumeric}. The default message is the core's, for an amount that is
 * not an integer number of minor units; the sandbox passes Mercado Pago's own for the wire.
 */
export const amountNotNumeric = (
  message = 'amount must be an integer number of minor units (1050 for 10.50): convert a decimal amount with toMinor(amount, currency)',
): AmountNotNumeric => ({
  type: 'AmountNotNumeric',
  code: 4041,
  httpStatus: 400,
  message,
});
/** Builds an {@link AmountNotPositive}. */
export const amountNotPositive = (
  message = 'amount attribute must be positive',
): AmountNotPositive => ({ type: 'AmountNotPositive', code: 4040, httpStatus: 400, message });
/** Builds an {@link AmountTooPrecise}. */
export const amountTooPrecise = (f: Fields<AmountTooPrecise>): AmountTooPrecise => ({
  type: 'AmountTooPrecise',
  code: null,
  httpStatus: 400,
  message: `${f.currency} amounts take at most ${f.decimals} decimals`,
  ...f,
});
/** Builds an {@link AmountOutOfRange}. */
export const amountOutOfRange = (f: Fields<AmountOutOfRange>): AmountOutOfRange => ({
  type: 'AmountOutOfRange',
  code: null,
  httpStatus: 400,
  message: `amount is beyond ${f.max} minor units`,
  ...f,
});
/** Builds an {@link UnsupportedCurrency}. */
export const unsupportedCurrency = (f: Fields<UnsupportedCurrency>): UnsupportedCurrency => ({
  type: 'UnsupportedCurrency',
  code: null,
  httpStatus: 400,
  message: `currency ${JSON.stringify(f.currency)} is not supported`,
  ...f,
});
/** Builds an {@link InvalidPaymentState}. */
export const invalidPaymentState = (f: Fields<InvalidPaymentState>): InvalidPaymentState => ({
  type: 'InvalidPaymentState',
  code: 2063,
  httpStatus: 400,
  message: 'The action requested is not valid for the current payment state',
  ...f,
});
/** Builds a {@link RefundWindowExpired}. */
export const refundWindowExpired = (f: Fields<RefundWindowExpired>): RefundWindowExpired => ({
  type: 'RefundWindowExpired',
  code: 2024,
  httpStatus: 400,
  message: 'Payment too old to be refunded',
  ...f,
});
/** Builds a {@link PartialRefundUnsupported}. */
export const partialRefundUnsupported = (
  f: Fields<PartialRefundUnsupported>,
): PartialRefundUnsupported => ({
  type: 'PartialRefundUnsupported',
  code: 3024,
  httpStatus: 400,
  message: 'Not valid action - partial refund unsupported for this transaction',
  ...f,
});
/** Builds a {@link TooManyRefunds}. */
export const tooManyRefunds = (f: Fields<TooManyRefunds>): TooManyRefunds => ({
  type: 'TooManyRefunds',
  code: null,
  httpStatus: 400,
  message: `a payment takes at most ${f.maxRefunds} refunds`,
  ...f,
});
/** Builds an {@link AmountExceedsRefundable}. */
export const amountExceedsRefundable = (
  f: Fields<AmountExceedsRefundable>,
): AmountExceedsRefundable => ({
  type: 'AmountExceedsRefundable',
  code: null,
  httpStatus: 400,
  message: `amount exceeds what remains to refund (${f.remaining} minor units)`,
  ...f,
});
/** Builds an {@link InsufficientBalance}. */
export const insufficientBalance = (f: Fields<InsufficientBalance>): InsufficientBalance => ({
  type: 'InsufficientBalance',
  code: null,
  httpStatus: 400,
  message: 'available balance is not enough to refund this amount',
  ...f,
});
/** Builds a {@link CancellationNotAllowed}. */
export const cancellationNotAllowed = (
  f: Fields<CancellationNotAllowed>,
): CancellationNotAllowed => ({
  type: 'CancellationNotAllowed',
  code: 2018,
  httpStatus: 400,
  message: `a payment in status ${f.status} cannot be cancelled`,
  ...f,
});
/** Builds an {@link InvalidCancellationStatus}. */
export const invalidCancellationStatus = (
  message = 'status must be "cancelled"',
): InvalidCancellationStatus => ({
  type: 'InvalidCancellationStatus',
  code: 2016,
  httpStatus: 400,
  message,
});
/** Builds a {@link MissingCancellationStatus}. */
export const missingCancellationStatus = (
  message = 'status is required',
): MissingCancellationStatus => ({
  type: 'MissingCancellationStatus',
  code: 4017,
  httpStatus: 400,
  message,
});
/** Builds a {@link PaymentNotFound}. */
export const paymentNotFound = (f: Fields<PaymentNotFound>): PaymentNotFound => ({
  type: 'PaymentNotFound',
  code: 2000,
  httpStatus: 404,
  message: 'Payment not found',
  ...f,
});
/** Builds a {@link RefundNotFound}. */
export const refundNotFound = (f: Fields<RefundNotFound>): RefundNotFound => ({
  type: 'RefundNotFound',
  code: 2032,
  httpStatus: 404,
  message: 'Refund not found',
  ...f,
});
/** Builds an {@link InvalidSplitterId}. */
export const invalidSplitterId = (message = 'Invalid splitter id'): InvalidSplitterId => ({
  type: 'InvalidSplitterId',
  code: 400048,
  httpStatus: 400,
  message,
});
/** Builds an {@link InvalidId}. */
export const invalidId = (f: Fields<InvalidId>): InvalidId => ({
  type: 'InvalidId',
  code: null,
  httpStatus: 400,
  message: `id ${JSON.stringify(f.id)} is not decimal digits`,
  ...f,
});
/** Builds an {@link AdvancedPaymentNotFound}. */
export const advancedPaymentNotFound = (
  message = 'Advanced payment not found',
): AdvancedPaymentNotFound => ({
  type: 'AdvancedPaymentNotFound',
  code: 404002,
  httpStatus: 404,
  message,
});
/** Builds a {@link MissingIdempotencyKey}. */
export const missingIdempotencyKey = (
  message = "Header X-Idempotency-Key can't be null",
): MissingIdempotencyKey => ({
  type: 'MissingIdempotencyKey',
  code: 4292,
  httpStatus: 400,
  message,
});
/** Builds an {@link IdempotencyConflict}. */
export const idempotencyConflict = (
  message = 'idempotency key already used for a different request',
): IdempotencyConflict => ({ type: 'IdempotencyConflict', code: null, httpStatus: 422, message });
/** Builds an {@link IdempotencyInProgress}. */
export const idempotencyInProgress = (
  message = 'a request with this idempotency key is still being processed',
): IdempotencyInProgress => ({
  type: 'IdempotencyInProgress',
  code: null,
  httpStatus: 409,
  message,
});
/** Builds a {@link BadRequest}. */
export const badRequest = (message: string): BadRequest => ({
  type: 'BadRequest',
  code: null,
  httpStatus: 400,
  message,
});
/** Builds an {@link Unauthorized}. */
export const unauthorized = (message = 'invalid access token'): Unauthorized => ({
  type: 'Unauthorized',
  code: null,
  httpStatus: 401,
  message,
});
/** Builds a {@link RateLimited}. */
export const rateLimited = (f: Fields<RateLimited>): RateLimited => ({
  type: 'RateLimited',
  code: null,
  httpStatus: 429,
  message: 'too many requests',
  ...f,
});
/** Builds a {@link ServerError}. */
export const serverError = (f: { httpStatus: number; message?: string }): ServerError => ({
  type: 'ServerError',
  code: null,
  message: `Mercado Pago answered ${f.httpStatus}`,
  ...f,
});
/** Builds a {@link Timeout}. */
export const timeout = (f: Fields<Timeout>): Timeout => ({
  type: 'Timeout',
  code: null,
  httpStatus: null,
  message: `no answer within ${f.timeoutMs} ms`,
  ...f,
});
/** Builds an {@link Aborted}. */
export const aborted = (message = 'the call was aborted'): Aborted => ({
  type: 'Aborted',
  code: null,
  httpStatus: null,
  message,
});
/** Builds a {@link NetworkError}. */
export const networkError = (f: Fields<NetworkError>): NetworkError => ({
  type: 'Network',
  code: null,
  httpStatus: null,
  message: 'the request got no answer',
  ...f,
});
/** Builds an {@link InvalidResponse}. */
export const invalidResponse = (f: {
  httpStatus: number | null;
  message: string;
}): InvalidResponse => ({ type: 'InvalidResponse', code: null, ...f });
/** Builds an {@link UnknownApiError}. */
export const unknownApiError = (f: {
  httpStatus: number;
  code: number | string | null;
  message: string;
}): UnknownApiError => ({ type: 'UnknownApiError', ...f });
/** Builds a {@link PaymentParseError}. */
export const paymentParseError = (f: { path: string; message: string }): PaymentParseError => ({
  type: 'PaymentParseError',
  code: null,
  httpStatus: 400,
  ...f,
});
