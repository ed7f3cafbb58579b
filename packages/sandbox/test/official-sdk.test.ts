import { createMemoryGateway } from '@reembolso/adapter-memory';
import { MercadoPagoConfig, Payment, PaymentRefund } from 'mercadopago';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSandboxHandlers } from '../src/index.js';
import { NOW, wirePayment } from './support/fixtures.js';

// The official SDK calls https://api.mercadopago.com, fixed; msw answers for it in-process.
const gateway = createMemoryGateway({ clock: NOW, ids: { seed: 7 } });
const server = setupServer(...createSandboxHandlers({ gateway }));
const client = new MercadoPagoConfig({ accessToken: 'TEST-0000-sdk', options: { timeout: 5_000 } });
const payments = new Payment(client);
const refunds = new PaymentRefund(client);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => gateway.reset());

const createApproved = () =>
  payments.create({
    body: {
      transaction_amount: 100,
      payment_method_id: 'visa',
      token: 'card-token',
      installments: 1,
      payer: { email: 'buyer@example.com', first_name: 'APRO' },
    },
  });

describe('the official mercadopago SDK against the sandbox handlers', () => {
  it('creates a payment, approved for the APRO cardholder', async () => {
    const payment = await createApproved();
    expect(payment).toMatchObject({
      status: 'approved',
      status_detail: 'accredited',
      transaction_amount: 100,
    });
    expect(payment.api_response.status).toBe(201);
  });

  it('refunds in part, then the rest in full, and lists and gets the refunds', async () => {
    const { id } = await createApproved();
    const paymentId = String(id);
    const partial = await refunds.create({ payment_id: paymentId, body: { amount: 10.5 } });
    expect(partial).toMatchObject({ payment_id: id, amount: 10.5, status: 'approved' });
    expect(partial.api_response.status).toBe(201);
    expect(await payments.get({ id: paymentId })).toMatchObject({
      status: 'approved',
      status_detail: 'partially_refunded',
      transaction_amount_refunded: 10.5,
    });

    const rest = await refunds.total({ payment_id: paymentId });
    expect(rest).toMatchObject({ payment_id: id, amount: 89.5 });
    expect(await payments.get({ id: paymentId })).toMatchObject({
      status: 'refunded',
      status_detail: 'refunded',
      transaction_amount_refunded: 100,
    });

    const listed = await refunds.list({ payment_id: paymentId });
    expect(listed.map((r) => r.amount)).toEqual([10.5, 89.5]);
    const one = await refunds.get({ payment_id: paymentId, refund_id: String(partial.id) });
    expect(one).toMatchObject({ id: partial.id, amount: 10.5 });
  });

  it('refunds the whole payment at once', async () => {
    const { id } = await createApproved();
    const total = await refunds.total({ payment_id: String(id) });
    expect(total.amount).toBe(100);
    expect((await payments.get({ id: String(id) })).status).toBe('refunded');
  });

  it('cancels a pending payment, and the payment stays cancelled', async () => {
    const pending = await payments.create({
      body: {
        transaction_amount: 50,
        payment_method_id: 'pix',
        payer: { email: 'buyer@example.com' },
      },
    });
    expect(pending.status).toBe('pending');
    const cancelled = await payments.cancel({ id: String(pending.id) });
    expect(cancelled).toMatchObject({
      id: pending.id,
      status: 'cancelled',
      status_detail: 'by_collector',
    });
    expect((await payments.get({ id: String(pending.id) })).status).toBe('cancelled');
  });

  it('a refused refund throws Mercado Pago’s error body with the cause code', async () => {
    const pending = await payments.create({
      body: {
        transaction_amount: 50,
        payment_method_id: 'pix',
        payer: { email: 'buyer@example.com' },
      },
    });
    await expect(
      refunds.create({ payment_id: String(pending.id), body: { amount: 5 } }),
    ).rejects.toMatchObject({
      status: 400,
      error: 'bad_request',
      cause: [{ code: 2063 }],
    });
    gateway.seedWirePayment(wirePayment({ id: 4242, marketplace: 'MELI' }))._unsafeUnwrap();
    await expect(refunds.create({ payment_id: '4242', body: { amount: 5 } })).rejects.toMatchObject(
      {
        status: 400,
        cause: [{ code: 3024 }],
      },
    );
    await expect(payments.get({ id: '999' })).rejects.toMatchObject({
      status: 404,
      cause: [{ code: 2000 }],
    });
  });

  it('the SDK’s own X-Idempotency-Key makes each refund call a new refund', async () => {
    const { id } = await createApproved();
    await refunds.create({ payment_id: String(id), body: { amount: 1 } });
    await refunds.create({ payment_id: String(id), body: { amount: 1 } });
    expect((await refunds.list({ payment_id: String(id) })).length).toBe(2);
  });

  it('a caller’s idempotency key replays the first refund', async () => {
    const { id } = await createApproved();
    const requestOptions = { idempotencyKey: 'order-42-refund' };
    const first = await refunds.create({
      payment_id: String(id),
      body: { amount: 3 },
      requestOptions,
    });
    const again = await refunds.create({
      payment_id: String(id),
      body: { amount: 3 },
      requestOptions,
    });
    expect(again.id).toBe(first.id);
    expect(gateway.snapshot().payments[0]?.refunds).toHaveLength(1);
  });
});
