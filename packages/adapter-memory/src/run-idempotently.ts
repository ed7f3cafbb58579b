import {
  decideIdempotency,
  type GatewayError,
  isStoredOutcome,
  requestFingerprint,
  type WriteRequest,
} from '@reembolso/core';
import { err, type Result } from 'neverthrow';
import { match } from 'ts-pattern';
import type { IdempotencyStore } from './idempotency-store.js';

/** A write to run under an idempotency key. */
export interface IdempotentWrite<T> {
  /** The key; without one the write simply runs. */
  readonly key: string | undefined;
  /** The request as it arrived, whose fingerprint the record keeps. */
  readonly request: WriteRequest;
  /** The write itself; while it runs, the key is busy. */
  readonly run: () => Result<T, GatewayError> | PromiseLike<Result<T, GatewayError>>;
}

type Outcome = Result<unknown, GatewayError>;

const isPromiseLike = <T>(value: T | PromiseLike<T>): value is PromiseLike<T> =>
  typeof (value as { then?: unknown }).then === 'function';

/**
 * Runs `write` as the core decides from what `store` holds under its key: replays a stored
 * outcome, refuses a conflict (422) or a key in progress (409), or runs it, holding the key
 * meanwhile, and stores the outcome when the core says it is kept. A write that answers
 * synchronously is decided and recorded in the same tick.
 *
 * Returns the write's outcome, replayed or new; never rejects.
 */
export const runIdempotently = <T>(
  store: IdempotencyStore<Outcome>,
  write: IdempotentWrite<T>,
): Result<T, GatewayError> | Promise<Result<T, GatewayError>> => {
  const { key } = write;
  if (key === undefined) {
    const outcome = write.run();
    return isPromiseLike(outcome) ? Promise.resolve(outcome) : outcome;
  }
  const fingerprint = requestFingerprint(write.request);
  return match(decideIdempotency(store.get(key), fingerprint))
    .with({ type: 'Refuse' }, ({ error }) => err<T, GatewayError>(error))
    .with(
      { type: 'Replay' },
      ({ outcome }) =>
        // Stored under this very request, so it is the outcome of this write's type.
        outcome as Result<T, GatewayError>,
    )
    .with({ type: 'Run' }, () => {
      const hold = store.begin(key, fingerprint);
      const settle = (outcome: Result<T, GatewayError>): Result<T, GatewayError> => {
        if (isStoredOutcome(outcome)) store.finish(hold, outcome);
        else store.release(hold);
        return outcome;
      };
      const outcome = write.run();
      return isPromiseLike(outcome) ? Promise.resolve(outcome).then(settle) : settle(outcome);
    })
    .exhaustive();
};
