/**
 * A notification as the sandbox sends it: the request Mercado Pago would `POST`, signed. It
 * carries the ids Mercado Pago sends and nothing else: no access token, no payment data.
 */
export interface SandboxNotification {
  /** Where it goes, with `?data.id=<payment id>&type=payment`; `null` when no URL is set (msw mode). */
  readonly url: string | null;
  /** `content-type`, `x-request-id` (a UUID) and `x-signature` (`ts=…,v1=…`). */
  readonly headers: Readonly<Record<'content-type' | 'x-request-id' | 'x-signature', string>>;
  /** The JSON body, as sent. */
  readonly body: string;
  /** The payment it is about (the body's `data.id`). */
  readonly paymentId: string;
  /** `payment.created` or `payment.updated`. */
  readonly action: 'payment.created' | 'payment.updated';
}

/**
 * Receives a notification in process (msw mode) instead of an HTTP `POST`. What it resolves to
 * is the receiver's answer: a status (200 and 201 succeed, anything else is retried), or nothing
 * for 200. Throwing or rejecting counts as a failed delivery, as an unreachable receiver does.
 */
export type NotificationHandler = (notification: SandboxNotification) => unknown;

/** Mercado Pago's retry schedule: about 15 min, 30 min, 6 h, 48 h and 96 h after each failure. */
export const WEBHOOK_RETRY_SCHEDULE_MS: readonly number[] = [
  15 * 60_000,
  30 * 60_000,
  6 * 3_600_000,
  48 * 3_600_000,
  96 * 3_600_000,
];

/** The secret notifications are signed with when none is given. */
export const DEFAULT_WEBHOOK_SECRET = 'reembolso-sandbox-webhook-secret';

/** How the sandbox sends notifications; every field is optional. */
export interface SandboxWebhookOptions {
  /** Every account's webhook URL until the account sets its own (`PUT /sandbox/webhooks`). */
  readonly url?: string;
  /** Every account's secret until the account sets its own; {@link DEFAULT_WEBHOOK_SECRET} when absent. */
  readonly secret?: string;
  /** How long the first attempt waits for an answer; 22 s as Mercado Pago. */
  readonly firstTimeoutMs?: number;
  /** How long each retry waits for an answer; 5 s as Mercado Pago. */
  readonly retryTimeoutMs?: number;
  /** The waits, on the sandbox clock, before each retry; {@link WEBHOOK_RETRY_SCHEDULE_MS} when absent. */
  readonly retryScheduleMs?: readonly number[];
  /** The most deliveries an account keeps; the oldest finished ones go first. 500 when absent. */
  readonly maxDeliveries?: number;
  /** The `fetch` used to `POST` notifications; the global one when absent. */
  readonly fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /**
   * The clock of the signature's `ts`: the wall clock by default, since a receiver checks it
   * against its own clock, whatever the sandbox clock says.
   */
  readonly signingClock?: () => Date;
}
