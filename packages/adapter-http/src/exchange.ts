import { type GatewayError, invalidResponse } from '@reembolso/core';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import type { HttpMethod } from './hooks.js';

/** The `fetch` the adapter calls: the platform's, or any function of the same shape. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** One attempt as a transport sends it: headers final, body serialized. */
export interface AttemptRequest {
  readonly method: HttpMethod;
  /** The whole URL, base and path. */
  readonly url: string;
  /** The path after the base URL (`/v1/payments/123`). */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** The caller's signal linked with the attempt's timeout. */
  readonly signal: AbortSignal;
}

/** One HTTP answer, its body read in full. */
export interface RawAnswer {
  /** The HTTP status. */
  readonly status: number;
  /** The `Retry-After` header, when present. */
  readonly retryAfter: string | null;
  /** The whole body, as text; `null` when it was longer than the transport may read. */
  readonly text: string | null;
}

/** A {@link RawAnswer} whose body was read whole. */
export type ReadAnswer = RawAnswer & { readonly text: string };

/**
 * Sends one attempt and reads its answer, never following a redirect, reading at most its
 * `maxBytes` of body (then `text` is `null`). May throw or reject: {@link exchange} turns that
 * into a value.
 */
export type Transport = (request: AttemptRequest) => Promise<RawAnswer>;

/**
 * The adapter's one choke point between exceptions and values: sends one request through
 * `transport` and reads the whole answer. Whatever the transport throws (reset, timeout, abort,
 * a body cut short) becomes a `GatewayError` through `onFailure`; an answer longer than the
 * transport reads is `InvalidResponse`, which is never retried (asking again brings the same
 * answer). Nothing else in the adapter touches the network.
 *
 * Returns the {@link RawAnswer} whatever its status, or the error.
 */
export const exchange = (
  transport: Transport,
  request: AttemptRequest,
  onFailure: (cause: unknown) => GatewayError,
  maxBytes: number,
): ResultAsync<ReadAnswer, GatewayError> =>
  // One promise per attempt: each link of a ResultAsync chain costs a promise and a microtask.
  new ResultAsync(
    transport(request).then(
      (answer): Result<ReadAnswer, GatewayError> =>
        answer.text === null
          ? err(
              invalidResponse({
                httpStatus: answer.status,
                message: `Mercado Pago answered ${answer.status} with a body longer than ${maxBytes} bytes`,
              }),
            )
          : ok({ status: answer.status, retryAfter: answer.retryAfter, text: answer.text }),
      (cause: unknown) => err(onFailure(cause)),
    ),
  );
