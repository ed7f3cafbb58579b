// The receiver of docs/guide/receiving-notifications.md, served over loopback, against the
// memory gateway: signed notifications are acted on once, forged or stale ones never.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { type PaymentEvent, signWebhook } from '@reembolso/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paymentJson } from './payment-json.js';
import { receiveNotifications } from './receiving-notifications.js';

const SECRET = 'test-webhook-secret';
const now = new Date('2026-03-02T12:00:00Z');
const ts = Math.floor(now.getTime() / 1000);
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));
const paymentId = String(json.id);

let server: Server;
let url: string;
let events: PaymentEvent[];
let provider: ReturnType<typeof createMemoryGateway>;

beforeEach(async () => {
  provider = createMemoryGateway({ clock: now });
  provider.seedWirePayment(json);
  events = [];
  server = createServer(
    receiveNotifications({
      gateway: provider,
      secret: SECRET,
      onEvent: (event) => events.push(event),
      now: () => now,
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/notifications`;
});
afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

const notify = async (
  id: string,
  options: { secret?: string; ts?: number; body?: unknown } = {},
): Promise<number> => {
  const xRequestId = crypto.randomUUID();
  const signature = await signWebhook(
    { dataId: id, xRequestId, ts: options.ts ?? ts },
    options.secret ?? SECRET,
  );
  const response = await fetch(`${url}?data.id=${id}&type=payment`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': xRequestId,
      'x-signature': signature._unsafeUnwrap(),
    },
    body: JSON.stringify(
      options.body ?? {
        id: 1,
        live_mode: false,
        type: 'payment',
        action: 'payment.updated',
        api_version: 'v1',
        data: { id },
      },
    ),
  });
  return response.status;
};

describe('the receiver of the guide', () => {
  it('acts on each event once, however often the notification arrives', async () => {
    expect(await notify(paymentId)).toBe(200);
    expect(events.map((event) => event.type)).toEqual(['PaymentApproved']);
    await provider.createRefund(paymentId, { amount: 1000 }, { idempotencyKey: 'k1' });
    expect(await notify(paymentId)).toBe(200);
    expect(await notify(paymentId)).toBe(200);
    expect(events.map((event) => event.type)).toEqual(['PaymentApproved', 'RefundCreated']);
  });

  it('refuses forged and stale notifications, and a body naming another payment, acting on none', async () => {
    expect(await notify(paymentId, { secret: 'not-the-secret' })).toBe(401);
    expect(await notify(paymentId, { ts: ts - 3600 })).toBe(401);
    expect(await notify(paymentId, { body: { id: 1, type: 'payment', data: { id: '1' } } })).toBe(
      400,
    );
    expect(events).toEqual([]);
  });

  it('asks for a retry when the payment cannot be read', async () => {
    expect(await notify('404404')).toBe(500);
  });
});
