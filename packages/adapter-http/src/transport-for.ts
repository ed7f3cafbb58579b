import type { FetchFunction, Transport } from './exchange.js';
import { fetchTransport } from './fetch-transport.js';
import { undiciTransport } from './undici-transport.js';

// The platform's fetch as it was when the adapter loaded; anything else is an interceptor.
const platformFetch = globalThis.fetch;

/**
 * The transport a gateway sends through: the caller's `fetch` when it gave one; else undici's
 * pool to `baseUrl`, unless `globalThis.fetch` has been replaced since the adapter loaded (msw,
 * a test double, an instrumentation wrapper), in which case that `fetch` is called, so that
 * interception installed after the gateway still applies (msw intercepts `fetch` and
 * `node:http`, never undici's own connections). Checked at each attempt.
 *
 * Returns the transport; it reads at most `maxBytes` of each answer.
 */
export const transportFor = (
  fetchFunction: FetchFunction | undefined,
  baseUrl: string,
  maxBytes: number,
): Transport => {
  if (fetchFunction !== undefined) return fetchTransport(fetchFunction, maxBytes);
  const pooled = undiciTransport(baseUrl, maxBytes);
  const intercepted = fetchTransport((input, init) => globalThis.fetch(input, init), maxBytes);
  return (request) => (globalThis.fetch === platformFetch ? pooled(request) : intercepted(request));
};
