import {
  type IdempotencyRecord,
  isRecordExpired,
  type RequestFingerprint,
  recordExpiresAt,
} from '@reembolso/core';

/**
 * The idempotency records of one account: what each key holds, nothing decided here (the
 * decisions are the core's `decideIdempotency` and `isStoredOutcome`). Every operation costs
 * O(1) amortised however many keys are held.
 */
export interface IdempotencyStore<Outcome> {
  /** The record under `key`, or `undefined` when there is none or it has expired. */
  readonly get: (key: string) => IdempotencyRecord<Outcome> | undefined;
  /**
   * Holds `key` as running for the request with `fingerprint`. Returns the write's hold, which
   * `finish` or `release` ends.
   */
  readonly begin: (key: string, fingerprint: RequestFingerprint) => RunningWrite;
  /**
   * Stores the outcome of the write that `hold` began, kept 24 hours from now; nothing when the
   * key no longer holds that write (a reset, and perhaps another write since).
   */
  readonly finish: (hold: RunningWrite, outcome: Outcome) => void;
  /** Frees the key of the write that `hold` began, when it still holds it, storing nothing. */
  readonly release: (hold: RunningWrite) => void;
  /** How many keys are held (running or done, not yet retired). */
  readonly size: () => number;
  /** Forgets every record. */
  readonly reset: () => void;
}

/** The hold of one running write on its key: what `finish` and `release` are given. */
export interface RunningWrite {
  readonly key: string;
}

// A record as held: with its key and expiry, so the queue can hold the records themselves. A
// write's outcome is written into the record its key holds while it runs (no second record, no
// second Map write per keyed write); nothing outside the store keeps a record across that.
interface Held<Outcome> extends RunningWrite {
  readonly fingerprint: RequestFingerprint;
  state: 'running' | 'done';
  outcome: Outcome | undefined;
  expiresAt: number;
}

// What a held record reads as: `outcome` is set whenever `state` is `done`.
const recordOf = <Outcome>(held: Held<Outcome>): IdempotencyRecord<Outcome> =>
  held as IdempotencyRecord<Outcome>;

/**
 * A store over a `Map` and a queue of finished records in the order they expire. Expiry is
 * checked on every read; expired records are retired from the head of the queue at each read,
 * never by scanning them all. Records are finished in clock order, so the queue is in expiry
 * order; if `now` moves backwards, a record may wait in the queue past its expiry, but reads
 * still see it expired, and it is retired once the head reaches it.
 *
 * Returns the store. `now` is the gateway's clock in epoch milliseconds.
 */
export const createIdempotencyStore = <Outcome>(now: () => number): IdempotencyStore<Outcome> => {
  const records = new Map<string, Held<Outcome>>();
  let queue: Held<Outcome>[] = [];
  let head = 0;

  const retire = (at: number): void => {
    for (
      let oldest = queue[head];
      oldest && isRecordExpired(oldest.expiresAt, at);
      oldest = queue[head]
    ) {
      // A key stored again since holds a newer record, which stays.
      if (records.get(oldest.key) === oldest) records.delete(oldest.key);
      head += 1;
    }
    // Drop the retired part once it is half the queue: amortised O(1) per record.
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
  };

  return {
    get: (key) => {
      const at = now();
      retire(at);
      const record = records.get(key);
      if (record === undefined) return undefined;
      if (record.state === 'done' && isRecordExpired(record.expiresAt, at)) {
        records.delete(key);
        return undefined;
      }
      return recordOf(record);
    },
    begin: (key, fingerprint) => {
      const held: Held<Outcome> = {
        key,
        fingerprint,
        state: 'running',
        outcome: undefined,
        expiresAt: Number.POSITIVE_INFINITY,
      };
      records.set(key, held);
      return held;
    },
    finish: (hold, outcome) => {
      const running = records.get(hold.key);
      // After a reset the write's key is gone, or holds a later write: the outcome stays out.
      if (running !== hold || running.state !== 'running') return;
      running.state = 'done';
      running.outcome = outcome;
      running.expiresAt = recordExpiresAt(now());
      queue.push(running);
    },
    release: (hold) => {
      if (records.get(hold.key) === hold) records.delete(hold.key);
    },
    size: () => records.size,
    reset: () => {
      records.clear();
      queue = [];
      head = 0;
    },
  };
};
