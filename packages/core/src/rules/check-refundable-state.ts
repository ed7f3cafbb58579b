import { err, type Result } from 'neverthrow';
import { type InvalidPaymentState, invalidPaymentState } from '../errors.js';
import type { Payment } from '../payment/payment.js';
import { PASSED } from './passed.js';

const REFUNDABLE_DETAILS: ReadonlySet<string | null> = new Set([
  'accredited',
  'partially_refunded',
]);

/**
 * R3: only `approved` payments (detail `accredited` or `partially_refunded`) are refunded;
 * authorized reserves are cancelled, not refunded. Returns `InvalidPaymentState` (2063) otherwise.
 */
export const checkRefundableState = (payment: Payment): Result<void, InvalidPaymentState> =>
  payment.status === 'approved' && REFUNDABLE_DETAILS.has(payment.statusDetail)
    ? PASSED
    : err(invalidPaymentState({ status: payment.status, statusDetail: payment.statusDetail }));
