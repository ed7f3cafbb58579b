// The official-SDK example of docs/guide/testing.md, run by `vitest run docs`.
import { paymentJson } from './payment-json.js';

// What GET /v1/payments/{id} answered: 100.00 BRL approved on 1 March 2026, with fees.
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region sdk-test
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { createSandboxHandlers } from '@reembolso/sandbox';
import { MercadoPagoConfig } from 'mercadopago';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { refundOrder } from './sdk-refunds.js';

const DAY_MS = 86_400_000;

// Mercado Pago for this file: the sandbox's handlers on https://api.mercadopago.com, where the
// SDK calls, backed by a memory gateway the tests arrange and inspect.
const provider = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
const server = setupServer(...createSandboxHandlers({ gateway: provider }));
const refund = refundOrder(new MercadoPagoConfig({ accessToken: 'TEST-shop' }));
const order = { id: 'A-1001', paymentId: String(json.id) };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  provider.reset();
  provider.seedWirePayment(json);
});

describe('the refund button on the official SDK', () => {
  it('refunds part of the payment once, however often the agent clicks', async () => {
    const first = await refund(order, 10.5);
    const again = await refund(order, 10.5);
    expect(first._unsafeUnwrap()).toEqual({ refundId: expect.any(Number), amount: 10.5 });
    expect(again._unsafeUnwrap()).toEqual(first._unsafeUnwrap());
    expect((await provider.getPayment(order.paymentId))._unsafeUnwrap()).toMatchObject({
      statusDetail: 'partially_refunded',
      refundedAmount: 1050,
    });
  });

  it('answers Mercado Pago’s cause code when the refund window has closed', async () => {
    provider.advanceClock(90 * DAY_MS);
    const answer = await refund(order, 10.5);
    expect(answer._unsafeUnwrapErr()).toEqual({ status: 400, codes: [2024] });
    expect((await provider.listRefunds(order.paymentId))._unsafeUnwrap()).toEqual([]);
  });
});
// #endregion sdk-test
