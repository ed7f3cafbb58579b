// The sandbox's errors name the field and what was expected, never the request's values: no
// payer e-mail, name, document or whole body comes back in an error (issue 10).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SandboxServer, startSandbox } from '../src/index.js';
import { type Answer, type CallOptions, clientFor } from './support/client.js';
import { cardPaymentBody, NOW, wirePayment } from './support/fixtures.js';

const CANARY = 'canary-0b9c@example.com';
const payer = {
  email: CANARY,
  first_name: CANARY,
  last_name: CANARY,
  identification: { type: 'CPF', number: CANARY },
};

let sandbox: SandboxServer;
let call: (method: string, path: string, options?: CallOptions) => Promise<Answer>;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: NOW });
  call = clientFor(sandbox.url);
  await call('POST', '/sandbox/payments', { body: wirePayment() });
});
afterAll(() => sandbox.close());

const hostile: readonly [string, string, unknown][] = [
  ['POST', '/v1/payments', cardPaymentBody('APRO', { payer, transaction_amount: CANARY })],
  ['POST', '/v1/payments', cardPaymentBody('APRO', { payer, payment_method_id: { CANARY } })],
  ['POST', '/v1/payments', cardPaymentBody('APRO', { payer: CANARY })],
  ['POST', '/v1/payments', cardPaymentBody('APRO', { payer, capture: CANARY })],
  ['POST', '/v1/payments', JSON.stringify(JSON.stringify(cardPaymentBody('APRO', { payer })))],
  ['POST', '/v1/payments', `{"payer":{"email":"${CANARY}"}`],
  ['POST', '/v1/payments/1001/refunds', { amount: CANARY, metadata: payer }],
  ['PUT', '/v1/payments/1001', { status: CANARY, payer }],
  ['POST', '/sandbox/payments', { ...wirePayment({ id: 1009 }), payer, status: CANARY }],
  ['POST', '/sandbox/payments', { ...wirePayment({ id: 1009 }), payer, date_approved: CANARY }],
  ['POST', '/sandbox/payments', { ...wirePayment({ id: 1009 }), payer, payment_type_id: [CANARY] }],
  ['POST', '/sandbox/payments', JSON.stringify(JSON.stringify({ ...wirePayment(), payer }))],
  ['POST', '/sandbox/advanced_payments', { disbursements: [{ ...wirePayment(), status: CANARY }] }],
  [
    'POST',
    '/v1/advanced_payments',
    { ...cardPaymentBody('APRO', { payer }), disbursements: CANARY },
  ],
  ['PUT', '/sandbox/clock', { now: CANARY }],
  ['PUT', '/sandbox/balance', { currency_id: 'BRL', amount: CANARY }],
];

describe('the sandbox never echoes a request’s values in an error', () => {
  it.each(hostile)('%s %s (case %#)', async (method, path, body) => {
    const answer = await call(method, path, { body, key: 'no-echo' });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text.includes(CANARY), 'the canary was echoed').toBe(false);
  });
});
