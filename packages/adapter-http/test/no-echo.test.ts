// Errors and hook events name fields and what was expected, never the values of an answer:
// a payment's answer carries the payer's e-mail, names and documents (issue 10).
import { inspect } from 'node:util';
import { type GatewayError, toWirePayment } from '@reembolso/core';
import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpGateway } from '../src/index.js';
import { approvedPayment, BASE_URL, TOKEN } from './support/fixtures.js';

const CANARY = 'canary-5d1e@example.com';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const expectNoCanary = (value: unknown): void => {
  const forms = [
    String(value),
    JSON.stringify(value) ?? '',
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ];
  for (const form of forms) expect(form.includes(CANARY), 'the canary was echoed').toBe(false);
};

const personal = { email: CANARY, first_name: CANARY, identification: { number: CANARY } };
const payment = approvedPayment({ id: '123' });
const wire = { ...toWirePayment(payment), payer: personal };

// Answers that are wrong in one field each, every one carrying the payer's data.
const brokenAnswers: readonly JsonBodyType[] = [
  JSON.stringify({ ...wire, status: CANARY }),
  { ...wire, status: CANARY },
  { ...wire, currency_id: CANARY },
  { ...wire, transaction_amount: CANARY },
  { ...wire, date_approved: CANARY },
  { ...wire, payment_method_id: personal },
  { ...wire, fee_details: [{ type: CANARY, amount: CANARY, fee_payer: CANARY }] },
  { ...wire, refunds: [{ id: CANARY, payment_id: 123, amount: 1, metadata: personal }] },
  [wire, CANARY],
  CANARY,
];

describe('adapter-http never echoes an answer’s values', () => {
  it('in errors and hook events, whatever field of the answer is wrong', async () => {
    const events: unknown[] = [];
    const gateway = createHttpGateway({
      accessToken: TOKEN,
      baseUrl: BASE_URL,
      maxRetries: 1,
      hooks: {
        onRequest: (e) => events.push(e),
        onResponse: (e) => events.push(e),
        onRetry: (e) => events.push(e),
      },
    });
    const errors: GatewayError[] = [];
    for (const body of brokenAnswers) {
      server.use(
        http.get(`${BASE_URL}/v1/payments/123`, () => HttpResponse.json(body)),
        http.get(`${BASE_URL}/v1/payments/123/refunds`, () => HttpResponse.json([body])),
      );
      for (const call of [gateway.getPayment('123'), gateway.listRefunds('123')]) {
        const result = await call;
        expect(result.isErr()).toBe(true);
        if (result.isErr()) errors.push(result.error);
      }
    }
    // A 400 whose data quotes the request: the decoder keeps only the typed fields it knows.
    server.use(
      http.get(`${BASE_URL}/v1/payments/123`, () =>
        HttpResponse.json(
          {
            status: 400,
            error: 'bad_request',
            message: 'bad',
            cause: [
              { code: 2063, description: 'state', data: { payer: personal, status: CANARY } },
            ],
          },
          { status: 400 },
        ),
      ),
    );
    const refused = await gateway.getPayment('123');
    if (refused.isErr()) errors.push(refused.error);
    expect(errors.length).toBe(brokenAnswers.length * 2 + 1);
    expect(errors.filter((e) => e.type === 'InvalidResponse').length).toBeGreaterThan(0);
    for (const error of errors) expectNoCanary(error);
    for (const event of events) expectNoCanary(event);
  });
});
