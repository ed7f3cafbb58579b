// The HTTP adapter against the sandbox server on loopback, both from the packed tarballs.
import { createHttpGateway } from '@reembolso/adapter-http';
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { refundPayment } from '@reembolso/core';
import { type SandboxServer, startSandbox } from '@reembolso/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const now = new Date('2026-03-02T12:00:00Z');
const provider = createMemoryGateway({ clock: now });
let sandbox: SandboxServer;

beforeAll(async () => {
  sandbox = await startSandbox({ gateway: provider });
});
afterAll(() => sandbox.close());

describe('the HTTP adapter over the sandbox server', () => {
  it('refunds once, in the payment’s currency, and refuses what is left over', async () => {
    provider
      .seedWirePayment({
        id: 5001,
        status: 'approved',
        status_detail: 'accredited',
        currency_id: 'BRL',
        transaction_amount: 100,
        date_approved: '2026-03-01T12:00:00Z',
        payment_method_id: 'visa',
        payment_type_id: 'credit_card',
        operation_type: 'regular_payment',
        fee_details: [],
        captured: true,
        refunds: [],
      })
      ._unsafeUnwrap();
    const gateway = createHttpGateway({ accessToken: 'TEST-consumer', baseUrl: sandbox.url });

    const done = await refundPayment(gateway, '5001', { amount: 1050 }, { now });
    expect(done._unsafeUnwrap().plan).toMatchObject({ amount: 1050, currency: 'BRL' });
    const refused = await refundPayment(gateway, '5001', { amount: 9000 }, { now });
    expect(refused._unsafeUnwrapErr().type).toBe('AmountExceedsRefundable');
    expect((await provider.getPayment('5001'))._unsafeUnwrap().refundedAmount).toBe(1050);
  });
});
