import type { GatewayError } from '@reembolso/core';
import * as core from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_POLICY, type RetryPolicy, shouldRetry } from '../src/index.js';

const policy: RetryPolicy = { ...DEFAULT_RETRY_POLICY, maxRetries: 3, maxRetryAfterMs: 60_000 };

const network = core.networkError({});
const timedOut = core.timeout({ timeoutMs: 1_000 });
const limited = core.rateLimited({ retryAfterMs: null });
const server500 = core.serverError({ httpStatus: 500 });
const server503 = core.serverError({ httpStatus: 503 });
const inFlight = core.idempotencyInProgress();

type Row = readonly [
  rule: string,
  error: GatewayError,
  retriesDone: number,
  retryAfterMs: number | null,
  retried: boolean,
];

const table: readonly Row[] = [
  // A network failure (reset, refused, DNS) is retried: the request may never have arrived.
  ['retries a network failure', network, 0, null, true],
  // A timeout is retried: the write, if it landed, is replayed under the same key.
  ['retries a timeout', timedOut, 0, null, true],
  // 429 is retried, after its Retry-After when it gave one.
  ['retries a 429 without Retry-After', limited, 0, null, true],
  ['retries a 429 whose Retry-After is within the cap', limited, 0, 60_000, true],
  // A Retry-After longer than one call may wait goes back to the caller, who can schedule it.
  ['hands back a 429 whose Retry-After passes the cap', limited, 0, 60_001, false],
  ['hands back a 503 whose Retry-After passes the cap', server503, 0, 3_600_000, false],
  // 5xx is retried: the server failed, not the request.
  ['retries a 500', server500, 0, null, true],
  ['retries a 503', server503, 1, 2_000, true],
  // 409: the first attempt under this key still runs; waiting lets it finish and replay.
  ['retries a 409 idempotency-in-progress', inFlight, 0, null, true],
  // Never past the budget: the last allowed retry is number maxRetries.
  ['retries a network failure while retries remain', network, 2, null, true],
  ['stops once maxRetries retries were made', network, 3, null, false],
  ['stops a 429 once maxRetries retries were made', limited, 3, 1_000, false],
  // The caller asked to stop.
  ['never retries an abort', core.aborted(), 0, null, false],
  // An unreadable answer would be read again the same way.
  [
    'never retries an invalid response',
    core.invalidResponse({ httpStatus: 200, message: 'x' }),
    0,
    null,
    false,
  ],
  // Refused credentials stay refused.
  ['never retries 401', core.unauthorized(), 0, null, false],
  // An answer nobody understood: repeating it cannot help.
  [
    'never retries an unknown API error',
    core.unknownApiError({ httpStatus: 418, code: null, message: 'teapot' }),
    0,
    null,
    false,
  ],
  // Mercado Pago decided: rule rejections are final.
  [
    'never retries a rule rejection (2063)',
    core.invalidPaymentState({ status: 'refunded', statusDetail: 'refunded' }),
    0,
    null,
    false,
  ],
  ['never retries an amount rejection (4040)', core.amountNotPositive(), 0, null, false],
  [
    'never retries an exceeded amount',
    core.amountExceedsRefundable({ remaining: 1 }),
    0,
    null,
    false,
  ],
  [
    'never retries a cancellation refusal (2018)',
    core.cancellationNotAllowed({ status: 'approved' }),
    0,
    null,
    false,
  ],
  // ...and so are refusals of the request itself.
  [
    'never retries a missing payment (2000)',
    core.paymentNotFound({ paymentId: '1' }),
    0,
    null,
    false,
  ],
  ['never retries a missing idempotency key (4292)', core.missingIdempotencyKey(), 0, null, false],
  ['never retries a 422 idempotency conflict', core.idempotencyConflict(), 0, null, false],
  ['never retries a bad request', core.badRequest('no'), 0, null, false],
];

describe('shouldRetry', () => {
  it.each(table)('%s', (_rule, error, retriesDone, retryAfterMs, retried) => {
    expect(shouldRetry({ error, retriesDone, retryAfterMs }, policy)).toBe(retried);
  });

  it('never retries at all with maxRetries 0', () => {
    expect(
      shouldRetry(
        { error: network, retriesDone: 0, retryAfterMs: null },
        { ...policy, maxRetries: 0 },
      ),
    ).toBe(false);
  });
});
