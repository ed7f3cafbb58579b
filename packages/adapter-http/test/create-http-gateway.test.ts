import type { GatewayError, PaymentGateway } from '@reembolso/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { Result } from 'neverthrow';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpGateway, type RetryEvent } from '../src/index.js';
import { approvedPayment, BASE_URL, TOKEN } from './support/fixtures.js';
import { setUp } from './support/harness.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const value = <T>(result: Result<T, unknown>): T => {
  if (result.isErr()) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};
const failure = <T>(result: Result<T, GatewayError>): GatewayError => {
  if (result.isOk()) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('createHttpGateway', () => {
  describe('reads', () => {
    it('gets a payment as Mercado Pago holds it, with GET /v1/payments/{id}', async () => {
      const h = setUp(server);
      expect(value(await h.gateway.getPayment(h.payment.id))).toEqual(h.payment);
      expect(h.api.requests).toMatchObject([
        {
          method: 'GET',
          path: `/v1/payments/${h.payment.id}`,
          authorization: `Bearer ${TOKEN}`,
          userAgent: 'reembolso-adapter-http',
          idempotencyKey: null,
        },
      ]);
    });

    it('answers PaymentNotFound naming the payment asked for', async () => {
      const h = setUp(server);
      expect(failure(await h.gateway.getPayment('123456'))).toMatchObject({
        type: 'PaymentNotFound',
        code: 2000,
        paymentId: '123456',
      });
    });

    it('lists refunds with GET /v1/payments/{id}/refunds, in minor units', async () => {
      const h = setUp(server);
      await h.memory.createRefund(h.payment.id, { amount: 1_050 }, { idempotencyKey: 'a' });
      await h.memory.createRefund(h.payment.id, { amount: 25 }, { idempotencyKey: 'b' });
      const refunds = value(await h.gateway.listRefunds(h.payment.id));
      expect(refunds.map((r) => r.amount)).toEqual([1_050, 25]);
      expect(h.api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /v1/payments/${h.payment.id}`,
        `GET /v1/payments/${h.payment.id}/refunds`,
      ]);
    });

    it('gets one refund with GET /v1/payments/{id}/refunds/{refund_id}', async () => {
      const h = setUp(server);
      const made = value(await h.memory.createRefund(h.payment.id, { amount: 700 }, {}));
      expect(value(await h.gateway.getRefund(h.payment.id, made.id))).toEqual(made);
      expect(h.api.requests.at(-1)?.path).toBe(`/v1/payments/${h.payment.id}/refunds/${made.id}`);
    });

    it('answers RefundNotFound naming the refund asked for', async () => {
      const h = setUp(server);
      expect(failure(await h.gateway.getRefund(h.payment.id, '999'))).toMatchObject({
        type: 'RefundNotFound',
        refundId: '999',
      });
    });
  });

  describe('path ids', () => {
    // Each call answers its error type, or 'ok'.
    type Call = (gateway: PaymentGateway) => PromiseLike<string>;
    const kind = (e: GatewayError): string => e.type;
    const ok = (): string => 'ok';
    const calls: readonly (readonly [string, Call])[] = [
      ['getPayment', (g) => g.getPayment('12a').match(ok, kind)],
      ['listRefunds', (g) => g.listRefunds('../1').match(ok, kind)],
      ['getRefund (payment id)', (g) => g.getRefund('1 2', '3').match(ok, kind)],
      ['getRefund (refund id)', (g) => g.getRefund('12', '3?x=1').match(ok, kind)],
      ['createRefund', (g) => g.createRefund('-1', {}).match(ok, kind)],
      ['cancelPayment', (g) => g.cancelPayment('').match(ok, kind)],
    ];
    it.each(calls)(
      'refuses a non-digit id in %s with InvalidId before any request',
      async (_name, call) => {
        const h = setUp(server);
        expect(await call(h.gateway)).toBe('InvalidId');
        expect(h.api.requests).toEqual([]);
      },
    );

    it('refuses a non-digit advanced payment id with InvalidSplitterId before any request', async () => {
      const h = setUp(server);
      expect(failure(await h.gateway.refundAdvancedPayment('abc', {}))).toMatchObject({
        type: 'InvalidSplitterId',
        code: 400048,
      });
      expect(h.api.requests).toEqual([]);
    });
  });

  describe('amounts', () => {
    it('sends minor units as decimals of the payment currency', async () => {
      const h = setUp(server);
      const refund = value(await h.gateway.createRefund(h.payment.id, { amount: 1_050 }));
      expect(refund.amount).toBe(1_050);
      expect(JSON.parse(h.api.requests.at(-1)?.body ?? '')).toEqual({ amount: 10.5 });
    });

    it('sends whole units for a currency without decimals', async () => {
      const h = setUp(server);
      const clp = value(
        h.memory.seedPayment(
          approvedPayment({ currency: 'CLP', transactionAmount: 15_000, feeDetails: [] }),
        ),
      );
      const refund = value(await h.gateway.createRefund(clp.id, { amount: 1_500 }));
      expect(refund.amount).toBe(1_500);
      expect(JSON.parse(h.api.requests.at(-1)?.body ?? '')).toEqual({ amount: 1_500 });
    });

    it('reads the currency for every write that states none, and for none that states it', async () => {
      const h = setUp(server);
      await h.gateway.createRefund(h.payment.id, { amount: 100 });
      await h.gateway.createRefund(h.payment.id, { amount: 200 });
      await h.gateway.createRefund(h.payment.id, { amount: 300, currency: h.payment.currency });
      expect(h.api.requests.map((r) => r.method)).toEqual(['GET', 'POST', 'GET', 'POST', 'POST']);
      expect(JSON.parse(h.api.requests.at(-1)?.body ?? '')).toEqual({ amount: 3 });
    });

    it('never lends a call the currency an earlier call read', async () => {
      const h = setUp(server);
      await h.gateway.getPayment(h.payment.id);
      await h.gateway.createRefund(h.payment.id, { amount: 100 });
      await h.gateway.listRefunds(h.payment.id);
      expect(h.api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /v1/payments/${h.payment.id}`,
        `GET /v1/payments/${h.payment.id}`,
        `POST /v1/payments/${h.payment.id}/refunds`,
        `GET /v1/payments/${h.payment.id}`,
        `GET /v1/payments/${h.payment.id}/refunds`,
      ]);
    });

    it('sends no amount to refund everything', async () => {
      const h = setUp(server);
      const refund = value(await h.gateway.createRefund(h.payment.id, {}));
      expect(refund.amount).toBe(10_000);
      expect(JSON.parse(h.api.requests.at(-1)?.body ?? '')).toEqual({});
    });

    it('refuses a fraction of a minor unit with AmountNotNumeric before any request', async () => {
      const h = setUp(server);
      expect(failure(await h.gateway.createRefund(h.payment.id, { amount: 10.5 })).type).toBe(
        'AmountNotNumeric',
      );
      expect(failure(await h.gateway.createRefund(h.payment.id, { amount: Number.NaN })).type).toBe(
        'AmountNotNumeric',
      );
      expect(h.api.requests).toEqual([]);
    });

    it('refuses an amount a JSON number cannot carry exactly with AmountOutOfRange', async () => {
      const h = setUp(server);
      const result = await h.gateway.createRefund(h.payment.id, { amount: 2 ** 52 });
      expect(failure(result).type).toBe('AmountOutOfRange');
      expect(h.api.requests.map((r) => r.method)).toEqual(['GET']);
    });

    it('passes the provider refusal through as the core variant', async () => {
      const h = setUp(server);
      expect(failure(await h.gateway.createRefund(h.payment.id, { amount: 10_001 }))).toMatchObject(
        {
          type: 'AmountExceedsRefundable',
          remaining: 10_000,
        },
      );
      expect(failure(await h.gateway.createRefund(h.payment.id, { amount: 0 }))).toMatchObject({
        type: 'AmountNotPositive',
        code: 4040,
      });
    });
  });

  describe('idempotency', () => {
    it("sends the caller's key", async () => {
      const h = setUp(server);
      await h.gateway.createRefund(h.payment.id, { amount: 100 }, { idempotencyKey: 'order-1/r1' });
      expect(h.api.requests.at(-1)?.idempotencyKey).toBe('order-1/r1');
    });

    it('makes a UUID v4 key per write when the caller gives none, never carried into the next call', async () => {
      const h = setUp(server);
      await h.gateway.createRefund(h.payment.id, { amount: 100 }, { idempotencyKey: 'mine' });
      await h.gateway.createRefund(h.payment.id, { amount: 100 });
      await h.gateway.createRefund(h.payment.id, { amount: 100 });
      const keys = h.api.requests.filter((r) => r.method === 'POST').map((r) => r.idempotencyKey);
      expect(keys[0]).toBe('mine');
      expect(keys[1]).toMatch(UUID_V4);
      expect(keys[2]).toMatch(UUID_V4);
      expect(new Set(keys).size).toBe(3);
      expect(value(await h.memory.listRefunds(h.payment.id))).toHaveLength(3);
    });

    it('reuses the key on every retry of one write', async () => {
      const h = setUp(server, { faults: ['none', 'server-error', 'reset', 'lost-after-commit'] });
      const result = await h.gateway.createRefund(h.payment.id, { amount: 300 });
      expect(value(result).amount).toBe(300);
      const posts = h.api.requests.filter((r) => r.method === 'POST');
      expect(posts).toHaveLength(2);
      expect(posts[0]?.idempotencyKey).toMatch(UUID_V4);
      expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
      expect(value(await h.memory.listRefunds(h.payment.id))).toHaveLength(1);
    });

    it.each([
      ['lost-after-commit', 'Network'],
      ['server-error-after-commit', 'ServerError'],
      ['invalid-json-after-commit', 'InvalidResponse'],
    ] as const)(
      'hands back the key it made when a write fails after %s (%s)',
      async (fault, type) => {
        const h = setUp(server, { faults: ['none', fault], gateway: { maxRetries: 0 } });
        const error = failure(await h.gateway.createRefund(h.payment.id, { amount: 300 }));
        const sent = h.api.requests.find((r) => r.method === 'POST')?.idempotencyKey;
        expect(error).toMatchObject({ type, idempotencyKey: sent });
        expect(sent).toMatch(UUID_V4);
      },
    );

    it('hands back the key with a refusal that follows an attempt whose answer was lost', async () => {
      const h = setUp(server, {
        faults: ['none', 'lost-after-commit', 'unauthorized'],
        gateway: { maxRetries: 2 },
      });
      const error = failure(await h.gateway.createRefund(h.payment.id, { amount: 300 }));
      const sent = h.api.requests.find((r) => r.method === 'POST')?.idempotencyKey;
      expect(error).toMatchObject({ type: 'Unauthorized', idempotencyKey: sent });
      expect(value(await h.memory.listRefunds(h.payment.id))).toHaveLength(1);
    });

    it('hands back the caller’s key when a cancellation or an advanced refund fails uncertainly', async () => {
      const h = setUp(server, { faults: ['reset', 'reset'], gateway: { maxRetries: 0 } });
      const cancel = await h.gateway.cancelPayment(h.payment.id, { idempotencyKey: 'c-1' });
      expect(failure(cancel)).toMatchObject({ type: 'Network', idempotencyKey: 'c-1' });
      const advanced = await h.gateway.refundAdvancedPayment('5', {}, { idempotencyKey: 'a-1' });
      expect(failure(advanced)).toMatchObject({ type: 'Network', idempotencyKey: 'a-1' });
    });

    it('gives no key with a refusal that proves nothing was written', async () => {
      const h = setUp(server);
      const refused = failure(await h.gateway.createRefund(h.payment.id, { amount: 20_000 }));
      expect(refused.type).toBe('AmountExceedsRefundable');
      expect(refused).not.toHaveProperty('idempotencyKey');
    });

    it('sends no key on reads, the currency read of a write included', async () => {
      const h = setUp(server);
      await h.gateway.createRefund(h.payment.id, { amount: 100 }, { idempotencyKey: 'k' });
      await h.gateway.getPayment(h.payment.id);
      await h.gateway.listRefunds(h.payment.id);
      const reads = h.api.requests.filter((r) => r.method === 'GET');
      expect(reads).toHaveLength(4);
      expect(reads.every((r) => r.idempotencyKey === null)).toBe(true);
    });

    it('replays a write sent again with its key: one refund', async () => {
      const h = setUp(server);
      const first = value(
        await h.gateway.createRefund(h.payment.id, { amount: 100 }, { idempotencyKey: 'k1' }),
      );
      const again = value(
        await h.newGateway().createRefund(h.payment.id, { amount: 100 }, { idempotencyKey: 'k1' }),
      );
      expect(again).toEqual(first);
      expect(value(await h.memory.listRefunds(h.payment.id))).toHaveLength(1);
    });

    it('answers IdempotencyConflict for a key reused on another request', async () => {
      const h = setUp(server);
      await h.gateway.createRefund(h.payment.id, { amount: 100 }, { idempotencyKey: 'k1' });
      expect(
        failure(
          await h.gateway.createRefund(h.payment.id, { amount: 200 }, { idempotencyKey: 'k1' }),
        ).type,
      ).toBe('IdempotencyConflict');
    });

    it('refuses a key that cannot be a header value with BadRequest before any request', async () => {
      const h = setUp(server);
      for (const idempotencyKey of ['', 'two words', 'line\nbreak', 'x'.repeat(256)]) {
        expect(
          failure(await h.gateway.createRefund(h.payment.id, {}, { idempotencyKey })).type,
        ).toBe('BadRequest');
      }
      expect(h.api.requests).toEqual([]);
    });
  });

  describe('cancellation', () => {
    it('cancels with PUT /v1/payments/{id} {"status":"cancelled"} and a key', async () => {
      const h = setUp(server);
      const pending = value(
        h.memory.seedPayment(
          approvedPayment({
            status: 'pending',
            statusDetail: 'pending_waiting_payment',
            dateApproved: null,
          }),
        ),
      );
      const cancelled = value(await h.gateway.cancelPayment(pending.id));
      expect(cancelled).toMatchObject({ status: 'cancelled', statusDetail: 'by_collector' });
      expect(h.api.requests).toMatchObject([
        { method: 'PUT', path: `/v1/payments/${pending.id}`, body: '{"status":"cancelled"}' },
      ]);
      expect(h.api.requests[0]?.idempotencyKey).toMatch(UUID_V4);
    });

    it('answers CancellationNotAllowed (2018) for an approved payment', async () => {
      const h = setUp(server);
      expect(failure(await h.gateway.cancelPayment(h.payment.id))).toMatchObject({
        type: 'CancellationNotAllowed',
        code: 2018,
        status: 'approved',
      });
    });
  });

  describe('advanced payments', () => {
    const split = (h: ReturnType<typeof setUp>) =>
      value(
        h.memory.seedAdvancedPayment({
          disbursements: [
            approvedPayment({ transactionAmount: 3_000, feeDetails: [] }),
            approvedPayment({ transactionAmount: 1_000, feeDetails: [] }),
          ],
        }),
      );
    // Mercado Pago documents an answer that names the payments but not the currency: the
    // sandbox's, less its currency_id, so the currency is read on the first payment.
    const documentedAnswer = (h: ReturnType<typeof setUp>) =>
      server.use(
        http.get(`${BASE_URL}/v1/advanced_payments/:id`, async ({ request }) => {
          const answer = await h.api.handle(request);
          const { currency_id: _, ...documented } = (await answer.json()) as Record<
            string,
            unknown
          >;
          return HttpResponse.json(documented, { status: answer.status });
        }),
      );

    it('spreads a partial amount, reading the currency from the advanced payment first', async () => {
      const h = setUp(server);
      const advanced = split(h);
      documentedAnswer(h);
      const refunds = value(await h.gateway.refundAdvancedPayment(advanced.id, { amount: 1_001 }));
      expect(refunds.map((r) => r.amount)).toEqual([751, 250]);
      expect(h.api.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /v1/advanced_payments/${advanced.id}`,
        `GET /v1/payments/${advanced.paymentIds[0]}`,
        `POST /v1/advanced_payments/${advanced.id}/refunds`,
      ]);
      expect(JSON.parse(h.api.requests.at(-1)?.body ?? '')).toEqual({ amount: 10.01 });
      expect(h.api.requests.at(-1)?.idempotencyKey).toMatch(UUID_V4);
    });

    it('takes the currency_id of the advanced payment when its answer has one', async () => {
      const h = setUp(server);
      const advanced = split(h);
      server.use(
        http.get(`${BASE_URL}/v1/advanced_payments/:id`, ({ params }) =>
          HttpResponse.json({ id: Number(params.id), currency_id: 'BRL', disbursements: [] }),
        ),
      );
      const refunds = value(await h.gateway.refundAdvancedPayment(advanced.id, { amount: 400 }));
      expect(refunds.map((r) => r.amount)).toEqual([300, 100]);
      expect(h.api.requests.map((r) => r.method)).toEqual(['POST']);
    });

    it('answers InvalidResponse when the advanced payment names no currency nor payment', async () => {
      const h = setUp(server);
      server.use(
        http.get(`${BASE_URL}/v1/advanced_payments/:id`, () => HttpResponse.json({ id: 5 })),
      );
      expect(failure(await h.gateway.refundAdvancedPayment('5', { amount: 400 })).type).toBe(
        'InvalidResponse',
      );
      expect(h.api.requests).toEqual([]);
    });

    it('reads the currency of an advanced payment for every write that states none', async () => {
      const h = setUp(server);
      const advanced = split(h);
      documentedAnswer(h);
      await h.gateway.refundAdvancedPayment(advanced.id, { amount: 100 });
      await h.gateway.refundAdvancedPayment(advanced.id, { amount: 100 });
      expect(h.api.requests.map((r) => r.method)).toEqual([
        'GET',
        'GET',
        'POST',
        'GET',
        'GET',
        'POST',
      ]);
    });

    it('sends an advanced refund that states its currency without reading it', async () => {
      const h = setUp(server);
      const advanced = split(h);
      const refunds = value(
        await h.gateway.refundAdvancedPayment(advanced.id, { amount: 400, currency: 'BRL' }),
      );
      expect(refunds.map((r) => r.amount)).toEqual([300, 100]);
      expect(h.api.requests.map((r) => r.method)).toEqual(['POST']);
      expect(JSON.parse(h.api.requests.at(-1)?.body ?? '')).toEqual({ amount: 4 });
    });

    it('refunds everything without an amount, its currency read before the write', async () => {
      const h = setUp(server);
      const advanced = split(h);
      const refunds = value(await h.gateway.refundAdvancedPayment(advanced.id, {}));
      expect(refunds.map((r) => r.amount)).toEqual([3_000, 1_000]);
      expect(h.api.requests.map((r) => r.method).at(-1)).toBe('POST');
      expect(h.api.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
    });

    it('sends no write when its currency cannot be read, so no refusal can hide a refund', async () => {
      const h = setUp(server);
      const advanced = split(h);
      server.use(
        http.get(`${BASE_URL}/v1/advanced_payments/:id`, () =>
          HttpResponse.json(
            { status: 403, error: 'forbidden', message: 'not your advanced payment', cause: [] },
            { status: 403 },
          ),
        ),
      );
      const refused = failure(await h.gateway.refundAdvancedPayment(advanced.id, {}));
      expect(refused).not.toHaveProperty('idempotencyKey');
      expect(h.api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
      for (const id of advanced.paymentIds) {
        expect(value(await h.memory.listRefunds(id))).toEqual([]);
      }
    });

    it('accepts an empty array', async () => {
      const h = setUp(server);
      server.use(
        http.post(`${BASE_URL}/v1/advanced_payments/:id/refunds`, () => HttpResponse.json([])),
      );
      expect(value(await h.gateway.refundAdvancedPayment('5', { currency: 'BRL' }))).toEqual([]);
    });

    it('answers AdvancedPaymentNotFound for an unknown advanced payment', async () => {
      const h = setUp(server);
      expect(failure(await h.gateway.refundAdvancedPayment('777', {})).type).toBe(
        'AdvancedPaymentNotFound',
      );
      expect(failure(await h.gateway.refundAdvancedPayment('777', { amount: 5 })).type).toBe(
        'AdvancedPaymentNotFound',
      );
    });

    it('passes a disbursement refusal through, refunding nothing', async () => {
      const h = setUp(server);
      const advanced = value(
        h.memory.seedAdvancedPayment({
          disbursements: [
            approvedPayment({ transactionAmount: 3_000, feeDetails: [] }),
            approvedPayment({ transactionAmount: 1_000, feeDetails: [], marketplace: 'MELI' }),
          ],
        }),
      );
      expect(
        failure(await h.gateway.refundAdvancedPayment(advanced.id, { amount: 400 })),
      ).toMatchObject({
        type: 'PartialRefundUnsupported',
        code: 3024,
      });
    });
  });

  describe('answers', () => {
    const refundJson = (paymentId: string) => ({
      id: 1242469925,
      payment_id: Number(paymentId),
      amount: 25,
      source: { id: '783789745', name: 'Test Test', type: 'collector' },
      date_created: '2022-11-18T08:48:06.768-04:00',
      status: 'approved',
    });

    it.each([200, 201])('accepts %i for a created refund', async (status) => {
      const h = setUp(server);
      await h.gateway.getPayment(h.payment.id);
      server.use(
        http.post(`${BASE_URL}/v1/payments/:id/refunds`, () =>
          HttpResponse.json(refundJson(h.payment.id), { status }),
        ),
      );
      expect(value(await h.gateway.createRefund(h.payment.id, { amount: 2_500 })).amount).toBe(
        2_500,
      );
    });

    it.each([
      ['a payment missing its status', { id: 1, currency_id: 'BRL' }],
      [
        'a payment in an unsupported currency',
        {
          ...({} as object),
          id: 1,
          status: 'approved',
          currency_id: 'USD',
          transaction_amount: 1,
          payment_method_id: 'visa',
          payment_type_id: 'credit_card',
          date_approved: '2026-01-01T00:00:00.000-04:00',
        },
      ],
      ['an array', []],
      ['null', null],
      ['a string', 'ok'],
    ])('answers InvalidResponse for %s, never a mistyped value', async (_name, body) => {
      const h = setUp(server);
      server.use(http.get(`${BASE_URL}/v1/payments/:id`, () => HttpResponse.json(body)));
      expect(failure(await h.gateway.getPayment(h.payment.id))).toMatchObject({
        type: 'InvalidResponse',
        httpStatus: 200,
      });
    });

    it('answers InvalidResponse for a refund list that is not an array', async () => {
      const h = setUp(server);
      await h.gateway.getPayment(h.payment.id);
      server.use(
        http.get(`${BASE_URL}/v1/payments/:id/refunds`, () => HttpResponse.json({ results: [] })),
      );
      expect(failure(await h.gateway.listRefunds(h.payment.id)).type).toBe('InvalidResponse');
    });

    it('answers InvalidResponse for a refund amount too precise for the currency', async () => {
      const h = setUp(server);
      await h.gateway.getPayment(h.payment.id);
      server.use(
        http.post(`${BASE_URL}/v1/payments/:id/refunds`, () =>
          HttpResponse.json({ ...refundJson(h.payment.id), amount: 0.125 }, { status: 201 }),
        ),
      );
      expect(failure(await h.gateway.createRefund(h.payment.id, {})).type).toBe('InvalidResponse');
    });

    it.each([
      ['truncated JSON', '{"id": 1, "status": "appr'],
      ['HTML', '<html>502</html>'],
      ['an empty body', ''],
    ])('answers InvalidResponse for a 200 with %s', async (_name, text) => {
      const h = setUp(server);
      server.use(
        http.get(`${BASE_URL}/v1/payments/:id`, () => new HttpResponse(text, { status: 200 })),
      );
      expect(failure(await h.gateway.getPayment(h.payment.id)).type).toBe('InvalidResponse');
    });

    it('reads cause codes sent as strings', async () => {
      const h = setUp(server);
      server.use(
        http.get(`${BASE_URL}/v1/payments/:id`, () =>
          HttpResponse.json(
            {
              status: '404',
              error: 'not_found',
              message: 'Payment not found',
              cause: [{ code: '2000', description: 'Payment not found', data: null }],
            },
            { status: 404 },
          ),
        ),
      );
      expect(failure(await h.gateway.getPayment('42'))).toMatchObject({
        type: 'PaymentNotFound',
        paymentId: '42',
      });
    });

    it('does not follow redirects, so the token never goes elsewhere', async () => {
      const h = setUp(server);
      server.use(
        http.get(
          `${BASE_URL}/v1/payments/:id`,
          () =>
            new HttpResponse(null, {
              status: 302,
              headers: { Location: 'https://elsewhere.test/' },
            }),
        ),
      );
      expect(failure(await h.gateway.getPayment(h.payment.id))).toMatchObject({
        type: 'UnknownApiError',
        httpStatus: 302,
      });
    });
  });

  describe('retries', () => {
    it('retries 5xx and succeeds', async () => {
      const retries: RetryEvent[] = [];
      const h = setUp(server, {
        faults: ['server-error', 'server-error'],
        gateway: { hooks: { onRetry: (e) => retries.push(e) }, random: () => 0 },
      });
      expect(value(await h.gateway.getPayment(h.payment.id))).toEqual(h.payment);
      expect(h.api.requests).toHaveLength(1);
      expect(retries.map((r) => [r.attempt, r.delayMs, r.error.type])).toEqual([
        [1, 500, 'ServerError'],
        [2, 1_000, 'ServerError'],
      ]);
    });

    it('never retries past maxRetries', async () => {
      const h = setUp(server, {
        faults: ['server-error', 'server-error', 'server-error', 'server-error'],
        gateway: { maxRetries: 2 },
      });
      let attempts = 0;
      const gateway = h.newGateway({ maxRetries: 2, hooks: { onRequest: () => (attempts += 1) } });
      expect(failure(await gateway.getPayment(h.payment.id)).type).toBe('ServerError');
      expect(attempts).toBe(3);
    });

    it('honours Retry-After in seconds', async () => {
      const waits: number[] = [];
      const h = setUp(server, {
        faults: ['rate-limited'],
        gateway: { sleep: async (ms) => void waits.push(ms) },
      });
      expect(value(await h.gateway.getPayment(h.payment.id)).id).toBe(h.payment.id);
      expect(waits).toEqual([1_000]);
    });

    it('honours Retry-After as an HTTP date', async () => {
      const waits: number[] = [];
      const h = setUp(server, {
        faults: ['rate-limited-date'],
        gateway: { sleep: async (ms) => void waits.push(ms) },
      });
      expect(value(await h.gateway.getPayment(h.payment.id)).id).toBe(h.payment.id);
      expect(waits).toHaveLength(1);
      expect(waits[0]).toBeGreaterThan(0);
      expect(waits[0]).toBeLessThanOrEqual(2_000);
    });

    it('hands a long Retry-After back to the caller as RateLimited.retryAfterMs', async () => {
      const h = setUp(server);
      server.use(
        http.get(
          `${BASE_URL}/v1/payments/:id`,
          () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '120' } }),
        ),
      );
      expect(failure(await h.gateway.getPayment(h.payment.id))).toMatchObject({
        type: 'RateLimited',
        retryAfterMs: 120_000,
      });
    });

    it('gives RateLimited with retryAfterMs after retries run out', async () => {
      const h = setUp(server, {
        faults: ['rate-limited', 'rate-limited'],
        gateway: { maxRetries: 1 },
      });
      expect(failure(await h.gateway.getPayment(h.payment.id))).toMatchObject({
        type: 'RateLimited',
        retryAfterMs: 1_000,
      });
    });

    it('does not retry refused credentials', async () => {
      const h = setUp(server);
      let attempts = 0;
      const gateway = h.newGateway({
        accessToken: 'APP_USR-wrong',
        hooks: { onRequest: () => (attempts += 1) },
      });
      expect(failure(await gateway.getPayment(h.payment.id)).type).toBe('Unauthorized');
      expect(attempts).toBe(1);
    });

    it('refuses an empty token or one with control characters as Unauthorized, sending nothing', async () => {
      const h = setUp(server);
      for (const accessToken of ['', 'APP_USR-1\r\nX-Evil: 1']) {
        expect(failure(await h.newGateway({ accessToken }).getPayment(h.payment.id)).type).toBe(
          'Unauthorized',
        );
      }
      expect(h.api.requests).toEqual([]);
    });
  });

  describe('timeouts and cancellation', () => {
    it('answers Timeout when no answer comes within timeoutMs', async () => {
      const h = setUp(server, { faults: ['timeout'], gateway: { timeoutMs: 20, maxRetries: 0 } });
      expect(failure(await h.gateway.getPayment(h.payment.id))).toMatchObject({
        type: 'Timeout',
        timeoutMs: 20,
      });
    });

    it('takes a per-call timeout over the client one', async () => {
      const h = setUp(server, {
        faults: ['timeout'],
        gateway: { timeoutMs: 10_000, maxRetries: 0 },
      });
      const started = Date.now();
      expect(failure(await h.gateway.getPayment(h.payment.id, { timeoutMs: 15 }))).toMatchObject({
        type: 'Timeout',
        timeoutMs: 15,
      });
      expect(Date.now() - started).toBeLessThan(5_000);
    });

    it('retries a timeout, each attempt with its own timeout', async () => {
      const h = setUp(server, { faults: ['timeout', 'timeout'], gateway: { timeoutMs: 15 } });
      expect(value(await h.gateway.getPayment(h.payment.id)).id).toBe(h.payment.id);
    });

    it('answers Aborted when the caller aborts in flight, and does not retry', async () => {
      const h = setUp(server, { faults: ['timeout'], gateway: { timeoutMs: 10_000 } });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 10);
      expect(
        failure(await h.gateway.getPayment(h.payment.id, { signal: controller.signal })).type,
      ).toBe('Aborted');
    });

    it('answers Aborted without a request when the signal already fired', async () => {
      const h = setUp(server);
      const result = await h.gateway.createRefund(
        h.payment.id,
        {},
        { signal: AbortSignal.abort() },
      );
      expect(failure(result).type).toBe('Aborted');
      expect(h.api.requests).toEqual([]);
    });

    it('answers Aborted when the caller aborts during the backoff', async () => {
      const h = setUp(server, { faults: ['rate-limited'] });
      // The real timer: Retry-After is one second, the abort comes first.
      const gateway = createHttpGateway({ accessToken: TOKEN, baseUrl: BASE_URL });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const started = Date.now();
      expect(
        failure(await gateway.getPayment(h.payment.id, { signal: controller.signal })).type,
      ).toBe('Aborted');
      expect(Date.now() - started).toBeLessThan(900);
    });

    it('answers Network for a connection reset', async () => {
      const h = setUp(server, { faults: ['reset'], gateway: { maxRetries: 0 } });
      expect(failure(await h.gateway.getPayment(h.payment.id))).toMatchObject({
        type: 'Network',
        httpStatus: null,
      });
    });

    it('answers Network for a body cut short by the connection', async () => {
      const h = setUp(server, { gateway: { maxRetries: 0 } });
      server.use(
        http.get(`${BASE_URL}/v1/payments/:id`, () => {
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"id":'));
              controller.error(new Error('socket hang up'));
            },
          });
          return new HttpResponse(stream, { status: 200 });
        }),
      );
      expect(failure(await h.gateway.getPayment(h.payment.id)).type).toBe('Network');
    });
  });

  describe('hooks', () => {
    it('reports each attempt, its answer and each retry', async () => {
      const events: unknown[] = [];
      const h = setUp(server, {
        faults: ['none', 'server-error'],
        gateway: {
          random: () => 0,
          hooks: {
            onRequest: (e) => events.push(['request', e]),
            onResponse: (e) => events.push(['response', { ...e, durationMs: typeof e.durationMs }]),
            onRetry: (e) => events.push(['retry', { ...e, error: e.error.type }]),
          },
        },
      });
      await h.gateway.createRefund(h.payment.id, { amount: 100 }, { idempotencyKey: 'hook-key' });
      const url = `${BASE_URL}/v1/payments/${h.payment.id}`;
      expect(events).toEqual([
        ['request', { method: 'GET', url, attempt: 1, idempotencyKey: null }],
        ['response', { method: 'GET', url, attempt: 1, status: 200, durationMs: 'number' }],
        [
          'request',
          { method: 'POST', url: `${url}/refunds`, attempt: 1, idempotencyKey: 'hook-key' },
        ],
        [
          'response',
          { method: 'POST', url: `${url}/refunds`, attempt: 1, status: 500, durationMs: 'number' },
        ],
        [
          'retry',
          { method: 'POST', url: `${url}/refunds`, attempt: 1, delayMs: 500, error: 'ServerError' },
        ],
        [
          'request',
          { method: 'POST', url: `${url}/refunds`, attempt: 2, idempotencyKey: 'hook-key' },
        ],
        [
          'response',
          { method: 'POST', url: `${url}/refunds`, attempt: 2, status: 201, durationMs: 'number' },
        ],
      ]);
    });

    it('ignores a hook that throws', async () => {
      const h = setUp(server);
      const gateway = h.newGateway({
        hooks: {
          onRequest: () => {
            throw new Error('logger down');
          },
        },
      });
      expect(value(await gateway.getPayment(h.payment.id)).id).toBe(h.payment.id);
    });
  });

  describe('fetch', () => {
    it('uses the fetch it is given', async () => {
      const h = setUp(server);
      const seen: string[] = [];
      const gateway = h.newGateway({
        fetch: (input, init) => {
          seen.push(`${init.method} ${input}`);
          return fetch(input, init);
        },
      });
      await gateway.getPayment(h.payment.id);
      expect(seen).toEqual([`GET ${BASE_URL}/v1/payments/${h.payment.id}`]);
    });

    it('answers Network when fetch throws synchronously', async () => {
      const h = setUp(server);
      const gateway = h.newGateway({
        maxRetries: 0,
        fetch: () => {
          throw new TypeError('not today');
        },
      });
      expect(failure(await gateway.getPayment(h.payment.id)).type).toBe('Network');
    });

    it('strips trailing slashes from the base URL', async () => {
      const h = setUp(server);
      const gateway = h.newGateway({ baseUrl: `${BASE_URL}//` });
      expect(value(await gateway.getPayment(h.payment.id)).id).toBe(h.payment.id);
    });
  });
});
