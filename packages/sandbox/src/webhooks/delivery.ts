import { toWireDate } from '@reembolso/core';

/** One attempt at delivering a notification. */
export interface DeliveryAttempt {
  /** When it was sent, on the sandbox clock. */
  readonly at: Date;
  /** The receiver's HTTP status, or `null` when it gave none. */
  readonly status: number | null;
  /** Why it gave none: `timeout` (no answer in time) or `network` (refused, reset, thrown). */
  readonly error: 'timeout' | 'network' | null;
  /** How long the answer took, in wall-clock milliseconds. */
  readonly latencyMs: number;
}

/**
 * The delivery of one notification: `pending` until an attempt succeeds (`delivered`) or the
 * retry schedule runs out (`failed`); `sending` while an attempt waits for its answer.
 */
export interface WebhookDelivery {
  readonly id: string;
  readonly notificationId: string;
  readonly paymentId: string;
  readonly action: 'payment.created' | 'payment.updated';
  readonly url: string | null;
  status: 'pending' | 'sending' | 'delivered' | 'failed';
  readonly attempts: DeliveryAttempt[];
  /** When the next attempt is due on the sandbox clock, or `null` when none will be made. */
  nextAttemptAt: Date | null;
  readonly createdAt: Date;
  /** The signed parts that do not change between attempts. */
  readonly body: string;
}

/** A delivery as `GET /sandbox/webhooks/deliveries` answers it. */
export const wireDeliveryOf = (delivery: WebhookDelivery) => ({
  id: delivery.id,
  notification_id: delivery.notificationId,
  payment_id: delivery.paymentId,
  action: delivery.action,
  url: delivery.url,
  status: delivery.status,
  created_at: toWireDate(delivery.createdAt),
  next_attempt_at: delivery.nextAttemptAt === null ? null : toWireDate(delivery.nextAttemptAt),
  attempts: delivery.attempts.map((attempt) => ({
    at: toWireDate(attempt.at),
    status: attempt.status,
    error: attempt.error,
    latency_ms: attempt.latencyMs,
  })),
});
