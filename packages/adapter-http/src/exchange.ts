import type { GatewayError } from '@reembolso/core';
import { ResultAsync } from 'neverthrow';

/** The `fetch` the adapter calls: the platform's, or any function of the same shape. */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** One HTTP answer, its body read in full. */
export interface RawAnswer {
  /** The HTTP status. */
  readonly status: number;
  /** The `Retry-After` header, when present. */
  readonly retryAfter: string | null;
  /** The whole body, as text. */
  readonly text: string;
}

/**
 * The adapter's one choke point between exceptions and values: sends one request and reads the
 * whole answer. Whatever `fetch` or reading the body throws (reset, timeout, abort, a body cut
 * short) becomes a `GatewayError` through `onFailure`; nothing else in the adapter touches the
 * network.
 *
 * Returns the {@link RawAnswer} whatever its status, or `onFailure`'s error.
 */
export const exchange = (
  fetchFunction: FetchFunction,
  url: string,
  init: RequestInit,
  onFailure: (cause: unknown) => GatewayError,
): ResultAsync<RawAnswer, GatewayError> =>
  ResultAsync.fromPromise(
    (async (): Promise<RawAnswer> => {
      const response = await fetchFunction(url, init);
      const text = await response.text();
      return { status: response.status, retryAfter: response.headers.get('retry-after'), text };
    })(),
    onFailure,
  );
