import type { CancellationRejection, RefundRejection } from '../errors.js';
import type { Payment } from '../payment/payment.js';

/**
 * Whether a local refusal of a refund could be the mark of an earlier write under the same key,
 * whose answer was lost: only a refusal that an earlier refund of this payment causes (it took
 * what remained, made the 20th refund, left the payment refunded, or debited the balance). Such
 * a call goes to the gateway, which replays the first refund or refuses by the same rules; any
 * other refusal (amount, window, partial refunds, a payment never refunded) is the answer, and
 * nothing is written.
 *
 * Returns `true` when the call may be a retry that the gateway must answer. Pure and total.
 */
export const refundRefusalMayBeEarlierWrite = (
  payment: Payment,
  rejection: RefundRejection,
): boolean =>
  payment.refunds.length > 0 &&
  (rejection.type === 'AmountExceedsRefundable' ||
    rejection.type === 'TooManyRefunds' ||
    rejection.type === 'InsufficientBalance' ||
    (rejection.type === 'InvalidPaymentState' && payment.status === 'refunded'));

/**
 * Whether a local refusal of a cancellation could be the mark of an earlier cancellation under
 * the same key: only when the payment is already cancelled.
 *
 * Returns `true` when the call may be a retry that the gateway must answer. Pure and total.
 */
export const cancellationRefusalMayBeEarlierWrite = (
  payment: Payment,
  rejection: CancellationRejection,
): boolean => rejection.type === 'CancellationNotAllowed' && payment.status === 'cancelled';
