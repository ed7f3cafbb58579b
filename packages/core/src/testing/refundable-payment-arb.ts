import * as fc from 'fast-check';
import type { Currency } from '../money/currency.js';
import { siteOf } from '../money/currency.js';
import type { Payment } from '../payment/payment.js';
import {
  classicPolicy,
  currentPolicy,
  type RefundPolicy,
  refundWindowDaysFor,
} from '../policy/refund-policy.js';
import { checkPartialRefundAllowed } from '../rules/check-partial-refund-allowed.js';
import { currencyArb } from './currency-arb.js';
import { defaultNow, paymentArb } from './payment-arb.js';

/** Options of {@link refundablePaymentArb}. */
export interface RefundablePaymentArbOptions {
  /** The instant the refund would happen; `defaultNow` when absent. */
  readonly now?: Date;
  /** Only payments in this currency; any supported currency when absent. */
  readonly currency?: Currency;
  /** The policy the payment must be refundable under; both built-in policies when absent. */
  readonly policy?: RefundPolicy;
}

/**
 * An approved payment that can be refunded at `now`: refunding what remains
 * (`planRefund(p, {}, { now, policy })`) is accepted under the given policy, or under both
 * `classicPolicy` and `currentPolicy` when none is given. Its approval lies within the window
 * (exactly at the limit included), it holds fewer refunds than the limit, something remains to
 * refund, and a payment refunded only in full (MELI, melicard, recurring ARS, Peru under the
 * current policy) has no refund yet. Everything else varies as in `paymentArb`.
 */
export const refundablePaymentArb = (
  options: RefundablePaymentArbOptions = {},
): fc.Arbitrary<Payment> => {
  const now = options.now ?? defaultNow;
  const policies = options.policy === undefined ? [classicPolicy, currentPolicy] : [options.policy];
  const currency = options.currency === undefined ? currencyArb : fc.constant(options.currency);
  return currency.chain((chosen) => {
    const site = siteOf(chosen);
    const maxAgeDays = Math.min(...policies.map((policy) => refundWindowDaysFor(policy, site)));
    const maxRefunds = Math.min(...policies.map((policy) => policy.maxRefunds - 1));
    return paymentArb({ now, currency: chosen, status: 'approved', maxAgeDays, maxRefunds }).map(
      (payment): Payment => {
        const fullOnly = policies.some((policy) =>
          checkPartialRefundAllowed(payment, 'partial', policy).isErr(),
        );
        return fullOnly && payment.refunds.length > 0
          ? { ...payment, statusDetail: 'accredited', refundedAmount: 0, refunds: [] }
          : payment;
      },
    );
  });
};
