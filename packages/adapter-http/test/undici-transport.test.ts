import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toWirePayment } from '@reembolso/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpGateway, type HttpGatewayOptions } from '../src/index.js';
import { approvedPayment, TOKEN } from './support/fixtures.js';

// A loopback Mercado Pago played by `answer`, recording every request: the default transport
// (undici's pool) talks to it for real, with nothing intercepted.
interface Recorded {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const serve = async (
  answer: (request: IncomingMessage, response: ServerResponse, index: number) => void,
): Promise<{ url: string; requests: Recorded[] }> => {
  const requests: Recorded[] = [];
  const server = createServer((request, response) => {
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
    });
    request.resume();
    request.on('end', () => answer(request, response, requests.length - 1));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
};

const payment = approvedPayment();
const paymentJson = JSON.stringify(toWirePayment(payment));

const json = (response: ServerResponse, status: number, body: string) => {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(body);
};

// A JSON answer streamed in chunks, without Content-Length: only counting what arrives bounds it.
const streamed = (response: ServerResponse, bytes: number) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  const chunk = `"${'x'.repeat(64 * 1024 - 2)}",`;
  response.write('[');
  let sent = 1;
  const more = () => {
    while (sent + chunk.length < bytes) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once('drain', more);
    }
    response.end('0]');
  };
  more();
};

const gatewayAt = (url: string, options: Partial<HttpGatewayOptions> = {}) =>
  createHttpGateway({
    accessToken: TOKEN,
    baseUrl: url,
    sleep: () => Promise.resolve(),
    maxRetries: 2,
    ...options,
  });

describe('the default transport (undici), over loopback', () => {
  it('reads a payment on one keep-alive connection, with the token, accept and user agent', async () => {
    const api = await serve((_, response) => json(response, 200, paymentJson));
    const gateway = gatewayAt(api.url);
    expect((await gateway.getPayment(payment.id))._unsafeUnwrap()).toEqual(payment);
    expect((await gateway.getPayment(payment.id))._unsafeUnwrap()).toEqual(payment);
    expect(api.requests.map((r) => [r.method, r.url])).toEqual([
      ['GET', `/v1/payments/${payment.id}`],
      ['GET', `/v1/payments/${payment.id}`],
    ]);
    expect(api.requests[0]?.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/json',
      'user-agent': 'reembolso-adapter-http',
    });
    expect(api.requests[1]?.headers.connection).not.toBe('close');
    // fetch would add its own headers (sec-fetch-mode, accept-language): the pool sends only ours.
    expect(api.requests[0]?.headers['sec-fetch-mode']).toBeUndefined();
  });

  it('keeps a base URL path as a prefix', async () => {
    const api = await serve((_, response) => json(response, 200, paymentJson));
    await gatewayAt(`${api.url}/mp/`).getPayment(payment.id);
    expect(api.requests[0]?.url).toBe(`/mp/v1/payments/${payment.id}`);
  });

  it('refuses an answer longer than maxResponseBytes, counted as read, and does not retry it', async () => {
    const api = await serve((_, response) => streamed(response, 300 * 1024));
    const gateway = gatewayAt(api.url, { maxResponseBytes: 256 * 1024 });
    expect((await gateway.getPayment(payment.id))._unsafeUnwrapErr()).toMatchObject({
      type: 'InvalidResponse',
      httpStatus: 200,
      message: expect.stringContaining('longer than 262144 bytes'),
    });
    expect(api.requests).toHaveLength(1);
  });

  it('caps answers at 4 MiB by default, on the caller’s fetch too', async () => {
    const api = await serve((_, response) => streamed(response, 5 * 1024 * 1024));
    for (const options of [{}, { fetch: (url: string, init: RequestInit) => fetch(url, init) }]) {
      expect(
        (await gatewayAt(api.url, options).getPayment(payment.id))._unsafeUnwrapErr(),
      ).toMatchObject({
        type: 'InvalidResponse',
        message: expect.stringContaining(`longer than ${4 * 1024 * 1024} bytes`),
      });
    }
    expect(api.requests).toHaveLength(2);
  });

  it('reads an answer of exactly maxResponseBytes', async () => {
    const api = await serve((_, response) => json(response, 200, paymentJson));
    const gateway = gatewayAt(api.url, { maxResponseBytes: Buffer.byteLength(paymentJson) });
    expect((await gateway.getPayment(payment.id)).isOk()).toBe(true);
  });

  it('does not follow a redirect, so the token never goes elsewhere', async () => {
    const elsewhere = await serve((_, response) => json(response, 200, paymentJson));
    const api = await serve((_, response) => {
      response.writeHead(302, { location: `${elsewhere.url}/v1/payments/${payment.id}` });
      response.end();
    });
    expect((await gatewayAt(api.url).getPayment(payment.id)).isErr()).toBe(true);
    expect(elsewhere.requests).toEqual([]);
  });

  it('answers Timeout when an attempt outlives timeoutMs, retrying with the same key', async () => {
    const api = await serve(() => {
      // Never answers.
    });
    const gateway = gatewayAt(api.url, { timeoutMs: 50, maxRetries: 1 });
    const result = await gateway.cancelPayment(payment.id, { idempotencyKey: 'cancel-once-1' });
    expect(result._unsafeUnwrapErr()).toMatchObject({ type: 'Timeout', timeoutMs: 50 });
    expect(api.requests.map((r) => r.headers['x-idempotency-key'])).toEqual([
      'cancel-once-1',
      'cancel-once-1',
    ]);
  });

  it('answers Aborted when the caller aborts while the answer is on its way', async () => {
    const api = await serve((_, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"id":');
    });
    const controller = new AbortController();
    const call = gatewayAt(api.url).getPayment(payment.id, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect((await call)._unsafeUnwrapErr().type).toBe('Aborted');
  });

  it('retries a 5xx under one key and reads the answer that follows', async () => {
    const api = await serve((_, response, index) =>
      index === 0 ? json(response, 500, '{"message":"boom"}') : json(response, 200, paymentJson),
    );
    expect((await gatewayAt(api.url).getPayment(payment.id))._unsafeUnwrap()).toEqual(payment);
    expect(api.requests).toHaveLength(2);
  });

  it('answers Network without the token when nothing listens', async () => {
    const api = await serve(() => undefined);
    const closed = servers.pop();
    closed?.closeAllConnections();
    await new Promise((resolve) => closed?.close(resolve));
    const error = (
      await gatewayAt(api.url, { maxRetries: 0 }).getPayment(payment.id)
    )._unsafeUnwrapErr();
    expect(error.type).toBe('Network');
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('sends through a replaced globalThis.fetch (msw, a test double), so interception still applies', async () => {
    const api = await serve((_, response) => json(response, 200, paymentJson));
    const seen: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      seen.push(String(input));
      return original(input, init);
    };
    try {
      expect((await gatewayAt(api.url).getPayment(payment.id)).isOk()).toBe(true);
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual([`${api.url}/v1/payments/${payment.id}`]);
    // Restored: the pool again, which the spy does not see.
    expect((await gatewayAt(api.url).getPayment(payment.id)).isOk()).toBe(true);
    expect(seen).toHaveLength(1);
  });
});
