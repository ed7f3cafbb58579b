// The sandbox's msw handlers answering the official SDK, 3.x and 2.13 (as the `mercadopago-v2`
// alias), in a project that installed the packed tarballs: msw is the project's own (a peer of
// @reembolso/sandbox), so there is one copy.
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { createSandboxHandlers } from '@reembolso/sandbox';
import { MercadoPagoConfig, MPBadRequestError, Payment, PaymentRefund } from 'mercadopago';
import * as v2 from 'mercadopago-v2';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_LISTEN } from './strict-listen.js';

const gateway = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
const server = setupServer(...createSandboxHandlers({ gateway }));
const client = new MercadoPagoConfig({ accessToken: 'TEST-consumer', options: { timeout: 5_000 } });
const payments = new Payment(client);
const refunds = new PaymentRefund(client);

beforeAll(() => server.listen(STRICT_LISTEN));
afterAll(() => server.close());

const card = { email: 'buyer@example.com', first_name: 'APRO' };

describe('the official SDK 3.x over the sandbox handlers', () => {
  it('creates, refunds in part, lists, gets and refunds the rest', async () => {
    const created = await payments.create({
      body: { transaction_amount: 100, payment_method_id: 'visa', token: 'tok', payer: card },
    });
    expect(created).toMatchObject({ status: 'approved', status_detail: 'accredited' });
    const id = String(created.id);

    const partial = await refunds.create({ payment_id: id, body: { amount: 10.5 } });
    expect(partial).toMatchObject({ payment_id: created.id, amount: 10.5 });
    const rest = await refunds.total({ payment_id: id });
    expect(rest.amount).toBe(89.5);

    expect((await refunds.list({ payment_id: id })).map((r) => r.amount)).toEqual([10.5, 89.5]);
    expect(await refunds.get({ payment_id: id, refund_id: String(partial.id) })).toMatchObject({
      amount: 10.5,
    });
    expect(await payments.get({ id })).toMatchObject({
      status: 'refunded',
      transaction_amount_refunded: 100,
    });
  });

  it('refuses a refund of a pending payment with an MPBadRequestError carrying code 2063', async () => {
    const pending = await payments.create({
      body: { transaction_amount: 50, payment_method_id: 'pix', payer: { email: card.email } },
    });
    const thrown = await refunds
      .create({ payment_id: String(pending.id), body: { amount: 5 } })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(thrown).toBeInstanceOf(MPBadRequestError);
    expect(thrown).toMatchObject({ status: 400, causes: [{ code: 2063 }] });
    expect((await refunds.list({ payment_id: String(pending.id) })).length).toBe(0);
  });

  it('cancels a pending payment', async () => {
    const pending = await payments.create({
      body: { transaction_amount: 50, payment_method_id: 'pix', payer: { email: card.email } },
    });
    expect(await payments.cancel({ id: String(pending.id) })).toMatchObject({
      status: 'cancelled',
      status_detail: 'by_collector',
    });
  });
});

// SDK 2 rejects with Mercado Pago's error body as it came, so its codes are in `cause`.
describe('the official SDK 2.13 over the sandbox handlers', () => {
  const client2 = new v2.MercadoPagoConfig({ accessToken: 'TEST-consumer-v2' });
  const payments2 = new v2.Payment(client2);
  const refunds2 = new v2.PaymentRefund(client2);

  it('refunds an approved payment in full', async () => {
    const created = await payments2.create({
      body: {
        transaction_amount: 40,
        payment_method_id: 'visa',
        token: 'tok',
        payer: { email: 'buyer@example.com', first_name: 'APRO' },
      },
    });
    const id = String(created.id);
    expect((await refunds2.total({ payment_id: id })).amount).toBe(40);
    expect((await payments2.get({ id })).status).toBe('refunded');
  });

  it('refuses to refund a pending payment with code 2063 in `cause`, then cancels it', async () => {
    const pending = await payments2.create({
      body: { transaction_amount: 5, payment_method_id: 'pix', payer: { email: 'b@example.com' } },
    });
    const id = String(pending.id);
    await expect(refunds2.create({ payment_id: id, body: { amount: 1 } })).rejects.toMatchObject({
      status: 400,
      cause: [{ code: 2063 }],
    });
    expect((await payments2.cancel({ id })).status).toBe('cancelled');
  });
});
