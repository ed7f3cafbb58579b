import { err, type Result } from 'neverthrow';
import { type InsufficientBalance, insufficientBalance } from '../errors.js';
import type { Currency } from '../money/currency.js';
import { formatAmount } from '../money/format-amount.js';
import { PASSED } from './passed.js';

/**
 * R8: when the collector's available balance is known, it covers the collector's debit.
 * Returns `ok` when `availableBalance` is undefined; `InsufficientBalance` otherwise, its message
 * in `currency`'s decimals.
 */
export const checkBalance = (
  collectorDebit: number,
  availableBalance: number | undefined,
  currency: Currency,
): Result<void, InsufficientBalance> =>
  availableBalance === undefined || collectorDebit <= availableBalance
    ? PASSED
    : err(
        insufficientBalance({
          required: collectorDebit,
          available: availableBalance,
          message: `available balance (${formatAmount(availableBalance, currency)}) cannot cover the collector's debit of ${formatAmount(collectorDebit, currency)}`,
        }),
      );
