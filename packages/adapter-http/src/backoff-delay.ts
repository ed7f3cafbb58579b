import type { RetryPolicy } from './retry-policy.js';

/**
 * How long to wait before retry number `retry` (1 for the first retry). A `Retry-After` the
 * server sent is honoured exactly; otherwise the delay grows exponentially from
 * `initialDelayMs`, capped at `maxDelayMs`, and `random()` (a number in [0, 1)) takes up to a
 * quarter off so that clients failing together do not come back together.
 *
 * Returns the delay in whole milliseconds, between 75 % and 100 % of the capped step. Pure given
 * `random`; total.
 */
export const backoffDelay = (
  retry: number,
  retryAfterMs: number | null,
  policy: RetryPolicy,
  random: () => number,
): number => {
  if (retryAfterMs !== null) return retryAfterMs;
  const step = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, retry - 1));
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(step * (1 - 0.25 * jitter));
};
