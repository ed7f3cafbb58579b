import { type GatewayError, idempotencyConflict, idempotencyInProgress } from '@reembolso/core';
import { err, type Result } from 'neverthrow';

const DAY_MS = 86_400_000;

type IdempotencyRecord =
  | { readonly state: 'running'; readonly fingerprint: string }
  | {
      readonly state: 'done';
      readonly fingerprint: string;
      readonly outcome: Result<unknown, GatewayError>;
      readonly expiresAt: number;
    };

/** A write to run under an idempotency key. */
export interface IdempotentWrite<T> {
  readonly key: string | undefined;
  /** What makes two requests the same: operation, target and body. */
  readonly fingerprint: string;
  /** Runs after any latency, synchronously, so it is atomic. */
  readonly run: () => Result<T, GatewayError>;
  /** Whether the outcome is kept for replay (requests that never reached the rules are not). */
  readonly keep: (outcome: Result<T, GatewayError>) => boolean;
}

/** The idempotency records of one account, kept 24 hours of the gateway's clock. */
export interface IdempotencyStore {
  readonly execute: <T>(write: IdempotentWrite<T>) => Promise<Result<T, GatewayError>>;
  readonly reset: () => void;
}

/**
 * Replays the stored outcome for a key seen before with the same request, refuses a different
 * request under a used key (`IdempotencyConflict`, 422) and a key whose first request is still
 * running (`IdempotencyInProgress`, 409). `delay` is the simulated provider latency, during which
 * the key is running.
 */
export const createIdempotencyStore = (
  now: () => Date,
  delay: () => Promise<void> | undefined,
): IdempotencyStore => {
  const records = new Map<string, IdempotencyRecord>();
  const purge = (at: number): void => {
    for (const [key, record] of records) {
      if (record.state === 'done' && record.expiresAt <= at) records.delete(key);
    }
  };
  return {
    execute: async <T>(write: IdempotentWrite<T>): Promise<Result<T, GatewayError>> => {
      const { key } = write;
      if (key !== undefined) {
        purge(now().getTime());
        const existing = records.get(key);
        if (existing) {
          if (existing.fingerprint !== write.fingerprint) return err(idempotencyConflict());
          if (existing.state === 'running') return err(idempotencyInProgress());
          // Stored under this very fingerprint, so it is the outcome of this write's type.
          return existing.outcome as Result<T, GatewayError>;
        }
        records.set(key, { state: 'running', fingerprint: write.fingerprint });
      }
      // Without latency nothing is awaited, so a write and its record happen in one tick.
      const latency = delay();
      if (latency) await latency;
      const outcome = write.run();
      if (key !== undefined) {
        if (write.keep(outcome)) {
          const expiresAt = now().getTime() + DAY_MS;
          records.set(key, { state: 'done', fingerprint: write.fingerprint, outcome, expiresAt });
        } else {
          records.delete(key);
        }
      }
      return outcome;
    },
    reset: () => records.clear(),
  };
};
