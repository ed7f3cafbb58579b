import type { GatewayError } from '@reembolso/core';
import { match } from 'ts-pattern';

/** How patiently a gateway retries. All durations in milliseconds. */
export interface RetryPolicy {
  /** Retries after the first attempt; 0 never retries. */
  readonly maxRetries: number;
  /** The first backoff step; each retry doubles it. */
  readonly initialDelayMs: number;
  /** The cap of a backoff step. */
  readonly maxDelayMs: number;
  /** The longest `Retry-After` waited out inside a call; a longer one goes back to the caller. */
  readonly maxRetryAfterMs: number;
}

/** The defaults: 2 retries, backoff from 500 ms doubling up to 8 s, `Retry-After` up to 60 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
};

/** A failed attempt, as the retry policy sees it. */
export interface FailedAttempt {
  /** Why the attempt failed. */
  readonly error: GatewayError;
  /** Retries already made before this attempt (0 when the first attempt failed). */
  readonly retriesDone: number;
  /** The answer's `Retry-After`, in milliseconds, when it had one. */
  readonly retryAfterMs: number | null;
}

/**
 * Whether a failed attempt is tried again. Writes carry one idempotency key on every attempt, so
 * retrying a write that may have committed replays it instead of writing twice; that is what
 * makes retrying timeouts and lost answers safe.
 *
 * Returns `true` to retry. Pure and total.
 */
export const shouldRetry = (attempt: FailedAttempt, policy: RetryPolicy): boolean => {
  // Never past the budget: at most `maxRetries` retries after the first attempt.
  if (attempt.retriesDone >= policy.maxRetries) return false;
  // The server asked for a longer pause than one call may hold its caller: hand the error back.
  if (attempt.retryAfterMs !== null && attempt.retryAfterMs > policy.maxRetryAfterMs) return false;
  return (
    match(attempt.error.type)
      // No answer at all (reset, refused, DNS): the request may not have arrived.
      .with('Network', () => true)
      // No answer in time: the server may be slow or the answer lost on the way.
      .with('Timeout', () => true)
      // Rate limited: the server asks to come back later.
      .with('RateLimited', () => true)
      // 5xx: the server failed and says nothing about the request itself.
      .with('ServerError', () => true)
      // 409: the first attempt under this key is still running; waiting lets it finish and replay.
      .with('IdempotencyInProgress', () => true)
      // The caller asked to stop.
      .with('Aborted', () => false)
      // The server answered something unreadable; asking again gets the same answer.
      .with('InvalidResponse', () => false)
      // Refused credentials stay refused.
      .with('Unauthorized', () => false)
      // An answer nobody understood: repeating it cannot help.
      .with('UnknownApiError', () => false)
      // Mercado Pago decided: rejections of the rules and of the request are final.
      .with(
        'InvalidInstant',
        'AmountNotNumeric',
        'AmountNotPositive',
        'InvalidPaymentState',
        'RefundWindowExpired',
        'PartialRefundUnsupported',
        'TooManyRefunds',
        'AmountExceedsRefundable',
        'InsufficientBalance',
        'CancellationNotAllowed',
        'AmountTooPrecise',
        'AmountOutOfRange',
        'UnsupportedCurrency',
        'CurrencyMismatch',
        'InvalidCancellationStatus',
        'MissingCancellationStatus',
        'PaymentNotFound',
        'RefundNotFound',
        'InvalidSplitterId',
        'InvalidId',
        'AdvancedPaymentNotFound',
        'InvalidAdvancedPayment',
        'MissingIdempotencyKey',
        'IdempotencyConflict',
        'BadRequest',
        () => false,
      )
      .exhaustive()
  );
};
