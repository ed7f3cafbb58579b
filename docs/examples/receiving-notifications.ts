// The receiver of docs/guide/receiving-notifications.md. The end-to-end test beside it serves it
// over loopback against the sandbox CLI.

// #region receiver
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  handleNotification,
  type Payment,
  type PaymentEvent,
  type PaymentGateway,
  parseNotification,
  verifyWebhookSignature,
} from '@reembolso/core';
import { Result } from 'neverthrow';
import { match } from 'ts-pattern';

/** What the receiver needs: the way to Mercado Pago, the application's secret, what to do. */
export interface ReceiverOptions {
  /** Reads the payment a notification names, e.g. `createHttpGateway({ accessToken })`. */
  readonly gateway: PaymentGateway;
  /** The application's webhook secret (Your integrations → Webhooks). */
  readonly secret: string;
  /** Called once per event. Keep it quick: queue slow work, do not do it here. */
  readonly onEvent: (event: PaymentEvent) => void;
  /** The clock the signature's timestamp is checked against. */
  readonly now?: () => Date;
}

const BODY_LIMIT = 64 * 1024;

// The raw bytes, as sent: nothing is parsed before the signature is checked.
const rawBody = async (req: IncomingMessage): Promise<string | null> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
};

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

const parseJson = Result.fromThrowable(
  (text: string): unknown => JSON.parse(text),
  () => 'not JSON',
);

/** A `node:http` request listener that receives Mercado Pago's payment notifications. */
export const receiveNotifications = (options: ReceiverOptions) => {
  // Your database: the payment as last read, and the events already acted on.
  const known = new Map<string, Payment>();
  const done = new Set<string>();
  const now = options.now ?? (() => new Date());

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reply = (status: number) => void res.writeHead(status).end();
    const url = new URL(req.url ?? '/', 'http://receiver');
    const body = await rawBody(req);
    const dataId = url.searchParams.get('data.id') ?? undefined;
    // 1. Verify first: an unsigned or forged notification is never parsed, let alone acted on.
    const verified = await verifyWebhookSignature(
      { xSignature: header(req, 'x-signature'), xRequestId: header(req, 'x-request-id'), dataId },
      options.secret,
      { now: now() },
    );
    if (verified.isErr()) return reply(401);
    if (body === null) return reply(413);
    // 2. Parse. The signature covers the query's data.id, so the body must name the same one.
    const notification = parseJson(body).andThen(parseNotification);
    if (notification.isErr() || notification.value.dataId !== dataId) return reply(400);
    // 3. Read the payment, diff it against the one last known.
    const outcome = await handleNotification(
      options.gateway,
      notification.value,
      known.get(notification.value.dataId) ?? null,
    );
    if (outcome.isErr()) {
      // A topic we do not read or a stale reading: nothing to do. Anything else: ask for a retry.
      return match(outcome.error.type)
        .with('UnsupportedNotification', 'PaymentDiffRefused', () => reply(200))
        .otherwise(() => reply(500));
    }
    known.set(outcome.value.payment.id, outcome.value.payment);
    // 4. Act once per event: retries and concurrent deliveries carry events already done.
    for (const event of outcome.value.events) {
      if (done.has(event.key)) continue;
      done.add(event.key);
      options.onEvent(event);
    }
    // 5. Answer fast: Mercado Pago retries anything that is not a 200 or 201 within 22 s.
    reply(200);
  };
};
// #endregion receiver
