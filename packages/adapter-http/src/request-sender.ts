import {
  aborted,
  type CallOptions,
  type GatewayError,
  invalidResponse,
  mayHaveTakenEffect,
  unauthorized,
  withIdempotencyKey,
} from '@reembolso/core';
import { err, ok, Result, ResultAsync } from 'neverthrow';
import { backoffDelay } from './backoff-delay.js';
import { errorFromResponse } from './error-from-response.js';
import { type AttemptRequest, exchange, type ReadAnswer, type Transport } from './exchange.js';
import type { HttpHooks, HttpMethod } from './hooks.js';
import { parseJson } from './parse-json.js';
import { parseRetryAfter } from './retry-after.js';
import { type RetryPolicy, shouldRetry } from './retry-policy.js';
import type { Sleep } from './sleep.js';
import { transportFailure } from './transport-failure.js';

/** One logical request: what to send, and the idempotency key of a write (`null` for reads). */
export interface HttpRequest {
  /** The HTTP method. */
  readonly method: HttpMethod;
  /** The path after the base URL, ids already validated (`/v1/payments/123`). */
  readonly path: string;
  /** The JSON body, for writes. */
  readonly body?: unknown;
  /** Sent as `X-Idempotency-Key` on every attempt; `null` sends none. */
  readonly idempotencyKey: string | null;
}

/** A successful (2xx) answer with its JSON body. */
export interface HttpAnswer {
  /** The 2xx status. */
  readonly status: number;
  /** The parsed JSON body, not yet validated. */
  readonly body: unknown;
}

/** Everything the sender needs besides the token. */
export interface SenderSettings {
  /** Without a trailing slash. */
  readonly baseUrl: string;
  /** Printable ASCII only. */
  readonly userAgent: string;
  /** What sends each attempt: undici by default, or the caller's `fetch`. */
  readonly transport: Transport;
  /** The most bytes of an answer's body the transport reads. */
  readonly maxResponseBytes: number;
  /** Per attempt, in milliseconds. */
  readonly timeoutMs: number;
  /** When and how long to wait before retrying. */
  readonly retry: RetryPolicy;
  /** Observers of the traffic. */
  readonly hooks: HttpHooks;
  /** Waits between attempts. */
  readonly sleep: Sleep;
  /** The jitter source, in [0, 1). */
  readonly random: () => number;
  /** The wall clock, for `Retry-After` dates. */
  readonly now: () => number;
}

/** Sends one logical request with retries; resolves to a `Result`, never rejects. */
export type RequestSender = (
  request: HttpRequest,
  options: CallOptions,
) => ResultAsync<HttpAnswer, GatewayError>;

// An attempt's failure, with the pause the server asked for (429 and 503 may carry one).
interface Failure {
  readonly error: GatewayError;
  readonly retryAfterMs: number | null;
}

// Header values cannot hold control characters; fetch would throw and the call look like a network failure.
const HEADER_VALUE = /^[\x21-\x7e]+$/;
// The largest delay a timer takes (about 24.8 days); longer timeouts mean "no timeout".
const MAX_TIMER_MS = 2_147_483_647;

const clampTimeout = (ms: number, fallback: number): number =>
  Number.isNaN(ms) ? fallback : Math.min(Math.max(Math.ceil(ms), 1), MAX_TIMER_MS);

// The event is built (and scrubbed) only when someone listens.
const fireAndForget = <E>(hook: ((event: E) => void) | undefined, event: () => E): void => {
  if (hook) Result.fromThrowable(hook, () => undefined)(event());
};

/**
 * The adapter's transport, after stripe-node's RequestSender: builds each attempt's headers (the
 * token lives only in this closure), links the caller's signal with a per-attempt timeout, sends
 * through the {@link exchange} choke point, classifies the answer, and retries what
 * {@link shouldRetry} allows after {@link backoffDelay}, reusing the request's idempotency key.
 * `redact` scrubs every error and hook payload before it leaves.
 *
 * Returns the sender. Its calls resolve to the 2xx answer's JSON, or a `GatewayError`:
 * `Unauthorized` for a token that cannot be sent, `Aborted`, `Timeout`, `Network`,
 * `InvalidResponse` for a 2xx whose body is not JSON, or the error the answer stands for.
 */
export const createRequestSender = (
  accessToken: string,
  settings: SenderSettings,
  redact: <T>(value: T) => T,
): RequestSender => {
  const headersFor = (request: HttpRequest): Record<string, string> => ({
    Accept: 'application/json',
    Authorization: `Bearer ${accessToken}`,
    'User-Agent': settings.userAgent,
    ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
    ...(request.idempotencyKey === null ? {} : { 'X-Idempotency-Key': request.idempotencyKey }),
  });

  const attemptOnce = (
    request: HttpRequest,
    url: string,
    attempt: number,
    options: CallOptions,
  ): ResultAsync<HttpAnswer, Failure> => {
    const timeoutMs = clampTimeout(options.timeoutMs ?? settings.timeoutMs, settings.timeoutMs);
    // A timer cleared as soon as the answer is read, rather than `AbortSignal.timeout`, whose
    // timer lives on for the whole timeout after every call.
    const timeout = new AbortController();
    const timer = setTimeout(
      () => timeout.abort(new DOMException('The operation timed out.', 'TimeoutError')),
      timeoutMs,
    );
    const timeoutSignal = timeout.signal;
    const signal = options.signal
      ? AbortSignal.any([options.signal, timeoutSignal])
      : timeoutSignal;
    // Transports never follow a redirect, so the token never goes to another host.
    const sent: AttemptRequest = {
      method: request.method,
      url,
      path: request.path,
      headers: headersFor(request),
      signal,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    };
    fireAndForget(settings.hooks.onRequest, () =>
      redact({ method: request.method, url, attempt, idempotencyKey: request.idempotencyKey }),
    );
    const started = performance.now();
    // One async step rather than a chain of ResultAsync links, each a promise and a microtask.
    return new ResultAsync(
      (async (): Promise<Result<HttpAnswer, Failure>> => {
        const outcome = await exchange(
          settings.transport,
          sent,
          (cause) =>
            transportFailure(cause, { caller: options.signal, timeout: timeoutSignal, timeoutMs }),
          settings.maxResponseBytes,
        );
        clearTimeout(timer);
        if (outcome.isErr()) return err({ error: outcome.error, retryAfterMs: null });
        const answer = outcome.value;
        const durationMs = performance.now() - started;
        fireAndForget(settings.hooks.onResponse, () =>
          redact({ method: request.method, url, attempt, status: answer.status, durationMs }),
        );
        return classify(answer);
      })(),
    );
  };

  const classify = (answer: ReadAnswer): Result<HttpAnswer, Failure> => {
    const body = parseJson(answer.text);
    if (answer.status >= 200 && answer.status < 300) {
      return body.isOk()
        ? ok({ status: answer.status, body: body.value })
        : err({
            error: invalidResponse({
              httpStatus: answer.status,
              message: `Mercado Pago answered ${answer.status} with a body that is not JSON`,
            }),
            retryAfterMs: null,
          });
    }
    const header = parseRetryAfter(answer.retryAfter, settings.now());
    const error = errorFromResponse(answer.status, body.unwrapOr(undefined), header);
    // Without the header, a pause the body asked for (RateLimited.retryAfterMs) still counts.
    const retryAfterMs = header ?? (error.type === 'RateLimited' ? error.retryAfterMs : null);
    return err({ error, retryAfterMs });
  };

  const run = async (
    request: HttpRequest,
    options: CallOptions,
  ): Promise<Result<HttpAnswer, GatewayError>> => {
    if (!HEADER_VALUE.test(accessToken)) {
      return err(unauthorized('the access token is empty or not a valid header value'));
    }
    const url = `${settings.baseUrl}${request.path}`;
    // Once an attempt of a write may have taken effect, so may the write, whatever comes next: a
    // later refusal (a 401, a 404) still carries the key, so that the caller retries with it.
    let uncertain = false;
    const settled = (error: GatewayError): GatewayError =>
      request.idempotencyKey === null
        ? error
        : withIdempotencyKey(request.idempotencyKey, uncertain)(error);
    for (let attempt = 1; ; attempt += 1) {
      if (options.signal?.aborted) return err(settled(aborted()));
      const outcome = await attemptOnce(request, url, attempt, options);
      if (outcome.isOk()) return ok(outcome.value);
      const { error, retryAfterMs } = outcome.error;
      if (!shouldRetry({ error, retriesDone: attempt - 1, retryAfterMs }, settings.retry)) {
        return err(settled(error));
      }
      uncertain ||= mayHaveTakenEffect(error);
      const delayMs = backoffDelay(attempt, retryAfterMs, settings.retry, settings.random);
      fireAndForget(settings.hooks.onRetry, () =>
        redact({ method: request.method, url, attempt, delayMs, error }),
      );
      await settings.sleep(delayMs, options.signal);
    }
  };

  return (request, options) =>
    new ResultAsync(run(request, options)).mapErr((error) => redact(error));
};
