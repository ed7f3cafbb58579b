import type { FetchFunction } from './exchange.js';
import type { HttpHooks } from './hooks.js';
import type { Sleep } from './sleep.js';

/**
 * How to build an HTTP gateway: client options, fixed for every call. What varies per call
 * (`signal`, `timeoutMs`, `idempotencyKey`) goes in each call's options instead.
 */
export interface HttpGatewayOptions {
  /**
   * The Mercado Pago access token. Kept in a closure: it never appears in an error, a hook
   * payload, or the printed or serialized form of the gateway or of anything it returns.
   */
  readonly accessToken: string;
  /** `https://api.mercadopago.com` by default; point it at a sandbox in tests. */
  readonly baseUrl?: string;
  /**
   * A `fetch` to send through instead of the default, undici's connection pool (`Pool.request`,
   * keep-alive). Pass one to intercept the traffic: msw intercepts `fetch`, not undici's pool, so
   * tests over msw pass `(url, init) => globalThis.fetch(url, init)`.
   */
  readonly fetch?: FetchFunction;
  /**
   * The most bytes of an answer's body read, counted as they arrive; a longer answer is
   * `InvalidResponse` (not retried). 4 MiB by default.
   */
  readonly maxResponseBytes?: number;
  /** How long one attempt may take, in milliseconds; 30 000 by default. Retries get their own. */
  readonly timeoutMs?: number;
  /** Retries after a failed attempt (network, timeout, 429, 5xx, 409 in flight); 2 by default. */
  readonly maxRetries?: number;
  /** The `User-Agent` header; `reembolso-adapter-http` by default. */
  readonly userAgent?: string;
  /** Observers of the traffic, for logs and metrics. */
  readonly hooks?: HttpHooks;
  /** How to wait between retries; a timer by default. Tests pass one that resolves at once. */
  readonly sleep?: Sleep;
  /** The jitter source, a number in [0, 1); `Math.random` by default. */
  readonly random?: () => number;
}
