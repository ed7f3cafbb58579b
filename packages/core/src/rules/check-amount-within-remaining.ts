import { err, type Result } from 'neverthrow';
import { type AmountExceedsRefundable, amountExceedsRefundable } from '../errors.js';
import { PASSED } from './passed.js';

/**
 * R7: the amount is at most what remains to refund, and something remains.
 * Returns `AmountExceedsRefundable` with `remaining` (minor units) otherwise.
 */
export const checkAmountWithinRemaining = (
  amount: number,
  remaining: number,
): Result<void, AmountExceedsRefundable> =>
  amount <= remaining && remaining > 0 ? PASSED : err(amountExceedsRefundable({ remaining }));
