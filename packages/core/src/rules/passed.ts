import { ok, type Result } from 'neverthrow';

/**
 * The one answer of a rule that holds. Results are immutable, so every rule shares this value
 * instead of allocating its own: `planRefund` runs eight rules per plan.
 */
export const PASSED: Result<void, never> = ok(undefined);
