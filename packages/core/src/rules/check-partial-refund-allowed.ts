import { err, type Result } from 'neverthrow';
import {
  type PartialRefundExclusion,
  type PartialRefundUnsupported,
  partialRefundUnsupported,
} from '../errors.js';
import { siteOf } from '../money/currency.js';
import type { Payment } from '../payment/payment.js';
import type { RefundPolicy } from '../policy/refund-policy.js';
import { PASSED } from './passed.js';

/**
 * R5: partial refunds are refused for Mercado Libre items, the policy's full-only payment
 * methods (melicard), recurring payments on the policy's recurring sites (Argentina) and sites
 * the policy marks full-only. Total refunds always pass. Returns `PartialRefundUnsupported`
 * (3024) with the `reason`.
 */
export const checkPartialRefundAllowed = (
  payment: Payment,
  kind: 'total' | 'partial',
  policy: RefundPolicy,
): Result<void, PartialRefundUnsupported> => {
  if (kind === 'total') return PASSED;
  const reason = exclusionOf(payment, policy);
  return reason === null ? PASSED : err(partialRefundUnsupported({ reason }));
};

const exclusionOf = (payment: Payment, policy: RefundPolicy): PartialRefundExclusion | null => {
  const site = siteOf(payment.currency);
  if (
    payment.marketplace !== null &&
    policy.fullRefundOnlyMarketplaces.includes(payment.marketplace)
  ) {
    return 'marketplace';
  }
  if (policy.fullRefundOnlyPaymentMethods.includes(payment.paymentMethodId))
    return 'payment_method';
  if (
    payment.operationType === 'recurring_payment' &&
    policy.fullRefundOnlyRecurringSites.includes(site)
  ) {
    return 'recurring_payment';
  }
  if (policy.fullRefundOnlySites.includes(site)) return 'site_full_only';
  return null;
};
