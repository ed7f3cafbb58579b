import { err, type Result } from 'neverthrow';
import { type RefundWindowExpired, refundWindowExpired } from '../errors.js';
import { siteOf } from '../money/currency.js';
import type { Payment } from '../payment/payment.js';
import { type RefundPolicy, refundWindowDaysFor } from '../policy/refund-policy.js';
import { PASSED } from './passed.js';

const DAY_MS = 86_400_000;

/**
 * R4: `now − date_approved` is at most the policy's window for the payment's site; exactly at
 * the limit is still allowed. Returns `RefundWindowExpired` (2024) past it, or when the payment
 * has no `date_approved` to count from.
 */
export const checkRefundWindow = (
  payment: Payment,
  now: Date,
  policy: RefundPolicy,
): Result<void, RefundWindowExpired> => {
  const approved = payment.dateApproved?.getTime();
  if (approved === undefined || Number.isNaN(approved)) {
    return err(refundWindowExpired({ deadline: null }));
  }
  const deadline = approved + refundWindowDaysFor(policy, siteOf(payment.currency)) * DAY_MS;
  if (now.getTime() <= deadline) return PASSED;
  // An invalid `now` fails the comparison; a deadline past the Date range has no ISO form.
  const last = new Date(deadline);
  return err(
    refundWindowExpired({ deadline: Number.isNaN(last.getTime()) ? null : last.toISOString() }),
  );
};
