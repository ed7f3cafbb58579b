import { HttpResponse } from 'msw';
import { match } from 'ts-pattern';

/** What goes wrong with one request, and whether the server committed before it went wrong. */
export type Fault =
  /** Nothing: the request reaches the backend and its answer the client. */
  | 'none'
  /** 500 before the backend ran. */
  | 'server-error'
  /** 503 after the backend committed. */
  | 'server-error-after-commit'
  /** 429 with `Retry-After: 1` (seconds). */
  | 'rate-limited'
  /** 429 with `Retry-After` as an HTTP date. */
  | 'rate-limited-date'
  /** The connection is reset before the backend ran. */
  | 'reset'
  /** 401 before the backend ran (a token revoked between two attempts): final, not retried. */
  | 'unauthorized'
  /** The backend committed, then the connection was reset: the answer is lost. */
  | 'lost-after-commit'
  /** The backend committed; its answer arrives cut in the middle of the JSON. */
  | 'truncated-after-commit'
  /** The backend committed; a proxy answered 200 with HTML instead. */
  | 'invalid-json-after-commit'
  /** No answer until the client gives up; the backend never ran. */
  | 'timeout'
  /** The backend committed, then no answer until the client gave up. */
  | 'timeout-after-commit';

/** Every fault, for arbitraries. */
export const FAULTS: readonly Fault[] = [
  'none',
  'server-error',
  'server-error-after-commit',
  'rate-limited',
  'rate-limited-date',
  'reset',
  'unauthorized',
  'lost-after-commit',
  'truncated-after-commit',
  'invalid-json-after-commit',
  'timeout',
  'timeout-after-commit',
];

const untilAborted = (signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, 5_000);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

const serverError = (status: number): Response =>
  HttpResponse.json(
    {
      status: String(status),
      error: 'internal_server_error',
      message: 'Internal server error',
      cause: [{ code: '500000', message: 'Internal server error', data: null }],
    },
    { status },
  );

/**
 * Wraps a request handler so that each request suffers the next fault of `nextFault` (called
 * once per request, in order). Faults "after commit" run the backend first, so its effect is
 * real while its answer never arrives intact.
 */
export const withFaults =
  (handle: (request: Request) => Promise<Response>, nextFault: () => Fault) =>
  (request: Request): Promise<Response> | Response => {
    return match(nextFault())
      .with('none', () => handle(request))
      .with('server-error', () => serverError(500))
      .with('server-error-after-commit', async () => {
        await handle(request);
        return serverError(503);
      })
      .with(
        'rate-limited',
        () => new HttpResponse(null, { status: 429, headers: { 'Retry-After': '1' } }),
      )
      .with(
        'rate-limited-date',
        () =>
          new HttpResponse(null, {
            status: 429,
            headers: { 'Retry-After': new Date(Date.now() + 2_000).toUTCString() },
          }),
      )
      .with('reset', () => HttpResponse.error())
      .with('unauthorized', () =>
        HttpResponse.json(
          {
            status: 401,
            error: 'unauthorized',
            message: 'invalid access token',
            cause: [{ code: 'unauthorized', description: 'invalid access token', data: null }],
          },
          { status: 401 },
        ),
      )
      .with('lost-after-commit', async () => {
        await handle(request);
        return HttpResponse.error();
      })
      .with('truncated-after-commit', async () => {
        const answer = await handle(request);
        const text = await answer.text();
        return new HttpResponse(text.slice(0, Math.floor(text.length / 2)), {
          status: answer.status,
          headers: { 'Content-Type': 'application/json' },
        });
      })
      .with('invalid-json-after-commit', async () => {
        await handle(request);
        return new HttpResponse('<html><body>Bad gateway</body></html>', {
          status: 200,
          headers: { 'Content-Type': 'text/html' },
        });
      })
      .with('timeout', async () => {
        await untilAborted(request.signal);
        return HttpResponse.error();
      })
      .with('timeout-after-commit', async () => {
        await handle(request);
        await untilAborted(request.signal);
        return HttpResponse.error();
      })
      .exhaustive();
  };

/** A fault source that plays `faults` in order, then `'none'` for ever. */
export const faultQueue = (faults: readonly Fault[]): (() => Fault) => {
  let next = 0;
  return () => faults[next++] ?? 'none';
};
