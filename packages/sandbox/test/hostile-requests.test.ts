// The failures found by attacking the sandbox (issue 10), each as the request that caused it.
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandbox } from '../src/index.js';
import { type Answer, type CallOptions, clientFor } from './support/client.js';
import { expectWireError } from './support/expect-wire-error.js';
import { NOW, wirePayment, wireRefund } from './support/fixtures.js';

let sandbox: SandboxServer;
let call: (method: string, path: string, options?: CallOptions) => Promise<Answer>;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: NOW });
  call = clientFor(sandbox.url);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  expect((await call('POST', '/sandbox/reset')).status).toBe(200);
});

const state = async () => (await call('GET', '/sandbox/state')).json;
const seedAdvanced = (disbursements: unknown[], id = 777) =>
  call('POST', '/sandbox/advanced_payments', { body: { id, disbursements } });
const nestedJson = (levels: number): string => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('advanced payments cannot over-refund', () => {
  it('a seed repeating a payment is refused, 400, and nothing is stored', async () => {
    const before = await state();
    const answer = await seedAdvanced([wirePayment({ id: 2001 }), wirePayment({ id: 2001 })]);
    expectWireError(answer, 400, 'invalid_advanced_payment');
    expect(answer.json.cause[0].data).toEqual({ reason: 'repeated_payment', index: 1 });
    expect(await state()).toEqual(before);
  });

  it('a BRL + CLP seed is refused, 400, and nothing is stored', async () => {
    const before = await state();
    const answer = await seedAdvanced([
      wirePayment({ id: 2001 }),
      wirePayment({ id: 2002, currency_id: 'CLP', transaction_amount: 5000 }),
    ]);
    expectWireError(answer, 400, 'invalid_advanced_payment');
    expect(answer.json.cause[0].data).toMatchObject({ reason: 'mixed_currencies' });
    expect(await state()).toEqual(before);
  });

  it('a seed taking a payment of another advanced payment is refused, 400, nothing stored', async () => {
    expect((await seedAdvanced([wirePayment({ id: 2001 })], 777)).status).toBe(201);
    const before = await state();
    const answer = await seedAdvanced([wirePayment({ id: 2002 }), wirePayment({ id: 2001 })], 778);
    expectWireError(answer, 400, 'invalid_advanced_payment');
    expect(answer.json.cause[0].data).toMatchObject({
      reason: 'payment_of_another_advanced_payment',
    });
    expect(await state()).toEqual(before);
  });
});

describe('JSON deeper than 64 levels is a 400, and an error changes nothing', () => {
  it('a seed whose refund metadata is nested 6 000 levels is refused and the account still answers', async () => {
    const refund = JSON.stringify(wireRefund(5001, 1001, 10)).replace(
      '"metadata":{}',
      `"metadata":{"a":${nestedJson(6_000)}}`,
    );
    const payment = JSON.stringify(
      wirePayment({ transaction_amount_refunded: 10, status_detail: 'partially_refunded' }),
    ).replace('"refunds":[]', `"refunds":[${refund}]`);
    const before = await state();
    expectWireError(await call('POST', '/sandbox/payments', { body: payment }), 400, 'bad_request');
    expect(await state()).toEqual(before);
    expect((await call('GET', '/v1/payments/1001')).status).toBe(404);
  });

  it('refund and cancel bodies nested 5 000 levels are 400, not 500', async () => {
    await call('POST', '/sandbox/payments', { body: wirePayment() });
    const before = await state();
    const body = `{"amount":${nestedJson(5_000)}}`;
    const refund = await call('POST', '/v1/payments/1001/refunds', { body, key: 'k-deep' });
    expectWireError(refund, 400, 'bad_request');
    expectWireError(await call('PUT', '/v1/payments/1001', { body }), 400, 'bad_request');
    expect(await state()).toEqual(before);
  });

  it('65 levels are refused and 64 are read', async () => {
    await call('POST', '/sandbox/payments', { body: wirePayment() });
    const deep = await call('POST', '/v1/payments/1001/refunds', {
      body: `{"amount":1,"x":${nestedJson(64)}}`,
      key: 'k-65',
    });
    expectWireError(deep, 400, 'bad_request');
    const fine = await call('POST', '/v1/payments/1001/refunds', {
      body: `{"amount":1,"x":${nestedJson(63)}}`,
      key: 'k-64',
    });
    expect(fine.status).toBe(201);
  });
});

describe('the clock stays within the range of dates', () => {
  it('an instant at the edge of the range is a 400 and the clock does not move', async () => {
    const before = await call('GET', '/sandbox/clock');
    const answer = await call('PUT', '/sandbox/clock', {
      body: { now: '-271821-04-20T03:59:59.999Z' },
    });
    expectWireError(answer, 400, 'bad_request');
    expect(await call('GET', '/sandbox/clock')).toMatchObject({ status: 200, json: before.json });
  });
});

describe('accounts are bounded', () => {
  it('evicts the account idle longest, never one in use', async () => {
    const small = await startSandbox({ clock: NOW, maxAccounts: 2 });
    try {
      const client = clientFor(small.url);
      const seed = (token: string) =>
        client('POST', '/sandbox/payments', { token, body: wirePayment() });
      const has = async (token: string) =>
        (await client('GET', '/v1/payments/1001', { token })).status === 200;
      await seed('TEST-a');
      await seed('TEST-b');
      expect(await has('TEST-a')).toBe(true); // a is now the most recent
      await seed('TEST-c'); // evicts b
      expect(await has('TEST-a')).toBe(true);
      expect(await has('TEST-c')).toBe(true);
      expect(await has('TEST-b')).toBe(false);
    } finally {
      await small.close();
    }
  });

  it('accepts only the tokens given', async () => {
    const strict = await startSandbox({ clock: NOW, tokens: ['TEST-only'] });
    try {
      const client = clientFor(strict.url);
      expect((await client('GET', '/sandbox/clock', { token: 'TEST-only' })).status).toBe(200);
      const other = await client('GET', '/sandbox/clock', { token: 'TEST-other' });
      expect(other.status).toBe(401);
      expect(other.text).not.toContain('TEST-other');
    } finally {
      await strict.close();
    }
  });
});

describe('the server times out slow clients', () => {
  it('cuts a client that never finishes its headers', async () => {
    const slow = await startSandbox({ timeouts: { headersMs: 300, requestMs: 600 } });
    try {
      const started = Date.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connect(slow.port, '127.0.0.1', () => {
          socket.write('GET /sandbox/clock HTTP/1.1\r\nHost: x\r\n');
        });
        socket.on('data', () => undefined);
        socket.on('close', () => resolve(Date.now() - started));
        socket.on('error', () => undefined);
        setTimeout(() => reject(new Error('still open after 5 s')), 5_000).unref();
      });
      expect(closedAfter).toBeGreaterThanOrEqual(250);
      expect(closedAfter).toBeLessThan(3_000);
    } finally {
      await slow.close();
    }
  });
});
