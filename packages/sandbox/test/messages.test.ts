// The sandbox speaks the decimals of its API: amounts in its messages are what the body carries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandbox } from '../src/index.js';
import { type Answer, type CallOptions, clientFor } from './support/client.js';
import { NOW, wirePayment } from './support/fixtures.js';

let sandbox: SandboxServer;
let call: (method: string, path: string, options?: CallOptions) => Promise<Answer>;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: NOW });
  call = clientFor(sandbox.url);
});
afterAll(() => sandbox.close());

const refund = (body: unknown, key: string) =>
  call('POST', '/v1/payments/1001/refunds', { body, key });

describe('the messages of the sandbox', () => {
  it('say amounts as decimals of the payment currency', async () => {
    expect((await call('POST', '/sandbox/payments', { body: wirePayment() })).status).toBe(201);
    expect((await refund({ amount: 30.5 }, 'first')).status).toBe(201);
    const over = await refund({ amount: 80 }, 'second');
    expect(over.status).toBe(400);
    expect(over.json.message).toBe('amount exceeds what remains to refund (69.50 BRL)');
    expect(over.json.cause[0]).toMatchObject({ code: 'amount_exceeds_refundable' });

    await call('PUT', '/sandbox/balance', { body: { currency_id: 'BRL', amount: 5 } });
    const short = await refund({ amount: 10 }, 'third');
    expect(short.json.message).toBe(
      "available balance (5.00 BRL) cannot cover the collector's debit of 10.00 BRL",
    );
    const huge = await refund({ amount: 1e16 }, 'fourth');
    expect(huge.json.message).toBe('amount is beyond 9999999999999.99 BRL');
  });

  it('keep Mercado Pago’s words for an amount that is not a JSON number', async () => {
    const answer = await refund({ amount: '10' }, 'fifth');
    expect(answer.json).toMatchObject({
      message: 'amount attribute must be numeric',
      cause: [{ code: 4041 }],
    });
  });
});
