import {
  type IdempotencyConflict,
  type IdempotencyInProgress,
  idempotencyConflict,
  idempotencyInProgress,
} from '../errors.js';
import type { RequestFingerprint } from './request-fingerprint.js';

/**
 * What a provider holds under one idempotency key: the fingerprint of the first request, and once
 * it has finished, its outcome (never the request itself).
 */
export type IdempotencyRecord<Outcome> =
  | { readonly state: 'running'; readonly fingerprint: RequestFingerprint }
  | {
      readonly state: 'done';
      readonly fingerprint: RequestFingerprint;
      readonly outcome: Outcome;
    };

/** What to do with a keyed write, given what its key holds. */
export type IdempotencyDecision<Outcome> =
  /** The key is new (or expired): run the write, holding the key as running meanwhile. */
  | { readonly type: 'Run' }
  /** The same request finished before: answer its outcome again, with no new effect. */
  | { readonly type: 'Replay'; readonly outcome: Outcome }
  /** Another request holds the key (422), or the same one is still running (409). */
  | { readonly type: 'Refuse'; readonly error: IdempotencyConflict | IdempotencyInProgress };

/**
 * Decides a keyed write from the record its key holds (`undefined` when none, or expired) and
 * the write's fingerprint: a different request under the key is a conflict, even while the first
 * runs; the same request is in progress while it runs, and replayed once done.
 *
 * Returns the {@link IdempotencyDecision}. Pure and total.
 */
export const decideIdempotency = <Outcome>(
  record: IdempotencyRecord<Outcome> | undefined,
  fingerprint: RequestFingerprint,
): IdempotencyDecision<Outcome> => {
  if (record === undefined) return { type: 'Run' };
  if (record.fingerprint !== fingerprint) return { type: 'Refuse', error: idempotencyConflict() };
  if (record.state === 'running') return { type: 'Refuse', error: idempotencyInProgress() };
  return { type: 'Replay', outcome: record.outcome };
};
