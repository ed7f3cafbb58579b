import { errAsync, type ResultAsync } from 'neverthrow';
import {
  type GatewayError,
  type PaymentDiffRefused,
  type UnsupportedNotification,
  unsupportedNotification,
} from '../errors.js';
import type { Payment } from '../payment/payment.js';
import type { CallOptions, PaymentGateway } from '../port/payment-gateway.js';
import { diffPayment } from '../webhooks/diff-payment.js';
import type { Notification } from '../webhooks/notification.js';
import type { PaymentEvent } from '../webhooks/payment-event.js';

/** What {@link handleNotification} found: the payment as it is now, and what changed on it. */
export interface NotificationOutcome {
  /** The payment as the gateway answers it now: keep it as the one last known. */
  readonly payment: Payment;
  /** What changed since the payment last known, in order; empty when nothing did. */
  readonly events: readonly PaymentEvent[];
}

/**
 * The whole of a receiver, after verifying and parsing: reads the payment a notification names
 * from the gateway (notifications carry no payment data) and diffs it against the payment as the
 * caller last knew it (`null` when it knew none), so a notification that arrives twice, late or
 * out of order gives each event once, if the caller keeps the outcome's payment.
 *
 * Returns the {@link NotificationOutcome}; `UnsupportedNotification` for a topic other than
 * `payment`; `PaymentDiffRefused` when `lastKnown` is another payment or newer than the
 * gateway's answer; or the gateway's errors (`PaymentNotFound`, transport failures).
 */
export const handleNotification = (
  gateway: PaymentGateway,
  notification: Notification,
  lastKnown: Payment | null,
  options: CallOptions = {},
): ResultAsync<
  NotificationOutcome,
  GatewayError | UnsupportedNotification | PaymentDiffRefused
> => {
  if (notification.type !== 'payment') {
    return errAsync(unsupportedNotification({ notificationType: notification.type }));
  }
  return gateway
    .getPayment(notification.dataId, options)
    .mapErr((error): GatewayError | UnsupportedNotification | PaymentDiffRefused => error)
    .andThen((payment) => diffPayment(lastKnown, payment).map((events) => ({ payment, events })));
};
