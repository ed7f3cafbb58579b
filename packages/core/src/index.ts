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
export type { CallOptions, PaymentGateway, WriteOptions } from './port/payment-gateway.js';
export { applyRefund } from './refund/apply-refund.js';
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
export { newIdempotencyKey } from './use-cases/idempotency-key.js';
export {
  type AdvancedRefundOutcome,
  refundAdvancedPayment,
} from './use-cases/refund-advanced-payment.js';
export {
  type RefundOutcome,
  type RefundPaymentOptions,
  refundPayment,
} from './use-cases/refund-payment.js';
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
