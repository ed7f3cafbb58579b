// End to end over loopback: the sandbox CLI, started with --webhook-url, notifies the guide's
// receiver, which verifies with core and reads each payment back with adapter-http.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createHttpGateway } from '@reembolso/adapter-http';
import type { PaymentEvent } from '@reembolso/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { receiveNotifications } from './receiving-notifications.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TOKEN = 'TEST-notified-shop';
const SECRET = 'e2e-webhook-secret';

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

// The sandbox CLI as a user runs it; resolves to its URL once it says where it listens.
const startCli = (args: readonly string[]): Promise<{ url: string; child: ChildProcess }> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      'node',
      ['--import', 'tsx', '--conditions=source', 'packages/sandbox/src/cli.ts', ...args],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, child });
    });
    child.once('exit', (code) => reject(new Error(`the sandbox CLI exited with ${code}`)));
  });

const events: PaymentEvent[] = [];
let failNext = false;
const receiver = createServer();
let sandbox: { url: string; child: ChildProcess };
// A receiver that takes notifications and never answers them.
const held: ServerResponse[] = [];
const silent = createServer((_req: IncomingMessage, res: ServerResponse) => {
  held.push(res);
});
let silentUrl: string;

beforeAll(async () => {
  const receiverUrl = await listen(receiver);
  silentUrl = await listen(silent);
  sandbox = await startCli([
    '--port',
    '0',
    '--webhook-url',
    `${receiverUrl}/notifications`,
    '--webhook-secret',
    SECRET,
  ]);
  // #region serve-receiver
  const handle = receiveNotifications({
    gateway: createHttpGateway({ accessToken: TOKEN, baseUrl: sandbox.url }),
    secret: SECRET,
    onEvent: (event) => events.push(event),
  });
  // #endregion serve-receiver
  receiver.on('request', (req: IncomingMessage, res: ServerResponse) => {
    // The first delivery after `failNext` is set is answered 500, as a receiver that is down.
    if (failNext) {
      failNext = false;
      req.resume();
      res.writeHead(500).end();
      return;
    }
    void handle(req, res);
  });
});

afterAll(async () => {
  sandbox?.child.kill('SIGTERM');
  silent.closeAllConnections();
  receiver.closeAllConnections();
  await Promise.all(
    [receiver, silent].map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
  );
});

// biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
const api = async (method: string, path: string, body?: unknown, token = TOKEN): Promise<any> => {
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-idempotency-key': crypto.randomUUID(),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.json();
};

// Until every delivery is delivered, given up, or waiting for a retry the clock has not reached.
const settle = async (token = TOKEN) => {
  for (;;) {
    const deliveries: { status: string; attempts: { status: number | null }[] }[] = await api(
      'GET',
      '/sandbox/webhooks/deliveries',
      undefined,
      token,
    );
    if (deliveries.every((d) => d.status !== 'sending')) return deliveries;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

const card = (firstName: string, extra: Record<string, unknown> = {}) => ({
  transaction_amount: 100,
  payment_method_id: 'visa',
  payer: { email: 'buyer@example.com', first_name: firstName },
  ...extra,
});

describe('the sandbox CLI with --webhook-url, notifying the guide receiver', () => {
  it('tells refunds, the total refund and a cancellation once each, a 500 retried on the sandbox clock', async () => {
    const paid = await api('POST', '/v1/payments', card('APRO'));
    const first = await api('POST', `/v1/payments/${paid.id}/refunds`, { amount: 10 });
    await settle();
    const second = await api('POST', `/v1/payments/${paid.id}/refunds`, { amount: 20 });
    await settle();
    failNext = true;
    const rest = await api('POST', `/v1/payments/${paid.id}/refunds`, {});
    const waiting = (await settle()).at(-1);
    expect(waiting).toMatchObject({ status: 'pending', attempts: [{ status: 500 }] });
    expect(events.map((event) => event.key)).not.toContain(`refunded:${paid.id}`);

    await api('POST', '/sandbox/clock/advance', { ms: 16 * 60_000 });
    expect((await settle()).at(-1)).toMatchObject({
      status: 'delivered',
      attempts: [{ status: 500 }, { status: 200 }],
    });

    const pending = await api('POST', '/v1/payments', card('CONT'));
    await settle();
    await api('PUT', `/v1/payments/${pending.id}`, { status: 'cancelled' });
    await settle();

    expect(events.map((event) => event.key)).toEqual([
      `approved:${paid.id}`,
      `refund:${paid.id}:${first.id}`,
      `refund:${paid.id}:${second.id}`,
      `refund:${paid.id}:${rest.id}`,
      `refunded:${paid.id}`,
      `cancelled:${pending.id}`,
    ]);
    const total = events.find((event) => event.key === `refund:${paid.id}:${rest.id}`);
    expect(total).toMatchObject({
      figures: { amount: 7000, refundedBefore: 3000, remainingAfter: 0 },
    });
  });

  it('answers the API at once while a notification_url receiver never answers', async () => {
    const token = 'TEST-silent-receiver';
    const timed = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      const value = await work();
      return { value, ms: performance.now() - started };
    };
    // The baseline: the same calls, notified to the guide receiver, which answers.
    const base = await api('POST', '/v1/payments', card('APRO'), token);
    const baseline = await timed(() =>
      api('POST', `/v1/payments/${base.id}/refunds`, { amount: 10 }, token),
    );
    // notification_url wins over the CLI's --webhook-url, for that payment only.
    const paid = await api(
      'POST',
      '/v1/payments',
      card('APRO', { notification_url: silentUrl }),
      token,
    );
    const refund = await timed(() =>
      api('POST', `/v1/payments/${paid.id}/refunds`, { amount: 10 }, token),
    );
    expect(refund.value).toMatchObject({ amount: 10, status: 'approved' });
    // Both notifications of that payment reached the silent receiver, and neither is answered:
    while (held.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(held.every((res) => !res.writableEnded)).toBe(true);
    const deliveries = await api('GET', '/sandbox/webhooks/deliveries', undefined, token);
    expect(deliveries.filter((d: { status: string }) => d.status === 'sending')).toHaveLength(2);
    // …while the API answered long before the 22 s the sandbox waits for them.
    expect(refund.ms).toBeLessThan(Math.max(2_000, baseline.ms * 20));
  });
});
