import { err, type Result } from 'neverthrow';
import { type InvalidPaymentState, invalidPaymentState } from '../errors.js';
import type { Payment } from '../payment/payment.js';
import { PASSED } from './passed.js';

/**
 * R3: only `approved` payments (detail `accredited` or `partially_refunded`) are refunded;
 * authorized reserves are cancelled, not refunded. Returns `InvalidPaymentState` (2063) otherwise.
 */
export const checkRefundableState = (payment: Payment): Result<void, InvalidPaymentState> =>
  // Two comparisons rather than a set: this runs on every plan.
  payment.status === 'approved' &&
  (payment.statusDetail === 'accredited' || payment.statusDetail === 'partially_refunded')
    ? PASSED
    : err(invalidPaymentState({ status: payment.status, statusDetail: payment.statusDetail }));
