// The sandbox's notifications in process: msw handlers with `onNotification`, received by a
// receiver that verifies with core and reads payments with adapter-http, as a service would.
import { createHttpGateway } from '@reembolso/adapter-http';
import {
  handleNotification,
  type Payment,
  type PaymentEvent,
  parseNotification,
  verifyWebhookSignature,
} from '@reembolso/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createSandboxHandlers,
  MERCADO_PAGO_BASE_URL,
  type SandboxNotification,
} from '../src/index.js';
import { clientFor } from './support/client.js';
import { NOW } from './support/fixtures.js';

const MP = MERCADO_PAGO_BASE_URL;
const SECRET = 'msw-webhook-secret';
const TOKEN = 'TEST-msw-hooks';

// The receiver: what it answers is decided per notification by `answers` (200 by default).
const received: SandboxNotification[] = [];
const events: PaymentEvent[] = [];
const known = new Map<string, Payment>();
const done = new Set<string>();
let answers: (notification: SandboxNotification) => number = () => 200;
const gateway = createHttpGateway({ accessToken: TOKEN, maxRetries: 0 });

const receive = async (notification: SandboxNotification): Promise<number> => {
  received.push(notification);
  const status = answers(notification);
  if (status !== 200) return status;
  // No URL in msw mode: the query's data.id is the notification's payment id.
  expect(notification.url).toBeNull();
  const verified = await verifyWebhookSignature(
    {
      xSignature: notification.headers['x-signature'],
      xRequestId: notification.headers['x-request-id'],
      dataId: notification.paymentId,
    },
    SECRET,
    { now: new Date() },
  );
  if (verified.isErr()) return 401;
  const parsed = parseNotification(JSON.parse(notification.body))._unsafeUnwrap();
  const outcome = await handleNotification(gateway, parsed, known.get(parsed.dataId) ?? null);
  if (outcome.isErr()) return 500;
  known.set(parsed.dataId, outcome.value.payment);
  for (const event of outcome.value.events) {
    if (!done.has(event.key)) events.push(event);
    done.add(event.key);
  }
  return 200;
};

const server = setupServer(
  ...createSandboxHandlers({
    clock: NOW,
    onNotification: receive,
    webhooks: { secret: SECRET },
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  answers = () => 200;
});
afterAll(() => server.close());

const client = clientFor(MP);
// Each write under a key of its own, as distinct logical writes are.
const api = async (method: string, path: string, body?: unknown) =>
  (await client(method, path, { token: TOKEN, body, key: crypto.randomUUID() })).json;

// Until no delivery is being sent: each is delivered, given up, or waiting for its retry.
// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
const settle = async (): Promise<any[]> => {
  for (;;) {
    const deliveries = await api('GET', '/sandbox/webhooks/deliveries');
    if (deliveries.every((d: { status: string }) => d.status !== 'sending')) return deliveries;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const card = (firstName: string) => ({
  transaction_amount: 100,
  payment_method_id: 'visa',
  payer: { email: 'buyer@example.com', first_name: firstName },
});

const keys = () => events.map((event) => event.key);

describe('notifications through msw handlers with onNotification', () => {
  it('tell an approval, each refund and the total refund once each, signed, carrying only ids', async () => {
    const payment = await api('POST', '/v1/payments', card('APRO'));
    await settle();
    const first = await api('POST', `/v1/payments/${payment.id}/refunds`, { amount: 10 });
    const second = await api('POST', `/v1/payments/${payment.id}/refunds`, { amount: 20 });
    await settle();
    const rest = await api('POST', `/v1/payments/${payment.id}/refunds`, {});
    await settle();
    expect(keys()).toEqual([
      `approved:${payment.id}`,
      `refund:${payment.id}:${first.id}`,
      `refund:${payment.id}:${second.id}`,
      `refund:${payment.id}:${rest.id}`,
      `refunded:${payment.id}`,
    ]);
    expect(received.map((n) => n.action)).toEqual([
      'payment.created',
      'payment.updated',
      'payment.updated',
      'payment.updated',
    ]);
    const body = JSON.parse(received[0]?.body ?? '{}');
    expect(body).toMatchObject({
      type: 'payment',
      action: 'payment.created',
      data: { id: String(payment.id) },
    });
    expect(Object.keys(body).sort()).toEqual(
      [
        'action',
        'api_version',
        'data',
        'date_created',
        'id',
        'live_mode',
        'type',
        'user_id',
      ].sort(),
    );
    expect(JSON.stringify(received)).not.toContain(TOKEN);
  });

  it('retries a cancellation answered 500 once the sandbox clock passes the first retry', async () => {
    const payment = await api('POST', '/v1/payments', card('CONT'));
    await settle();
    let refused = 0;
    answers = () => (refused++ === 0 ? 500 : 200);
    await api('PUT', `/v1/payments/${payment.id}`, { status: 'cancelled' });
    const waiting = (await settle()).at(-1);
    expect(waiting).toMatchObject({ status: 'pending', attempts: [{ status: 500 }] });
    expect(Date.parse(waiting.next_attempt_at)).toBe(NOW.getTime() + 15 * 60_000);
    expect(keys()).not.toContain(`cancelled:${payment.id}`);

    await api('POST', '/sandbox/clock/advance', { ms: 14 * 60_000 });
    expect((await settle()).at(-1).attempts).toHaveLength(1);
    await api('POST', '/sandbox/clock/advance', { ms: 2 * 60_000 });
    const delivered = (await settle()).at(-1);
    expect(delivered).toMatchObject({
      status: 'delivered',
      next_attempt_at: null,
      attempts: [{ status: 500 }, { status: 200 }],
    });
    expect(keys().filter((key) => key === `cancelled:${payment.id}`)).toHaveLength(1);

    const replayed = await api('POST', `/sandbox/webhooks/deliveries/${delivered.id}/replay`);
    expect(replayed).toMatchObject({ payment_id: String(payment.id), action: 'payment.updated' });
    await settle();
    expect(keys().filter((key) => key === `cancelled:${payment.id}`)).toHaveLength(1);
  });
});
