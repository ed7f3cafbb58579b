import { type Payment, toWirePayment } from '@reembolso/core';
import { type SandboxServer, startSandbox } from '@reembolso/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpGateway } from '../src/index.js';
import { approvedPayment, TOKEN } from './support/fixtures.js';

let sandbox: SandboxServer;
beforeAll(async () => {
  sandbox = await startSandbox({ tokens: [TOKEN] });
});
afterAll(() => sandbox.close());

const control = async (path: string, body?: unknown): Promise<void> => {
  const answer = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  expect(answer.status).toBeLessThan(300);
};
const seed = (payment: Payment) => control('/sandbox/payments', toWirePayment(payment));
const held = (id: string): Payment =>
  sandbox
    .gatewayFor(TOKEN)
    ._unsafeUnwrap()
    .snapshot()
    .payments.find((p) => p.id === id) as Payment;

// Approved yesterday by the sandbox's clock, which is the system's.
const yesterday = () => new Date(Date.now() - 86_400_000);
// CLP has no decimals and BRL two: an amount read with the other currency is 100× off.
const payment = (id: string, currency: 'CLP' | 'BRL') =>
  approvedPayment({
    id,
    currency,
    transactionAmount: 200_000,
    feeDetails: [],
    dateCreated: yesterday(),
    dateApproved: yesterday(),
  });
const clp = (id: string) => payment(id, 'CLP');
const brl = (id: string) => payment(id, 'BRL');

describe('one HTTP gateway across a sandbox reset that reuses an id in another currency', () => {
  it('refunds the amount asked in the payment’s own currency, before and after', async () => {
    const gateway = createHttpGateway({ accessToken: TOKEN, baseUrl: sandbox.url });
    await seed(clp('5001'));
    expect((await gateway.createRefund('5001', { amount: 1_050 }))._unsafeUnwrap().amount).toBe(
      1_050,
    );
    expect(held('5001').refundedAmount).toBe(1_050);

    await control('/sandbox/reset');
    await seed(brl('5001'));
    const refund = await gateway.createRefund('5001', { amount: 1_050 });
    // 10.50 BRL, not 1 050.00 BRL.
    expect(refund._unsafeUnwrap().amount).toBe(1_050);
    expect(held('5001').refundedAmount).toBe(1_050);
    expect((await gateway.listRefunds('5001'))._unsafeUnwrap().map((r) => r.amount)).toEqual([
      1_050,
    ]);
  });

  it('refunds the amount asked of an advanced payment whose id came back in another currency', async () => {
    const gateway = createHttpGateway({ accessToken: TOKEN, baseUrl: sandbox.url });
    const seedSplit = (make: (id: string) => Payment) =>
      control('/sandbox/advanced_payments', {
        id: '9001',
        disbursements: [make('6001'), make('6002')].map(toWirePayment),
      });
    await control('/sandbox/reset');
    await seedSplit(clp);
    const first = await gateway.refundAdvancedPayment('9001', { amount: 1_000 });
    expect(first._unsafeUnwrap().map((r) => r.amount)).toEqual([500, 500]);

    await control('/sandbox/reset');
    await seedSplit(brl);
    const again = await gateway.refundAdvancedPayment('9001', { amount: 1_000 });
    expect(again._unsafeUnwrap().map((r) => r.amount)).toEqual([500, 500]);
    expect(held('6001').refundedAmount + held('6002').refundedAmount).toBe(1_000);
  });
});
