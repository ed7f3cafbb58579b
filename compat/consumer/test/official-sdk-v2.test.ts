// The official SDK 2.13 (as the `mercadopago-v2` alias) over the same handlers: it rejects with
// Mercado Pago's error body as it came, so the codes are in `cause`.
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { createSandboxHandlers } from '@reembolso/sandbox';
import { MercadoPagoConfig, Payment, PaymentRefund } from 'mercadopago-v2';
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

describe('the official SDK 2.13 over the sandbox handlers', () => {
  it('refunds an approved payment in full, and refuses a second refund with code 2063 or 4040', async () => {
    const created = await payments.create({
      body: {
        transaction_amount: 40,
        payment_method_id: 'visa',
        token: 'tok',
        payer: { email: 'buyer@example.com', first_name: 'APRO' },
      },
    });
    const id = String(created.id);
    expect((await refunds.total({ payment_id: id })).amount).toBe(40);
    await expect(refunds.create({ payment_id: id, body: { amount: 1 } })).rejects.toMatchObject({
      status: 400,
    });
    expect((await payments.get({ id })).status).toBe('refunded');
  });

  it('cancels a pending payment', async () => {
    const pending = await payments.create({
      body: { transaction_amount: 5, payment_method_id: 'pix', payer: { email: 'b@example.com' } },
    });
    expect((await payments.cancel({ id: String(pending.id) })).status).toBe('cancelled');
  });
});
