import { err, type Result } from 'neverthrow';
import { type InvalidInstant, type RefundWindowExpired, refundWindowExpired } from '../errors.js';
import { siteOf } from '../money/currency.js';
import type { Payment } from '../payment/payment.js';
import { type RefundPolicy, refundWindowDaysFor } from '../policy/refund-policy.js';
import { checkInstant } from './check-instant.js';
import { PASSED } from './passed.js';

const DAY_MS = 86_400_000;

/**
 * R4: `now − date_approved` is at most the policy's window for the payment's site; exactly at
 * the limit is still allowed. Returns `RefundWindowExpired` (2024) past it, or when the payment
 * has no `date_approved` to count from; `InvalidInstant` when `now` or `date_approved` is an
 * invalid date.
 */
export const checkRefundWindow = (
  payment: Payment,
  now: Date,
  policy: RefundPolicy,
): Result<void, RefundWindowExpired | InvalidInstant> => {
  if (payment.dateApproved === null) return err(refundWindowExpired({ deadline: null }));
  // In turn rather than chained: this runs on every plan, and a chain costs a closure.
  const nowChecked = checkInstant(now, 'now');
  if (nowChecked.isErr()) return err(nowChecked.error);
  const approvedChecked = checkInstant(payment.dateApproved, 'dateApproved');
  if (approvedChecked.isErr()) return err(approvedChecked.error);
  const approved = payment.dateApproved.getTime();
  const deadline = approved + refundWindowDaysFor(policy, siteOf(payment.currency)) * DAY_MS;
  if (now.getTime() <= deadline) return PASSED;
  // A deadline past the Date range has no ISO form.
  const last = new Date(deadline);
  return err(
    refundWindowExpired({ deadline: Number.isNaN(last.getTime()) ? null : last.toISOString() }),
  );
};
