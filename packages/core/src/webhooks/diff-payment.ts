import { err, ok, type Result } from 'neverthrow';
import { type PaymentDiffRefused, paymentDiffRefused } from '../errors.js';
import { destinationOf } from '../payment/destination.js';
import type { Payment, PaymentStatus, Refund } from '../payment/payment.js';
import { feeShares } from '../refund/fee-shares.js';
import type { PaymentEvent, RefundFigures } from './payment-event.js';

const APPROVED: ReadonlySet<PaymentStatus> = new Set(['approved', 'refunded']);
const NOT_YET_APPROVED: ReadonlySet<PaymentStatus> = new Set([
  'pending',
  'in_process',
  'authorized',
]);

// `after` went back in time: what `before` held is gone from it.
const isOlder = (before: Payment, after: Payment): boolean => {
  const ids = new Set(after.refunds.map((refund) => refund.id));
  return (
    before.refunds.some((refund) => !ids.has(refund.id)) ||
    (before.status === 'cancelled' && after.status !== 'cancelled') ||
    (before.status === 'refunded' && after.status !== 'refunded') ||
    (APPROVED.has(before.status) && NOT_YET_APPROVED.has(after.status))
  );
};

// The plan of the refund at `index` of `after.refunds`, rebuilt from the refunds before it.
const figuresOf = (after: Payment, index: number, refund: Refund): RefundFigures | null => {
  const total = after.transactionAmount;
  const refundedBefore = after.refunds.slice(0, index).reduce((sum, r) => sum + r.amount, 0);
  const refundedAfter = refundedBefore + refund.amount;
  if (refund.amount <= 0 || refundedAfter > total) return null;
  const fees = feeShares(after.feeDetails, refundedBefore, refundedAfter, total);
  const share = (payer: 'collector' | 'payer') =>
    fees.filter((fee) => fee.payer === payer).reduce((sum, fee) => sum + fee.amount, 0);
  return {
    kind: refundedBefore === 0 && refund.amount === total ? 'total' : 'partial',
    amount: refund.amount,
    refundedBefore,
    refundedAfter,
    remainingAfter: total - refundedAfter,
    fees,
    payerReceives: refund.amount + share('payer'),
    collectorDebit: refund.amount - share('collector'),
    destination: destinationOf(after.paymentTypeId),
  };
};

/**
 * What changed on a payment between two readings of it, as typed events in the order
 * they happened: `PaymentApproved`, then one `RefundCreated` per refund `before` did not hold
 * (in the payment's order, with its plan figures rebuilt), then `PaymentFullyRefunded`, then
 * `PaymentCancelled`. `before` is `null` when the payment was not known: every event of its
 * history so far is listed. Diffing a payment with itself lists nothing, so handling the same
 * notification twice is harmless. Pure and total.
 *
 * Returns the events (empty when nothing changed), or `PaymentDiffRefused` when the two are
 * different payments or `after` is older than `before` (keep `before` then: a stale read).
 */
export const diffPayment = (
  before: Payment | null,
  after: Payment,
): Result<readonly PaymentEvent[], PaymentDiffRefused> => {
  if (before !== null && before.id !== after.id) {
    return err(paymentDiffRefused({ reason: 'different_payment' }));
  }
  if (before !== null && isOlder(before, after)) {
    return err(paymentDiffRefused({ reason: 'older_than_before' }));
  }
  const paymentId = after.id;
  const events: PaymentEvent[] = [];
  if (APPROVED.has(after.status) && (before === null || !APPROVED.has(before.status))) {
    events.push({
      type: 'PaymentApproved',
      key: `approved:${paymentId}`,
      paymentId,
      dateApproved: after.dateApproved,
    });
  }
  const known = new Set(before?.refunds.map((refund) => refund.id));
  after.refunds.forEach((refund, index) => {
    if (known.has(refund.id)) return;
    events.push({
      type: 'RefundCreated',
      key: `refund:${paymentId}:${refund.id}`,
      paymentId,
      currency: after.currency,
      refund,
      figures: figuresOf(after, index, refund),
    });
  });
  if (after.status === 'refunded' && before?.status !== 'refunded') {
    events.push({
      type: 'PaymentFullyRefunded',
      key: `refunded:${paymentId}`,
      paymentId,
      currency: after.currency,
      refundedAmount: after.refundedAmount,
    });
  }
  if (after.status === 'cancelled' && before?.status !== 'cancelled') {
    events.push({
      type: 'PaymentCancelled',
      key: `cancelled:${paymentId}`,
      paymentId,
      statusDetail: after.statusDetail,
    });
  }
  return ok(events);
};
