import { inspect } from 'node:util';
import type { GatewayError } from '@reembolso/core';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import type { ResultAsync } from 'neverthrow';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpGateway } from '../src/index.js';
import { approvedPayment, BASE_URL, TOKEN } from './support/fixtures.js';
import { setUp } from './support/harness.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

// Every form a value takes when printed, logged or sent somewhere.
const formsOf = (value: unknown): readonly string[] => [
  String(value),
  JSON.stringify(value) ?? '',
  inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true, getters: true }),
];

const expectNoToken = (value: unknown): void => {
  for (const form of formsOf(value)) {
    // A failure here must not print the token either.
    expect(form.includes(TOKEN), 'the token leaked').toBe(false);
  }
};

// A server that echoes the Authorization header wherever it can.
const echoingAuthorization = (status: number) =>
  http.all(`${BASE_URL}/*`, ({ request }) => {
    const authorization = request.headers.get('authorization') ?? '';
    return HttpResponse.json(
      {
        status,
        error: 'bad_request',
        message: `refused ${authorization}`,
        cause: [
          {
            code: authorization,
            description: `you sent ${authorization}`,
            data: { authorization },
          },
        ],
      },
      { status },
    );
  });

describe('the access token', () => {
  it('is absent from the gateway in every printed and serialized form', () => {
    const gateway = createHttpGateway({ accessToken: TOKEN, baseUrl: BASE_URL });
    expectNoToken(gateway);
    expectNoToken(Object.values(gateway));
    expect(JSON.stringify(gateway)).toBe('{}');
  });

  it('is absent from every hook payload and every error, whatever went wrong', async () => {
    const payloads: unknown[] = [];
    const hooks = {
      onRequest: (e: unknown) => payloads.push(e),
      onResponse: (e: unknown) => payloads.push(e),
      onRetry: (e: unknown) => payloads.push(e),
    };
    const h = setUp(server, {
      faults: [
        'server-error',
        'rate-limited',
        'reset',
        'timeout',
        'truncated-after-commit',
        'lost-after-commit',
      ],
      gateway: { hooks, timeoutMs: 20, maxRetries: 1 },
    });
    const errors: GatewayError[] = [];
    const collect = async <T>(call: ResultAsync<T, GatewayError>): Promise<void> => {
      const result = await call;
      if (result.isErr()) errors.push(result.error);
    };
    // Faults through the retries.
    for (let i = 0; i < 6; i += 1)
      await collect(h.gateway.createRefund(h.payment.id, { amount: 100 }));
    // Rejections of the rules and of the request.
    await collect(h.gateway.createRefund(h.payment.id, { amount: 1_000_000 }));
    await collect(h.gateway.cancelPayment(h.payment.id));
    await collect(h.gateway.getPayment('404404'));
    await collect(h.gateway.getPayment('not-digits'));
    await collect(h.gateway.createRefund(h.payment.id, {}, { idempotencyKey: 'bad key' }));
    // Timeout and abort.
    await collect(h.newGateway({ hooks, timeoutMs: 1, maxRetries: 0 }).getPayment(h.payment.id));
    await collect(h.gateway.getPayment(h.payment.id, { signal: AbortSignal.abort() }));
    // A server that echoes the token back in its message, description and code.
    server.use(echoingAuthorization(400));
    await collect(h.newGateway({ hooks }).getPayment(h.payment.id));
    server.use(echoingAuthorization(401));
    await collect(h.newGateway({ hooks }).getPayment(h.payment.id));
    server.use(echoingAuthorization(503));
    await collect(h.newGateway({ hooks }).getPayment(h.payment.id));
    // A fetch whose failure repeats the Authorization header.
    await collect(
      h
        .newGateway({
          hooks,
          maxRetries: 1,
          fetch: async (_url, init) => {
            const headers = new Headers(init.headers);
            throw new TypeError(`invalid header ${headers.get('authorization')}`, {
              cause: new Error(`socket said ${headers.get('authorization')}`),
            });
          },
        })
        .getPayment(h.payment.id),
    );
    expect(errors.length).toBeGreaterThanOrEqual(10);
    expect(payloads.length).toBeGreaterThan(10);
    expect(errors.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'Network',
        'Timeout',
        'Aborted',
        'InvalidResponse',
        'Unauthorized',
        'ServerError',
      ]),
    );
    for (const error of errors) expectNoToken(error);
    for (const payload of payloads) expectNoToken(payload);
  });

  it('is absent from everything a call returns', async () => {
    const h = setUp(server);
    const pending = h.memory
      .seedPayment(
        approvedPayment({
          status: 'pending',
          statusDetail: 'pending_waiting_payment',
          dateApproved: null,
        }),
      )
      ._unsafeUnwrap();
    const results = [
      await h.gateway.getPayment(h.payment.id),
      await h.gateway.createRefund(h.payment.id, { amount: 100 }),
      await h.gateway.listRefunds(h.payment.id),
      await h.gateway.cancelPayment(pending.id),
    ];
    for (const result of results) {
      expect(result.isOk()).toBe(true);
      expectNoToken(result);
      expectNoToken(result.isOk() ? result.value : null);
    }
  });
});
