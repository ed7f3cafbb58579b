import { createMemoryGateway } from '@reembolso/adapter-memory';
import { getResponse, type HttpHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { createSandboxHandlers, MERCADO_PAGO_BASE_URL } from '../src/index.js';
import { cardPaymentBody, NOW } from './support/fixtures.js';

const MP = MERCADO_PAGO_BASE_URL;

/** Runs one request through `handlers` as msw would; `null` when no handler answered it. */
const send = async (
  handlers: HttpHandler[],
  url: string,
  init: { method?: string; token?: string; body?: unknown } = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
): Promise<{ status: number; contentType: string | null; json: any } | null> => {
  const response = await getResponse(
    handlers,
    new Request(url, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${init.token ?? 'TEST-msw'}`,
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    }),
  );
  if (response === undefined) return null;
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    json: await response.json(),
  };
};

const createPayment = (handlers: HttpHandler[], token = 'TEST-msw') =>
  send(handlers, `${MP}/v1/payments`, { method: 'POST', body: cardPaymentBody(), token });

describe('createSandboxHandlers', () => {
  it('answers on https://api.mercadopago.com by default', async () => {
    const created = await createPayment(createSandboxHandlers({ clock: NOW }));
    expect(created).toMatchObject({ status: 201, contentType: 'application/json' });
  });

  it('answers every other path of its base URL with 404 and leaves other hosts alone', async () => {
    const handlers = createSandboxHandlers();
    expect((await send(handlers, `${MP}/v1/customers`))?.status).toBe(404);
    expect(await send(handlers, 'https://example.com/v1/payments/1')).toBeNull();
  });

  it('takes a baseUrl, with or without a trailing slash', async () => {
    for (const baseUrl of ['http://mp.test', 'http://mp.test/']) {
      const answer = await send(createSandboxHandlers({ baseUrl }), 'http://mp.test/v1/payments/1');
      expect(answer?.status).toBe(404);
      expect(answer?.json.cause[0].code).toBe(2000);
    }
  });

  it('keeps one account per access token', async () => {
    const handlers = createSandboxHandlers();
    const created = await createPayment(handlers, 'TEST-a');
    const url = `${MP}/v1/payments/${created?.json.id}`;
    expect((await send(handlers, url, { token: 'TEST-a' }))?.status).toBe(200);
    expect((await send(handlers, url, { token: 'TEST-b' }))?.status).toBe(404);
  });

  it('with a gateway given, every token shares it and the test reaches it directly', async () => {
    const gateway = createMemoryGateway({ clock: NOW });
    const handlers = createSandboxHandlers({ gateway });
    const created = await createPayment(handlers, 'TEST-a');
    const id = String(created?.json.id);
    expect(gateway.snapshot().payments.map((p) => p.id)).toEqual([id]);
    expect((await send(handlers, `${MP}/v1/payments/${id}`, { token: 'TEST-b' }))?.status).toBe(
      200,
    );
  });
});
