/**
 * `@reembolso/adapter-http`: the reembolso gateway port over Mercado Pago's REST API, with
 * idempotent writes, retries with backoff, per-call timeouts and cancellation, and answers read
 * into the core's types and error catalogue.
 *
 * @module @reembolso/adapter-http
 */

export { backoffDelay } from './backoff-delay.js';
export { createHttpGateway, type HttpGateway } from './create-http-gateway.js';
export { errorFromResponse } from './error-from-response.js';
export type { FetchFunction } from './exchange.js';
export type {
  HttpHooks,
  HttpMethod,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from './hooks.js';
export type { HttpGatewayOptions } from './http-gateway-options.js';
export { parseRetryAfter } from './retry-after.js';
export {
  DEFAULT_RETRY_POLICY,
  type FailedAttempt,
  type RetryPolicy,
  shouldRetry,
} from './retry-policy.js';
export type { Sleep } from './sleep.js';
export type { FailureCause } from './transport-failure.js';
