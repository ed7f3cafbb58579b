/**
 * `@reembolso/core/testing`: fast-check arbitraries for your own property tests. Every value is
 * valid by construction (payments parse, refunds add up), and the edges the rules care about
 * (window limits, the 20-refund limit, full-refund-only payments, fees on both sides) come up
 * often. Needs `fast-check` 4, an optional peer dependency of `@reembolso/core`.
 *
 * @module @reembolso/core/testing
 */

export { type AmountArbOptions, amountArb } from './amount-arb.js';
export { type ApprovalDateArbOptions, approvalDateArb } from './approval-date-arb.js';
export { currencyArb } from './currency-arb.js';
export { feeDetailsArb } from './fee-details-arb.js';
export { defaultNow, type PaymentArbOptions, paymentArb } from './payment-arb.js';
export {
  cardPaymentMethodArb,
  type PaymentMethod,
  paymentMethodArb,
} from './payment-method-arb.js';
export { refundRequestArb } from './refund-request-arb.js';
export { type RefundSequenceArbOptions, refundSequenceArb } from './refund-sequence-arb.js';
export {
  type RefundablePaymentArbOptions,
  refundablePaymentArb,
} from './refundable-payment-arb.js';
export { type RefundsArbOptions, refundsArb } from './refunds-arb.js';
export { wireMappableErrorArb } from './wire-mappable-error-arb.js';
export { wirePaymentArb } from './wire-payment-arb.js';
