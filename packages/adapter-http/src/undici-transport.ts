import { Pool } from 'undici';
import type { Transport } from './exchange.js';
import { readCappedStream } from './read-capped-stream.js';

/**
 * The default transport: undici's `Pool.request` on keep-alive connections to the base URL's
 * origin, without the Fetch API's Request and Response objects (several times faster per call).
 * undici's `request` follows no redirect, and idle connections do not keep the process alive.
 *
 * Returns the transport; its answers read at most `maxBytes` of body. The pool is made at the
 * first request.
 */
export const undiciTransport = (baseUrl: string, maxBytes: number): Transport => {
  const base = new URL(baseUrl);
  // A base URL with a path (`https://proxy.example/mp`) prefixes every request's path.
  const prefix = base.pathname.replace(/\/+$/, '');
  let pool: Pool | undefined;
  return async (request) => {
    pool ??= new Pool(base.origin);
    const answer = await pool.request({
      method: request.method,
      path: `${prefix}${request.path}`,
      headers: request.headers,
      signal: request.signal,
      ...(request.body === undefined ? {} : { body: request.body }),
    });
    const text = await readCappedStream(answer.body, maxBytes);
    const retryAfter = answer.headers['retry-after'];
    return {
      status: answer.statusCode,
      retryAfter: (Array.isArray(retryAfter) ? retryAfter[0] : retryAfter) ?? null,
      text,
    };
  };
};
