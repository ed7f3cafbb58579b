/**
 * `@reembolso/core`: Mercado Pago's refund and cancellation rules as pure functions returning
 * neverthrow `Result`s, the payment model and its wire codec, the error catalogue, the gateway
 * port and the use cases that drive it.
 *
 * @module @reembolso/core
 */

export { applyCancellation } from './cancellation/apply-cancellation.js';
export {
  type CancellationContext,
  type CancellationPlan,
  planCancellation,
} from './cancellation/plan-cancellation.js';
export * from './errors.js';
export {
  canonicalRequest,
  type WriteRequest,
} from './idempotency/canonical-request.js';
export {
  decideIdempotency,
  type IdempotencyDecision,
  type IdempotencyRecord,
} from './idempotency/idempotency-decision.js';
export {
  checkIdempotencyKey,
  idempotencyKeyOfHeader,
  writeKeyOf,
} from './idempotency/idempotency-key.js';
export {
  IDEMPOTENCY_KEY_NAMESPACE,
  idempotencyKeyFor,
} from './idempotency/idempotency-key-for.js';
export { newIdempotencyKey } from './idempotency/new-idempotency-key.js';
export {
  IDEMPOTENCY_RECORD_TTL_MS,
  isRecordExpired,
  recordExpiresAt,
} from './idempotency/record-lifetime.js';
export { type RequestFingerprint, requestFingerprint } from './idempotency/request-fingerprint.js';
export { sha256 } from './idempotency/sha256.js';
export { isStoredOutcome } from './idempotency/stored-outcome.js';
export {
  type KeyedWriteError,
  mayHaveTakenEffect,
  type SettledWriteError,
  type UncertainWriteError,
  type WriteError,
  withIdempotencyKey,
} from './idempotency/write-error.js';
export { allocate } from './money/allocate.js';
export {
  CURRENCIES,
  type Currency,
  currencies,
  decimalsOf,
  isCurrency,
  parseCurrency,
  type Site,
  siteOf,
} from './money/currency.js';
export { formatAmount } from './money/format-amount.js';
export { fromMinor } from './money/from-minor.js';
export { maxMinorUnits } from './money/max-minor-units.js';
export { proportionalShare } from './money/proportional-share.js';
export { toMinor } from './money/to-minor.js';
export { type Destination, destinationOf } from './payment/destination.js';
export { isMercadoPagoId, wireIdOf } from './payment/mercado-pago-id.js';
export { parsePayment, parseRefund } from './payment/parse-payment.js';
export {
  type FeeDetail,
  type FeePayer,
  PAYMENT_STATUSES,
  type Payment,
  type PaymentStatus,
  type Refund,
  type RefundSource,
  remainingOf,
} from './payment/payment.js';
export {
  classicPolicy,
  currentPolicy,
  type RefundPolicy,
  refundWindowDaysFor,
} from './policy/refund-policy.js';
export type {
  CallOptions,
  GatewayRefundRequest,
  PaymentGateway,
  WriteOptions,
} from './port/payment-gateway.js';
export { applyRefund } from './refund/apply-refund.js';
export { checkDisbursements } from './refund/check-disbursements.js';
export { feeShares } from './refund/fee-shares.js';
export { planAdvancedRefund } from './refund/plan-advanced-refund.js';
export { planRefund, type RefundContext } from './refund/plan-refund.js';
export type { FeeShare, RefundPlan, RefundRequest } from './refund/refund-plan.js';
export { checkAmountNumeric } from './rules/check-amount-numeric.js';
export { checkAmountPositive } from './rules/check-amount-positive.js';
export { checkAmountWithinRemaining } from './rules/check-amount-within-remaining.js';
export { checkBalance } from './rules/check-balance.js';
export { checkInstant } from './rules/check-instant.js';
export { checkPartialRefundAllowed } from './rules/check-partial-refund-allowed.js';
export { checkRefundCount } from './rules/check-refund-count.js';
export { checkRefundWindow } from './rules/check-refund-window.js';
export { checkRefundableState } from './rules/check-refundable-state.js';
export {
  type CancellationOutcome,
  cancelPayment,
} from './use-cases/cancel-payment.js';
export {
  handleNotification,
  type NotificationOutcome,
} from './use-cases/handle-notification.js';
export {
  type AdvancedRefundOutcome,
  refundAdvancedPayment,
} from './use-cases/refund-advanced-payment.js';
export {
  type RefundOutcome,
  type RefundPaymentOptions,
  refundPayment,
} from './use-cases/refund-payment.js';
export { diffPayment } from './webhooks/diff-payment.js';
export type { Notification } from './webhooks/notification.js';
export { parseNotification } from './webhooks/parse-notification.js';
export type {
  PaymentApproved,
  PaymentCancelled,
  PaymentEvent,
  PaymentFullyRefunded,
  RefundCreated,
  RefundFigures,
} from './webhooks/payment-event.js';
export { signWebhook, type WebhookSignatureInput } from './webhooks/sign-webhook.js';
export {
  DEFAULT_WEBHOOK_TOLERANCE_MS,
  type ReceivedWebhook,
  type VerifyWebhookOptions,
  verifyWebhookSignature,
} from './webhooks/verify-webhook-signature.js';
export { type WebhookManifestParts, webhookManifest } from './webhooks/webhook-manifest.js';
export {
  ERROR_WIRE_TABLE,
  type ErrorWireRow,
  hasWireForm,
  WIRE_ERROR_TYPES,
  type WireErrorType,
  wireCodeOf,
} from './wire/error-wire-table.js';
export { issueMessage, type SchemaIssueText } from './wire/issue-message.js';
export { isWithinJsonDepth, MAX_JSON_DEPTH } from './wire/json-depth.js';
export {
  toWirePayment,
  toWireRefund,
  type WirePayment,
  type WireRefund,
} from './wire/payment-codec.js';
export { toWireDate } from './wire/wire-date.js';
export {
  errorWordOf,
  fromWireError,
  toWireError,
  type WireError,
  type WireErrorCause,
} from './wire/wire-error.js';
