import type { FetchFunction, Transport } from './exchange.js';
import { readCapped } from './read-capped.js';

/**
 * A transport over a `fetch` function (the caller's own, or one that msw intercepts in tests):
 * redirects are handed back, never followed, so the token never goes to another host.
 *
 * Returns the transport; its answers read at most `maxBytes` of body.
 */
export const fetchTransport =
  (fetchFunction: FetchFunction, maxBytes: number): Transport =>
  async (request) => {
    const response = await fetchFunction(request.url, {
      method: request.method,
      headers: request.headers,
      signal: request.signal,
      redirect: 'manual',
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const text = await readCapped(response.body, maxBytes);
    return { status: response.status, retryAfter: response.headers.get('retry-after'), text };
  };
