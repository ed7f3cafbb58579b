/** How long a provider keeps an idempotency record: 24 hours of its clock. */
export const IDEMPOTENCY_RECORD_TTL_MS = 86_400_000;

/**
 * The instant, in epoch milliseconds, a record finished at `finishedAtMs` stops counting.
 *
 * Returns `finishedAtMs` plus {@link IDEMPOTENCY_RECORD_TTL_MS}. Pure and total.
 */
export const recordExpiresAt = (finishedAtMs: number): number =>
  finishedAtMs + IDEMPOTENCY_RECORD_TTL_MS;

/**
 * Whether a record expiring at `expiresAtMs` is gone at `nowMs`: exactly 24 hours after it
 * finished, the key is free again.
 *
 * Returns `true` once expired. Pure and total.
 */
export const isRecordExpired = (expiresAtMs: number, nowMs: number): boolean =>
  expiresAtMs <= nowMs;
