/**
 * The closed catalogue of everything that can go wrong in reembolso, one variant per failure,
 * tagged by `type`. Every variant that Mercado Pago can answer with carries its wire identity:
 * `code` (Mercado Pago's `cause[].code`, or `null` where Mercado Pago documents none) and
 * `httpStatus` (the status the sandbox answers with). Constructors are the only way variants
 * are built; they take the code and status of a type from `ERROR_WIRE_TABLE`, where they are
 * written once. Messages name fields and what was expected, never the values given.
 *
 * @module
 */

import type { PaymentStatus } from './payment/payment.js';
import { type WireErrorType, wireIdentityOf } from './wire/error-wire-table.js';

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
  /** The payment's status; `null` when Mercado Pago's answer did not say. */
  readonly status: PaymentStatus | null;
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
  /** Why; `null` when Mercado Pago's answer did not say. */
  readonly reason: PartialRefundExclusion | null;
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
  /** The payment's status; `null` when Mercado Pago's answer did not say. */
  readonly status: PaymentStatus | null;
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
  /** The id asked for; `null` when neither the answer nor the call said. */
  readonly paymentId: string | null;
}
/** No refund with that id on that payment (Mercado Pago code 2032). */
export interface RefundNotFound {
  readonly type: 'RefundNotFound';
  readonly code: 2032;
  readonly httpStatus: 404;
  readonly message: string;
  /** The id asked for; `null` when neither the answer nor the call said. */
  readonly refundId: string | null;
}
/** An advanced-payment id that is not decimal digits (Mercado Pago code 400048). */
export interface InvalidSplitterId {
  readonly type: 'InvalidSplitterId';
  readonly code: 400048;
  readonly httpStatus: 400;
  readonly message: string;
}
/**
 * A write stated a currency other than the payment's own: its minor units would mean another
 * amount, so nothing is written (no Mercado Pago code).
 */
export interface CurrencyMismatch {
  readonly type: 'CurrencyMismatch';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  /** The payment's currency. */
  readonly expected: string;
  /** The currency the write stated. */
  readonly received: string;
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
/** Why an advanced payment is refused: the three ways its disbursements could refund money twice or in the wrong currency. */
export type AdvancedPaymentFlaw =
  | 'repeated_payment'
  | 'mixed_currencies'
  | 'payment_of_another_advanced_payment';

/**
 * An advanced payment whose disbursements repeat a payment, mix currencies, or include a payment
 * of another advanced payment (HTTP 400, no Mercado Pago code). Nothing is stored or refunded.
 */
export interface InvalidAdvancedPayment {
  readonly type: 'InvalidAdvancedPayment';
  readonly code: null;
  readonly httpStatus: 400;
  readonly message: string;
  readonly reason: AdvancedPaymentFlaw;
  /** The index in the disbursements of the first one at fault. */
  readonly index: number;
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
  | CurrencyMismatch
  | InvalidCancellationStatus
  | MissingCancellationStatus
  | PaymentNotFound
  | RefundNotFound
  | InvalidSplitterId
  | InvalidId
  | AdvancedPaymentNotFound
  | InvalidAdvancedPayment
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
export type ReembolsoError = GatewayError | AmountError | PaymentParseError | NotificationError;

/**
 * Every error that has a wire form: the gateway errors whose row of `ERROR_WIRE_TABLE` says
 * `onWire` (all but the failures that never left a process: timeout, abort, network, invalid answer).
 */
export type WireMappableError = Extract<GatewayError, { readonly type: WireErrorType }>;

type Fields<E> = Omit<E, 'type' | 'code' | 'httpStatus' | 'message'> & {
  readonly message?: string;
};

/** Builds an {@link InvalidInstant}. */
export const invalidInstant = (f: Fields<InvalidInstant>): InvalidInstant => ({
  ...wireIdentityOf('InvalidInstant'),
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
  ...wireIdentityOf('AmountNotNumeric'),
  message,
});
/** Builds an {@link AmountNotPositive}. */
export const amountNotPositive = (
  message = 'amount attribute must be positive',
): AmountNotPositive => ({ ...wireIdentityOf('AmountNotPositive'), message });
/** Builds an {@link AmountTooPrecise}. */
export const amountTooPrecise = (f: Fields<AmountTooPrecise>): AmountTooPrecise => ({
  ...wireIdentityOf('AmountTooPrecise'),
  message: `${f.currency} amounts take at most ${f.decimals} decimals`,
  ...f,
});
/** Builds an {@link AmountOutOfRange}. */
export const amountOutOfRange = (f: Fields<AmountOutOfRange>): AmountOutOfRange => ({
  ...wireIdentityOf('AmountOutOfRange'),
  message: `amount is beyond ${f.max} minor units`,
  ...f,
});
/** Builds an {@link UnsupportedCurrency}. */
export const unsupportedCurrency = (f: Fields<UnsupportedCurrency>): UnsupportedCurrency => ({
  ...wireIdentityOf('UnsupportedCurrency'),
  message: 'currency is not one reembolso supports',
  ...f,
});
/** Builds an {@link InvalidPaymentState}. */
export const invalidPaymentState = (f: Fields<InvalidPaymentState>): InvalidPaymentState => ({
  ...wireIdentityOf('InvalidPaymentState'),
  message: 'The action requested is not valid for the current payment state',
  ...f,
});
/** Builds a {@link RefundWindowExpired}. */
export const refundWindowExpired = (f: Fields<RefundWindowExpired>): RefundWindowExpired => ({
  ...wireIdentityOf('RefundWindowExpired'),
  message: 'Payment too old to be refunded',
  ...f,
});
/** Builds a {@link PartialRefundUnsupported}. */
export const partialRefundUnsupported = (
  f: Fields<PartialRefundUnsupported>,
): PartialRefundUnsupported => ({
  ...wireIdentityOf('PartialRefundUnsupported'),
  message: 'Not valid action - partial refund unsupported for this transaction',
  ...f,
});
/** Builds a {@link TooManyRefunds}. */
export const tooManyRefunds = (f: Fields<TooManyRefunds>): TooManyRefunds => ({
  ...wireIdentityOf('TooManyRefunds'),
  message: `a payment takes at most ${f.maxRefunds} refunds`,
  ...f,
});
/** Builds an {@link AmountExceedsRefundable}. */
export const amountExceedsRefundable = (
  f: Fields<AmountExceedsRefundable>,
): AmountExceedsRefundable => ({
  ...wireIdentityOf('AmountExceedsRefundable'),
  message: `amount exceeds what remains to refund (${f.remaining} minor units)`,
  ...f,
});
/** Builds an {@link InsufficientBalance}. */
export const insufficientBalance = (f: Fields<InsufficientBalance>): InsufficientBalance => ({
  ...wireIdentityOf('InsufficientBalance'),
  message: 'available balance is not enough to refund this amount',
  ...f,
});
/** Builds a {@link CancellationNotAllowed}. */
export const cancellationNotAllowed = (
  f: Fields<CancellationNotAllowed>,
): CancellationNotAllowed => ({
  ...wireIdentityOf('CancellationNotAllowed'),
  message:
    f.status === null
      ? 'the payment cannot be cancelled in its status'
      : `a payment in status ${f.status} cannot be cancelled`,
  ...f,
});
/** Builds an {@link InvalidCancellationStatus}. */
export const invalidCancellationStatus = (
  message = 'status must be "cancelled"',
): InvalidCancellationStatus => ({
  ...wireIdentityOf('InvalidCancellationStatus'),
  message,
});
/** Builds a {@link MissingCancellationStatus}. */
export const missingCancellationStatus = (
  message = 'status is required',
): MissingCancellationStatus => ({
  ...wireIdentityOf('MissingCancellationStatus'),
  message,
});
/** Builds a {@link PaymentNotFound}. */
export const paymentNotFound = (f: Fields<PaymentNotFound>): PaymentNotFound => ({
  ...wireIdentityOf('PaymentNotFound'),
  message: 'Payment not found',
  ...f,
});
/** Builds a {@link RefundNotFound}. */
export const refundNotFound = (f: Fields<RefundNotFound>): RefundNotFound => ({
  ...wireIdentityOf('RefundNotFound'),
  message: 'Refund not found',
  ...f,
});
/** Builds an {@link InvalidSplitterId}. */
export const invalidSplitterId = (message = 'Invalid splitter id'): InvalidSplitterId => ({
  ...wireIdentityOf('InvalidSplitterId'),
  message,
});
/** Builds a {@link CurrencyMismatch}. */
export const currencyMismatch = (f: Fields<CurrencyMismatch>): CurrencyMismatch => ({
  ...wireIdentityOf('CurrencyMismatch'),
  message: `the payment is in ${f.expected}, not ${f.received}`,
  ...f,
});
/** Builds an {@link InvalidId}. */
export const invalidId = (f: Fields<InvalidId>): InvalidId => ({
  ...wireIdentityOf('InvalidId'),
  message: 'id is not decimal digits',
  ...f,
});
/** Builds an {@link AdvancedPaymentNotFound}. */
export const advancedPaymentNotFound = (
  message = 'Advanced payment not found',
): AdvancedPaymentNotFound => ({
  ...wireIdentityOf('AdvancedPaymentNotFound'),
  message,
});
const FLAW_MESSAGES: Readonly<Record<AdvancedPaymentFlaw, string>> = {
  repeated_payment: 'a payment appears twice among the disbursements',
  mixed_currencies: 'the disbursements are not all in one currency',
  payment_of_another_advanced_payment: 'a disbursement is a payment of another advanced payment',
};
/** Builds an {@link InvalidAdvancedPayment}. */
export const invalidAdvancedPayment = (
  f: Fields<InvalidAdvancedPayment>,
): InvalidAdvancedPayment => ({
  ...wireIdentityOf('InvalidAdvancedPayment'),
  message: `disbursements.${f.index}: ${FLAW_MESSAGES[f.reason]}`,
  ...f,
});
/** Builds a {@link MissingIdempotencyKey}. */
export const missingIdempotencyKey = (
  message = "Header X-Idempotency-Key can't be null",
): MissingIdempotencyKey => ({
  ...wireIdentityOf('MissingIdempotencyKey'),
  message,
});
/** Builds an {@link IdempotencyConflict}. */
export const idempotencyConflict = (
  message = 'idempotency key already used for a different request',
): IdempotencyConflict => ({ ...wireIdentityOf('IdempotencyConflict'), message });
/** Builds an {@link IdempotencyInProgress}. */
export const idempotencyInProgress = (
  message = 'a request with this idempotency key is still being processed',
): IdempotencyInProgress => ({
  ...wireIdentityOf('IdempotencyInProgress'),
  message,
});
/** Builds a {@link BadRequest}. */
export const badRequest = (message: string): BadRequest => ({
  ...wireIdentityOf('BadRequest'),
  message,
});
/** Builds an {@link Unauthorized}. */
export const unauthorized = (message = 'invalid access token'): Unauthorized => ({
  ...wireIdentityOf('Unauthorized'),
  message,
});
/** Builds a {@link RateLimited}. */
export const rateLimited = (f: Fields<RateLimited>): RateLimited => ({
  ...wireIdentityOf('RateLimited'),
  message: 'too many requests',
  ...f,
});
/** Builds a {@link ServerError}. */
export const serverError = (f: { httpStatus: number; message?: string }): ServerError => ({
  ...wireIdentityOf('ServerError'),
  message: `Mercado Pago answered ${f.httpStatus}`,
  ...f,
});
/** Builds a {@link Timeout}. */
export const timeout = (f: Fields<Timeout>): Timeout => ({
  ...wireIdentityOf('Timeout'),
  message: `no answer within ${f.timeoutMs} ms`,
  ...f,
});
/** Builds an {@link Aborted}. */
export const aborted = (message = 'the call was aborted'): Aborted => ({
  ...wireIdentityOf('Aborted'),
  message,
});
/** Builds a {@link NetworkError}. */
export const networkError = (f: Fields<NetworkError>): NetworkError => ({
  ...wireIdentityOf('Network'),
  message: 'the request got no answer',
  ...f,
});
/** Builds an {@link InvalidResponse}. */
export const invalidResponse = (f: {
  httpStatus: number | null;
  message: string;
}): InvalidResponse => ({ ...wireIdentityOf('InvalidResponse'), ...f });
/** Builds an {@link UnknownApiError}. */
export const unknownApiError = (f: {
  httpStatus: number;
  code: number | string | null;
  message: string;
}): UnknownApiError => ({ ...wireIdentityOf('UnknownApiError'), ...f });
/** Builds a {@link PaymentParseError}. */
export const paymentParseError = (f: { path: string; message: string }): PaymentParseError => ({
  ...wireIdentityOf('PaymentParseError'),
  ...f,
});

// Notifications: never on Mercado Pago's wire, so no code and no status.

/** A notification without an `x-signature` header (or an empty one): nothing to verify. */
export interface WebhookSignatureMissing {
  readonly type: 'WebhookSignatureMissing';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
}
/** An `x-signature` that is not `ts=<digits>,v1=<64 hex digits>`. */
export interface WebhookSignatureMalformed {
  readonly type: 'WebhookSignatureMalformed';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
}
/** A well-formed `x-signature` whose `v1` is not the HMAC of the manifest under this secret. */
export interface WebhookSignatureMismatch {
  readonly type: 'WebhookSignatureMismatch';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
}
/** A signature whose `ts` lies further from `now` than the tolerance: possibly a replay. Instants in ms. */
export interface WebhookTimestampStale {
  readonly type: 'WebhookTimestampStale';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
  readonly signedAtMs: number;
  readonly nowMs: number;
  readonly toleranceMs: number;
}
/** An empty webhook secret, or one Web Crypto refuses as an HMAC key. The secret is never carried. */
export interface WebhookSecretInvalid {
  readonly type: 'WebhookSecretInvalid';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
}
/** A notification body that is not of Mercado Pago's shape; `path` names the field (`"data.id"`). */
export interface NotificationParseError {
  readonly type: 'NotificationParseError';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
  readonly path: string;
}
/** A notification of a topic other than `payment` (`merchant_order`, …), which reembolso does not read. */
export interface UnsupportedNotification {
  readonly type: 'UnsupportedNotification';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
  readonly notificationType: string;
}
/**
 * Two payments `diffPayment` cannot compare: different payments, or an `after` older than
 * `before` (a refund gone, a cancellation or total refund undone), as a stale read gives.
 */
export interface PaymentDiffRefused {
  readonly type: 'PaymentDiffRefused';
  readonly code: null;
  readonly httpStatus: null;
  readonly message: string;
  readonly reason: 'different_payment' | 'older_than_before';
}

/** Every reason `verifyWebhookSignature` refuses a notification. */
export type WebhookSignatureError =
  | WebhookSignatureMissing
  | WebhookSignatureMalformed
  | WebhookSignatureMismatch
  | WebhookTimestampStale
  | WebhookSecretInvalid;

/** Everything receiving a notification can fail with, besides the gateway's errors. */
export type NotificationError =
  | WebhookSignatureError
  | NotificationParseError
  | UnsupportedNotification
  | PaymentDiffRefused;

/** Builds a {@link WebhookSignatureMissing}. */
export const webhookSignatureMissing = (
  message = 'the x-signature header is missing',
): WebhookSignatureMissing => ({
  ...wireIdentityOf('WebhookSignatureMissing'),
  message,
});
/** Builds a {@link WebhookSignatureMalformed}. */
export const webhookSignatureMalformed = (message: string): WebhookSignatureMalformed => ({
  ...wireIdentityOf('WebhookSignatureMalformed'),
  message,
});
/** Builds a {@link WebhookSignatureMismatch}. */
export const webhookSignatureMismatch = (
  message = 'the signature does not match this notification and secret',
): WebhookSignatureMismatch => ({
  ...wireIdentityOf('WebhookSignatureMismatch'),
  message,
});
/** Builds a {@link WebhookTimestampStale}. */
export const webhookTimestampStale = (f: Fields<WebhookTimestampStale>): WebhookTimestampStale => ({
  ...wireIdentityOf('WebhookTimestampStale'),
  message: `the signature's timestamp is more than ${f.toleranceMs} ms away from now`,
  ...f,
});
/** Builds a {@link WebhookSecretInvalid}. */
export const webhookSecretInvalid = (
  message = 'the webhook secret is empty or unusable as an HMAC key',
): WebhookSecretInvalid => ({
  ...wireIdentityOf('WebhookSecretInvalid'),
  message,
});
/** Builds a {@link NotificationParseError}. */
export const notificationParseError = (f: {
  path: string;
  message: string;
}): NotificationParseError => ({
  ...wireIdentityOf('NotificationParseError'),
  ...f,
});
/** Builds an {@link UnsupportedNotification}. */
export const unsupportedNotification = (
  f: Fields<UnsupportedNotification>,
): UnsupportedNotification => ({
  ...wireIdentityOf('UnsupportedNotification'),
  message: 'only notifications of type payment are read',
  ...f,
});
/** Builds a {@link PaymentDiffRefused}. */
export const paymentDiffRefused = (f: Fields<PaymentDiffRefused>): PaymentDiffRefused => ({
  ...wireIdentityOf('PaymentDiffRefused'),
  message:
    f.reason === 'different_payment'
      ? 'the two payments are not the same payment'
      : 'the later payment is older than the earlier one',
  ...f,
});
