import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyWebhookSignature } from '@reembolso/core';
import { getResponse, type HttpHandler } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createSandboxHandlers,
  MERCADO_PAGO_BASE_URL,
  type SandboxNotification,
  type SandboxServer,
  startSandbox,
} from '../src/index.js';
import { runCli } from '../src/run-cli.js';
import { cardPaymentBody, NOW, wirePayment } from './support/fixtures.js';

const MP = MERCADO_PAGO_BASE_URL;

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
type Json = any;

const call = async (
  handlers: HttpHandler[] | string,
  method: string,
  path: string,
  body?: unknown,
  token = 'TEST-deliveries',
): Promise<{ status: number; json: Json }> => {
  const base = typeof handlers === 'string' ? handlers : MP;
  const request = new Request(`${base}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-idempotency-key': crypto.randomUUID(),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const response =
    typeof handlers === 'string' ? await fetch(request) : await getResponse(handlers, request);
  if (!response) throw new Error('no handler answered');
  return { status: response.status, json: await response.json() };
};

const settle = async (handlers: HttpHandler[] | string, token?: string): Promise<Json[]> => {
  for (;;) {
    const { json } = await call(handlers, 'GET', '/sandbox/webhooks/deliveries', undefined, token);
    if (json.every((d: { status: string }) => d.status !== 'sending')) return json;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const servers: (Server | SandboxServer)[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    if ('closeAllConnections' in server) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    } else await server.close();
  }
});

describe('sandbox webhook deliveries', () => {
  it('tell one payment.updated per disbursement an advanced-payment refund changed', async () => {
    const received: SandboxNotification[] = [];
    const handlers = createSandboxHandlers({
      clock: NOW,
      onNotification: (n) => void received.push(n),
    });
    const seeded = await call(handlers, 'POST', '/sandbox/advanced_payments', {
      disbursements: [wirePayment({ id: 2001 }), wirePayment({ id: 2002, transaction_amount: 50 })],
    });
    await settle(handlers);
    received.length = 0;
    const refunded = await call(
      handlers,
      'POST',
      `/v1/advanced_payments/${seeded.json.id}/refunds`,
      { amount: 30 },
    );
    expect(refunded.status).toBe(200);
    await settle(handlers);
    expect(received.map((n) => [n.paymentId, n.action])).toEqual([
      ['2001', 'payment.updated'],
      ['2002', 'payment.updated'],
    ]);
  });

  it('are signed with the account secret set by PUT /sandbox/webhooks, which refuses bad input', async () => {
    const received: SandboxNotification[] = [];
    const handlers = createSandboxHandlers({
      clock: NOW,
      onNotification: (n) => void received.push(n),
    });
    for (const body of [{ url: 'ftp://x' }, { url: 'not a url' }, { url: null, secret: '' }]) {
      expect((await call(handlers, 'PUT', '/sandbox/webhooks', body)).status).toBe(400);
    }
    const set = await call(handlers, 'PUT', '/sandbox/webhooks', {
      url: 'https://shop.example/hooks?x=1',
      secret: 'account-secret',
    });
    expect(set.json).toEqual({ url: 'https://shop.example/hooks?x=1' });
    await call(handlers, 'POST', '/v1/payments', cardPaymentBody());
    await settle(handlers);
    const [notification] = received;
    if (!notification?.url) throw new Error('no notification');
    const url = new URL(notification.url);
    expect(url.searchParams.get('x')).toBe('1');
    expect(url.searchParams.get('type')).toBe('payment');
    const verified = await verifyWebhookSignature(
      {
        xSignature: notification.headers['x-signature'],
        xRequestId: notification.headers['x-request-id'],
        dataId: url.searchParams.get('data.id') ?? undefined,
      },
      'account-secret',
      { now: new Date() },
    );
    expect(verified.isOk()).toBe(true);
    expect(notification.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keep at most maxDeliveries per account, dropping the oldest finished first', async () => {
    let refuse = true;
    const handlers = createSandboxHandlers({
      clock: NOW,
      onNotification: () => (refuse ? 500 : 200),
      webhooks: { maxDeliveries: 3 },
    });
    const first = await call(handlers, 'POST', '/v1/payments', cardPaymentBody());
    await settle(handlers);
    refuse = false;
    for (let i = 0; i < 3; i += 1) {
      await call(handlers, 'POST', '/v1/payments', cardPaymentBody());
      await settle(handlers);
    }
    const kept = await settle(handlers);
    expect(kept).toHaveLength(3);
    // The refused one is still pending its retry, so the delivered ones went first.
    expect(kept[0]).toMatchObject({ payment_id: String(first.json.id), status: 'pending' });
    expect(kept.slice(1).map((d: Json) => d.status)).toEqual(['delivered', 'delivered']);
  });

  it('record a timeout, a refused connection, then give up after the last retry', async () => {
    const silent = createServer(() => {});
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    const sandbox = await startSandbox({
      clock: NOW,
      webhooks: {
        url: silentUrl,
        firstTimeoutMs: 50,
        retryTimeoutMs: 20,
        retryScheduleMs: [60_000, 120_000],
      },
    });
    servers.push(sandbox);
    await call(sandbox.url, 'POST', '/v1/payments', cardPaymentBody());
    const [timedOut] = await settle(sandbox.url);
    expect(timedOut).toMatchObject({
      status: 'pending',
      attempts: [{ status: null, error: 'timeout' }],
    });
    expect(timedOut.attempts[0].latency_ms).toBeGreaterThanOrEqual(40);
    // Nothing listens there any more: the retries are refused.
    await new Promise<void>((resolve) => {
      silent.closeAllConnections();
      silent.close(() => resolve());
    });
    await call(sandbox.url, 'POST', '/sandbox/clock/advance', { ms: 60_000 + 120_000 });
    const [gaveUp] = await settle(sandbox.url);
    expect(gaveUp).toMatchObject({ status: 'failed', next_attempt_at: null });
    expect(gaveUp.attempts.map((a: Json) => a.error)).toEqual(['timeout', 'network', 'network']);
  });

  it('are forgotten by POST /sandbox/reset, the endpoint kept', async () => {
    const handlers = createSandboxHandlers({ clock: NOW, onNotification: () => 200 });
    await call(handlers, 'PUT', '/sandbox/webhooks', { url: 'https://shop.example/hooks' });
    await call(handlers, 'POST', '/v1/payments', cardPaymentBody());
    expect(await settle(handlers)).toHaveLength(1);
    await call(handlers, 'POST', '/sandbox/reset');
    expect(await settle(handlers)).toEqual([]);
    expect((await call(handlers, 'GET', '/sandbox/webhooks')).json).toEqual({
      url: 'https://shop.example/hooks',
    });
  });

  it('reject a notification_url that is not an http URL, creating nothing', async () => {
    const handlers = createSandboxHandlers({ clock: NOW });
    const refused = await call(handlers, 'POST', '/v1/payments', {
      ...cardPaymentBody(),
      notification_url: 'javascript:alert(1)',
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.json)).not.toContain('javascript');
    expect((await call(handlers, 'GET', '/sandbox/state')).json.payments).toEqual([]);
  });

  it('the CLI refuses a --webhook-url that is not an http URL and an empty --webhook-secret', async () => {
    for (const argv of [
      ['--webhook-url', 'nope'],
      ['--webhook-secret', ''],
    ]) {
      const errors: string[] = [];
      const outcome = await runCli(['--port', '0', ...argv], {
        out: () => {},
        error: (line) => errors.push(line),
      });
      expect(outcome).toEqual({ kind: 'done', exitCode: 2 });
      expect(errors[0]).toMatch(/--webhook-/);
    }
  });
});
