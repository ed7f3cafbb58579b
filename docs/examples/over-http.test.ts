// The over-HTTP example of docs/guide/testing.md, run by `vitest run docs`.
import { paymentJson } from './payment-json.js';

// What GET /v1/payments/{id} answered: 100.00 BRL approved on 1 March 2026, with fees.
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region over-http
import { createHttpGateway } from '@reembolso/adapter-http';
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { type SandboxServer, startSandbox } from '@reembolso/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refundFromDesk } from './refund-desk.js';

const provider = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
let sandbox: SandboxServer;

beforeAll(async () => {
  // One collector account behind every access token: the memory gateway the test arranges.
  sandbox = await startSandbox({ gateway: provider });
});
afterAll(() => sandbox.close());

describe('the refund desk over HTTP', () => {
  it('refunds through the HTTP adapter, against the sandbox server', async () => {
    provider.seedWirePayment(json);
    const gateway = createHttpGateway({ accessToken: 'TEST-desk', baseUrl: sandbox.url });
    const refund = refundFromDesk({ gateway, now: provider.now });

    const answer = await refund(String(json.id), 1050);
    expect(answer._unsafeUnwrap()).toBe(
      'refunded 10.5 BRL: the payer receives 11.81 BRL on the card',
    );
    expect((await provider.getPayment(String(json.id)))._unsafeUnwrap()).toMatchObject({
      statusDetail: 'partially_refunded',
      refundedAmount: 1050,
    });
  });

  it('answers any HTTP client as Mercado Pago would, refusals included', async () => {
    provider.seedWirePayment(json);
    const response = await fetch(`${sandbox.url}/v1/payments/${json.id}/refunds`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer TEST-desk',
        'Content-Type': 'application/json',
        'X-Idempotency-Key': 'a2d5b8e4-6f1c-4c1e-9a57-1f0c2b7e9d10',
      },
      body: JSON.stringify({ amount: 200 }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      cause: [{ code: 'amount_exceeds_refundable', data: { remaining: 10_000 } }],
    });
  });
});
// #endregion over-http
