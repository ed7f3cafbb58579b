import type { Site } from '../money/currency.js';
import type { PaymentStatus } from '../payment/payment.js';

/**
 * The refund and cancellation rules that Mercado Pago has changed over time, as data.
 * Start from {@link classicPolicy} or {@link currentPolicy} and spread your changes over it.
 */
export interface RefundPolicy {
  /** A name for logs and tables. */
  readonly name: string;
  /** Days after `date_approved` during which a refund is allowed, unless the site says otherwise. */
  readonly refundWindowDays: number;
  /** Per-site exceptions to {@link RefundPolicy.refundWindowDays}. */
  readonly refundWindowDaysBySite: Readonly<Partial<Record<Site, number>>>;
  /** How many refunds one payment may hold. */
  readonly maxRefunds: number;
  /** `marketplace` values whose payments are refunded only in full (`MELI`). */
  readonly fullRefundOnlyMarketplaces: readonly string[];
  /** `payment_method_id` values refunded only in full (`melicard`). */
  readonly fullRefundOnlyPaymentMethods: readonly string[];
  /** Sites where `recurring_payment` operations are refunded only in full (Argentina). */
  readonly fullRefundOnlyRecurringSites: readonly Site[];
  /** Sites where every payment is refunded only in full. */
  readonly fullRefundOnlySites: readonly Site[];
  /** Statuses from which a payment may be cancelled. */
  readonly cancellableStatuses: readonly PaymentStatus[];
}

/**
 * The rules of the Mercado Pago documents reembolso was drawn from, and the default: a 90-day
 * window on every site, 20 refunds per payment, no partial refunds for Mercado Libre items,
 * melicard or Argentine recurring payments, cancellation from `pending` and `in_process`.
 */
export const classicPolicy: RefundPolicy = {
  name: 'classic',
  refundWindowDays: 90,
  refundWindowDaysBySite: {},
  maxRefunds: 20,
  fullRefundOnlyMarketplaces: ['MELI'],
  fullRefundOnlyPaymentMethods: ['melicard'],
  fullRefundOnlyRecurringSites: ['MLA'],
  fullRefundOnlySites: [],
  cancellableStatuses: ['pending', 'in_process'],
};

/**
 * Today's public Mercado Pago documentation: a 180-day window (90 in Peru), Peruvian payments
 * refunded only in full, and authorized reserves cancellable too; the rest as {@link classicPolicy}.
 */
export const currentPolicy: RefundPolicy = {
  ...classicPolicy,
  name: 'current',
  refundWindowDays: 180,
  refundWindowDaysBySite: { MPE: 90 },
  fullRefundOnlySites: ['MPE'],
  cancellableStatuses: ['pending', 'in_process', 'authorized'],
};

/** The refund window of `site` under `policy`, in days. */
export const refundWindowDaysFor = (policy: RefundPolicy, site: Site): number =>
  daysBySite(policy.refundWindowDaysBySite, site) ?? policy.refundWindowDays;

// Named loads on purpose: planRefund reads this on every plan, and a keyed load of a site the
// record lacks (the usual case) takes the engine's slow path, about 5% of a plan.
const daysBySite = (
  bySite: RefundPolicy['refundWindowDaysBySite'],
  site: Site,
): number | undefined => {
  switch (site) {
    case 'MLA':
      return bySite.MLA;
    case 'MLB':
      return bySite.MLB;
    case 'MLM':
      return bySite.MLM;
    case 'MLC':
      return bySite.MLC;
    case 'MCO':
      return bySite.MCO;
    case 'MPE':
      return bySite.MPE;
    case 'MLU':
      return bySite.MLU;
  }
};
