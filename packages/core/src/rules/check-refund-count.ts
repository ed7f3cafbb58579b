import { err, type Result } from 'neverthrow';
import { type TooManyRefunds, tooManyRefunds } from '../errors.js';
import type { Payment } from '../payment/payment.js';
import type { RefundPolicy } from '../policy/refund-policy.js';
import { PASSED } from './passed.js';

/**
 * R6: the payment holds fewer refunds than the policy's `maxRefunds`, so one more fits.
 * Returns `TooManyRefunds` otherwise.
 */
export const checkRefundCount = (
  payment: Payment,
  policy: RefundPolicy,
): Result<void, TooManyRefunds> =>
  payment.refunds.length < policy.maxRefunds
    ? PASSED
    : err(tooManyRefunds({ maxRefunds: policy.maxRefunds }));
