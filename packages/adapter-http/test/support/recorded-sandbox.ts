import type { MemoryGateway } from '@reembolso/adapter-memory';
import { createSandboxHandlers } from '@reembolso/sandbox';
import { getResponse } from 'msw';
import { BASE_URL, TOKEN } from './fixtures.js';

/** A request as Mercado Pago (the sandbox) received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | null;
  readonly authorization: string | null;
  readonly userAgent: string | null;
  readonly body: string;
}

/** The sandbox over one account, answering on the tests' base URL, and what reached it. */
export interface RecordedSandbox {
  /** Records the request, then answers it with the sandbox's own handlers. */
  readonly handle: (request: Request) => Promise<Response>;
  /** Every request that reached the sandbox, in order; a fault that answered first is not here. */
  readonly requests: RecordedRequest[];
}

/**
 * Mercado Pago as the adapter's tests see it: the sandbox's msw handlers (the one definition of
 * its REST surface) over `memory`, accepting only the tests' token, recording what arrives.
 */
export const createRecordedSandbox = (memory: MemoryGateway): RecordedSandbox => {
  const handlers = createSandboxHandlers({ gateway: memory, tokens: [TOKEN], baseUrl: BASE_URL });
  const requests: RecordedRequest[] = [];
  const handle = async (request: Request): Promise<Response> => {
    const { headers } = request;
    requests.push({
      method: request.method,
      path: new URL(request.url).pathname,
      idempotencyKey: headers.get('x-idempotency-key'),
      authorization: headers.get('authorization'),
      userAgent: headers.get('user-agent'),
      body: await request.clone().text(),
    });
    // The sandbox answers every path below its base URL, unknown ones with 404.
    return (await getResponse(handlers, request)) ?? Response.error();
  };
  return { handle, requests };
};
