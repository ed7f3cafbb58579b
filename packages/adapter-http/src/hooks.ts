import type { GatewayError } from '@reembolso/core';

/** An HTTP method the adapter uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT';

/** Sent before each attempt. Never carries the access token or any header. */
export interface RequestEvent {
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The full URL, base URL included; ids only, never a credential. */
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
  /** The write's idempotency key (the same on every attempt); `null` for reads. */
  readonly idempotencyKey: string | null;
}

/** Sent when an attempt got an answer, whatever its status. */
export interface ResponseEvent {
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The full URL of the request. */
  readonly url: string;
  /** Which attempt this answers (1 for the first). */
  readonly attempt: number;
  /** The HTTP status of the answer. */
  readonly status: number;
  /** From sending the request to reading the whole body. */
  readonly durationMs: number;
}

/** Sent when a failed attempt is about to be retried. */
export interface RetryEvent {
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The full URL of the request. */
  readonly url: string;
  /** The attempt that failed. */
  readonly attempt: number;
  /** How long the gateway waits before the next attempt. */
  readonly delayMs: number;
  /** Why the attempt failed. */
  readonly error: GatewayError;
}

/**
 * Observers of the HTTP traffic, for logs and metrics. They cannot change a call: their return
 * values are ignored and what they throw is swallowed. Payloads never carry the access token.
 */
export interface HttpHooks {
  /** Called before each attempt is sent. */
  readonly onRequest?: (event: RequestEvent) => void;
  /** Called when an attempt got an answer (any status). */
  readonly onResponse?: (event: ResponseEvent) => void;
  /** Called when a failed attempt is about to be retried, before the wait. */
  readonly onRetry?: (event: RetryEvent) => void;
}
