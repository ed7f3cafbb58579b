// The sandbox-server example of docs/guide/testing.md, run by `vitest run docs`.
import { paymentJson } from './payment-json.js';

// What GET /v1/payments/{id} answered: 100.00 BRL approved on 1 March 2026, with fees.
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region sandbox-controls
import { type SandboxServer, startSandbox } from '@reembolso/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let sandbox: SandboxServer;

beforeAll(async () => {
  // No gateway: every access token is a collector account of its own, as with the CLI.
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

// Mercado Pago asks for an idempotency key on every refund; a fresh one makes each call a new write.
const call = (token: string, method: string, path: string, body?: unknown) =>
  fetch(`${sandbox.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'X-Idempotency-Key': crypto.randomUUID(),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

describe('a sandbox arranged over HTTP', () => {
  it('refunds in the account of the token that seeded the payment, and nowhere else', async () => {
    await call('TEST-shop', 'PUT', '/sandbox/clock', { now: '2026-03-02T12:00:00Z' });
    expect((await call('TEST-shop', 'POST', '/sandbox/payments', json)).status).toBe(201);

    const refund = await call('TEST-shop', 'POST', `/v1/payments/${json.id}/refunds`, {
      amount: 10.5,
    });
    expect(refund.status).toBe(201);
    expect(await refund.json()).toMatchObject({ payment_id: json.id, amount: 10.5 });
    expect((await call('TEST-other', 'GET', `/v1/payments/${json.id}`)).status).toBe(404);
  });

  it('refuses once the clock has passed the refund window, with Mercado Pago’s code', async () => {
    await call('TEST-late', 'PUT', '/sandbox/clock', { now: '2026-03-02T12:00:00Z' });
    await call('TEST-late', 'POST', '/sandbox/payments', json);
    await call('TEST-late', 'POST', '/sandbox/clock/advance', { days: 90 });

    const refund = await call('TEST-late', 'POST', `/v1/payments/${json.id}/refunds`, {});
    expect(refund.status).toBe(400);
    expect(await refund.json()).toMatchObject({ cause: [{ code: 2024 }] });
  });
});
// #endregion sandbox-controls
