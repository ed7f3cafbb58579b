import { err, type Result } from 'neverthrow';
import { type InsufficientBalance, insufficientBalance } from '../errors.js';
import { PASSED } from './passed.js';

/**
 * R8: when the collector's available balance is known, it covers the collector's debit.
 * Returns `ok` when `availableBalance` is undefined; `InsufficientBalance` otherwise.
 */
export const checkBalance = (
  collectorDebit: number,
  availableBalance: number | undefined,
): Result<void, InsufficientBalance> =>
  availableBalance === undefined || collectorDebit <= availableBalance
    ? PASSED
    : err(insufficientBalance({ required: collectorDebit, available: availableBalance }));
