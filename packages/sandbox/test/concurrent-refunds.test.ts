import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandbox } from '../src/index.js';
import { clientFor, TOKEN } from './support/client.js';
import { NOW, wirePayment } from './support/fixtures.js';

let sandbox: SandboxServer;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: NOW });
});
afterAll(() => sandbox.close());

const refundAll = (paymentId: number, amounts: readonly number[]) =>
  Promise.all(
    amounts.map((amount, index) =>
      clientFor(sandbox.url)('POST', `/v1/payments/${paymentId}/refunds`, {
        key: `concurrent-${paymentId}-${index}`,
        body: { amount },
      }),
    ),
  );

describe('200 concurrent refunds on one payment over loopback', () => {
  it('never over-refund: exactly what was paid is refunded, the rest refused', async () => {
    const gateway = sandbox.gatewayFor(TOKEN)._unsafeUnwrap();
    gateway.seedWirePayment(wirePayment({ id: 3001, transaction_amount: 100 }))._unsafeUnwrap();
    const answers = await refundAll(
      3001,
      Array.from({ length: 200 }, () => 10),
    );
    const created = answers.filter((a) => a.status === 201);
    expect(created).toHaveLength(10);
    for (const refused of answers.filter((a) => a.status !== 201)) {
      expect(refused.status).toBe(400);
      // Once nothing remains the payment is `refunded`, so R3 (2063) refuses before R7.
      expect([2063, 'amount_exceeds_refundable']).toContain(refused.json.cause[0].code);
    }
    const payment = gateway.snapshot().payments.find((p) => p.id === '3001');
    expect(payment).toMatchObject({ status: 'refunded', refundedAmount: 10_000 });
    expect(payment?.refunds).toHaveLength(10);
  });

  it('with uneven amounts, the refunds granted add up to no more than the payment', async () => {
    const gateway = sandbox.gatewayFor(TOKEN)._unsafeUnwrap();
    gateway.seedWirePayment(wirePayment({ id: 3002, transaction_amount: 250 }))._unsafeUnwrap();
    const amounts = Array.from({ length: 200 }, (_, i) => ((i * 37) % 29) + 0.5);
    const answers = await refundAll(3002, amounts);
    const granted = answers
      .filter((a) => a.status === 201)
      .reduce((sum, a) => sum + Math.round(a.json.amount * 100), 0);
    expect(answers.every((a) => a.status === 201 || a.status === 400)).toBe(true);
    const payment = gateway.snapshot().payments.find((p) => p.id === '3002');
    expect(granted).toBe(payment?.refundedAmount);
    expect(granted).toBeLessThanOrEqual(25_000);
    expect(payment?.refunds.length).toBeLessThanOrEqual(20);
  });
});
