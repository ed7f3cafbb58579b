/** Where the memory gateway reads the time: a fixed instant, or a function such as `() => new Date()`. */
export type ClockSource = Date | (() => Date);

/** The gateway's clock: the source plus the offset that `set` and `advance` have moved it by. */
export interface ManualClock {
  readonly now: () => Date;
  readonly set: (instant: Date) => void;
  readonly advance: (ms: number) => void;
  readonly reset: () => void;
}

/**
 * A clock over `source` that tests can move. A `Date` source stands still until moved, which
 * makes runs reproducible; a function source keeps flowing, shifted by every move.
 */
export const createClock = (source: ClockSource = () => new Date()): ManualClock => {
  const base = typeof source === 'function' ? source : () => source;
  let offsetMs = 0;
  return {
    now: () => new Date(base().getTime() + offsetMs),
    set: (instant) => {
      offsetMs = instant.getTime() - base().getTime();
    },
    advance: (ms) => {
      offsetMs += ms;
    },
    reset: () => {
      offsetMs = 0;
    },
  };
};
