import type { MemoryGateway, PaymentChange } from '@reembolso/adapter-memory';
import { signWebhook, toWireDate } from '@reembolso/core';
import type { WebhookDelivery } from './delivery.js';
import { type NotificationTransport, sendNotification } from './send-notification.js';
import {
  DEFAULT_WEBHOOK_SECRET,
  type NotificationHandler,
  type SandboxNotification,
  type SandboxWebhookOptions,
  WEBHOOK_RETRY_SCHEDULE_MS,
} from './webhook-options.js';

/** An account's webhook endpoint: where its notifications go, and the secret they are signed with. */
export interface WebhookEndpoint {
  readonly url: string | null;
  readonly secret: string;
}

/** The notifications of one account: what it sends, where, and what became of each. */
export interface Notifier {
  /** The account's endpoint. */
  readonly endpoint: () => WebhookEndpoint;
  /** Sets the account's endpoint (`url: null` stops notifications without a payment URL). */
  readonly setEndpoint: (endpoint: WebhookEndpoint) => void;
  /** Sends this payment's notifications to `url` instead (the payment's `notification_url`). */
  readonly setPaymentUrl: (paymentId: string, url: string | undefined) => void;
  /** Every delivery kept, oldest first. */
  readonly deliveries: () => readonly WebhookDelivery[];
  /** Sends a delivery's notification again now, as a new delivery; `undefined` for an unknown id. */
  readonly replay: (deliveryId: string) => WebhookDelivery | undefined;
  /** Starts every attempt due on the sandbox clock. */
  readonly runDue: () => void;
  /** Resolves once no attempt is waiting to start or for its answer. */
  readonly settled: () => Promise<void>;
  /** Forgets every delivery and payment URL (attempts in flight end unrecorded); keeps the endpoint. */
  readonly reset: () => void;
}

const MAX_PAYMENT_URLS = 10_000;
const DEFAULT_MAX_DELIVERIES = 500;

/**
 * The notifier of one account's memory gateway: it subscribes to the gateway's changes (one
 * notification per change: `payment.created` for a new payment, `payment.updated` otherwise),
 * signs each as Mercado Pago does and sends it off the request path, retrying on the sandbox
 * clock. Deliveries are bounded: past `maxDeliveries` the oldest finished ones are dropped
 * first, then the oldest waiting for a retry, then the oldest of all. Returns the notifier;
 * nothing it does throws into a write.
 */
export const createNotifier = (
  gateway: MemoryGateway,
  options: SandboxWebhookOptions = {},
  onNotification?: NotificationHandler,
): Notifier => {
  const schedule = options.retryScheduleMs ?? WEBHOOK_RETRY_SCHEDULE_MS;
  const firstTimeoutMs = options.firstTimeoutMs ?? 22_000;
  const retryTimeoutMs = options.retryTimeoutMs ?? 5_000;
  const maxDeliveries = Math.max(1, options.maxDeliveries ?? DEFAULT_MAX_DELIVERIES);
  const signingClock = options.signingClock ?? (() => new Date());
  const transport: NotificationTransport = onNotification
    ? { kind: 'handler', handler: onNotification }
    : { kind: 'fetch', fetch: options.fetch ?? ((input, init) => fetch(input, init)) };
  let endpoint: WebhookEndpoint = {
    url: options.url ?? null,
    secret: options.secret ?? DEFAULT_WEBHOOK_SECRET,
  };
  const paymentUrls = new Map<string, string>();
  const deliveries = new Map<string, WebhookDelivery>();
  const inFlight = new Set<Promise<void>>();
  let sequence = 0;
  let notificationSequence = 0;

  const track = (work: Promise<void>): void => {
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  };

  const bound = (): void => {
    while (deliveries.size > maxDeliveries) {
      const all = [...deliveries.values()];
      const finished = all.find((d) => d.status === 'delivered' || d.status === 'failed');
      const waiting = all.find((d) => d.status === 'pending');
      const oldest = finished ?? waiting ?? all[0];
      if (oldest === undefined) return;
      deliveries.delete(oldest.id);
    }
  };

  const urlFor = (paymentId: string): string | null => {
    const base = paymentUrls.get(paymentId) ?? endpoint.url;
    if (base === null) return null;
    const url = new URL(base);
    url.searchParams.set('data.id', paymentId);
    url.searchParams.set('type', 'payment');
    return url.toString();
  };

  const attempt = async (delivery: WebhookDelivery): Promise<void> => {
    const index = delivery.attempts.length;
    const dueAt = delivery.nextAttemptAt ?? gateway.now();
    delivery.status = 'sending';
    delivery.nextAttemptAt = null;
    const xRequestId = crypto.randomUUID();
    const ts = Math.floor(signingClock().getTime() / 1000);
    const signature = await signWebhook(
      { dataId: delivery.paymentId, xRequestId, ts },
      endpoint.secret,
    );
    const notification: SandboxNotification = {
      url: delivery.url,
      headers: {
        'content-type': 'application/json',
        'x-request-id': xRequestId,
        'x-signature': signature.unwrapOr(''),
      },
      body: delivery.body,
      paymentId: delivery.paymentId,
      action: delivery.action,
    };
    const at = gateway.now();
    const sent = await sendNotification(
      notification,
      transport,
      index === 0 ? firstTimeoutMs : retryTimeoutMs,
    );
    delivery.attempts.push({ at, ...sent });
    if (sent.status === 200 || sent.status === 201) {
      delivery.status = 'delivered';
      return;
    }
    const wait = schedule[index];
    if (wait === undefined) {
      delivery.status = 'failed';
      return;
    }
    // Counted from when this attempt was due, so one long clock jump runs every retry it passes.
    delivery.status = 'pending';
    delivery.nextAttemptAt = new Date(dueAt.getTime() + wait);
    runDue();
  };

  const start = (delivery: WebhookDelivery): void => {
    // Never on the request path: the write that caused it answers first.
    track(
      new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(() => attempt(delivery))
        .catch(() => {
          delivery.status = 'failed';
        }),
    );
  };

  const runDue = (): void => {
    const now = gateway.now().getTime();
    for (const delivery of deliveries.values()) {
      if (delivery.status !== 'pending' || delivery.nextAttemptAt === null) continue;
      if (delivery.nextAttemptAt.getTime() <= now) {
        delivery.status = 'sending';
        start(delivery);
      }
    }
  };

  const bodyOf = (
    change: PaymentChange,
    action: WebhookDelivery['action'],
    createdAt: Date,
  ): string =>
    JSON.stringify({
      id: 9_000_000_000 + notificationSequence,
      live_mode: false,
      type: 'payment',
      date_created: toWireDate(createdAt),
      user_id: change.after.collectorId === null ? null : Number(change.after.collectorId),
      api_version: 'v1',
      action,
      data: { id: change.after.id },
    });

  const enqueue = (
    paymentId: string,
    action: WebhookDelivery['action'],
    body: (createdAt: Date) => string,
  ): WebhookDelivery | undefined => {
    const url = urlFor(paymentId);
    if (url === null && !onNotification) return undefined;
    notificationSequence += 1;
    const createdAt = gateway.now();
    sequence += 1;
    const delivery: WebhookDelivery = {
      id: String(sequence),
      notificationId: String(notificationSequence),
      paymentId,
      action,
      url,
      status: 'sending',
      attempts: [],
      nextAttemptAt: null,
      createdAt,
      body: body(createdAt),
    };
    deliveries.set(delivery.id, delivery);
    bound();
    start(delivery);
    return delivery;
  };

  gateway.subscribe((change: PaymentChange) => {
    const action = change.before === null ? 'payment.created' : 'payment.updated';
    enqueue(change.after.id, action, (createdAt) => bodyOf(change, action, createdAt));
    runDue();
  });

  return {
    endpoint: () => endpoint,
    setEndpoint: (next) => {
      endpoint = next;
    },
    setPaymentUrl: (paymentId, url) => {
      if (url === undefined) {
        paymentUrls.delete(paymentId);
        return;
      }
      paymentUrls.delete(paymentId);
      paymentUrls.set(paymentId, url);
      // The oldest payments' URLs go first: the map stays bounded whatever is created.
      for (const oldest of paymentUrls.keys()) {
        if (paymentUrls.size <= MAX_PAYMENT_URLS) break;
        paymentUrls.delete(oldest);
      }
    },
    deliveries: () => {
      runDue();
      return [...deliveries.values()];
    },
    replay: (deliveryId) => {
      const original = deliveries.get(deliveryId);
      // The same notification (same id and body) again, newly signed.
      return original && enqueue(original.paymentId, original.action, () => original.body);
    },
    runDue,
    reset: () => {
      deliveries.clear();
      paymentUrls.clear();
    },
    settled: async () => {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
};
