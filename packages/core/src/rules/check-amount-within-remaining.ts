import { err, type Result } from 'neverthrow';
import { type AmountExceedsRefundable, amountExceedsRefundable } from '../errors.js';
import type { Currency } from '../money/currency.js';
import { formatAmount } from '../money/format-amount.js';
import { PASSED } from './passed.js';

/**
 * R7: the amount is at most what remains to refund, and something remains.
 * Returns `AmountExceedsRefundable` with `remaining` (minor units) otherwise; its message says
 * the remainder in `currency`'s decimals (`69.50 BRL`).
 */
export const checkAmountWithinRemaining = (
  amount: number,
  remaining: number,
  currency: Currency,
): Result<void, AmountExceedsRefundable> =>
  amount <= remaining && remaining > 0
    ? PASSED
    : err(
        amountExceedsRefundable({
          remaining,
          message: `amount exceeds what remains to refund (${formatAmount(remaining, currency)})`,
        }),
      );
