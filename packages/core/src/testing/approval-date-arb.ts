import * as fc from 'fast-check';

const DAY_MS = 86_400_000;
// The refund windows Mercado Pago has used (classic 90 days; current 180, Peru 90).
const WINDOW_DAYS = [90, 180] as const;

/** Bounds of {@link approvalDateArb}. */
export interface ApprovalDateArbOptions {
  /** The oldest approval generated, in days before `now`; 400 when absent. */
  readonly maxAgeDays?: number;
}

/**
 * An approval instant (`date_approved`) at or before `now`, at most `maxAgeDays` old, with a
 * third of the values sitting on a refund-window limit: exactly 90 or 180 days before `now`, or
 * one millisecond either side. Shrinks towards `now`.
 */
export const approvalDateArb = (
  now: Date,
  options: ApprovalDateArbOptions = {},
): fc.Arbitrary<Date> => {
  const maxAgeMs = Math.max(0, (options.maxAgeDays ?? 400) * DAY_MS);
  const edges = WINDOW_DAYS.flatMap((days) => [
    days * DAY_MS - 1,
    days * DAY_MS,
    days * DAY_MS + 1,
  ]);
  const reachable = [...edges, maxAgeMs].filter((age) => age <= maxAgeMs);
  const age = fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: maxAgeMs }), weight: 2 },
    { arbitrary: fc.constantFrom(...reachable), weight: 1 },
  );
  return age.map((ms) => new Date(now.getTime() - ms));
};
