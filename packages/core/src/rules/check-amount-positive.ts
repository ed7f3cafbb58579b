import { err, type Result } from 'neverthrow';
import { type AmountNotPositive, amountNotPositive } from '../errors.js';
import { PASSED } from './passed.js';

/**
 * R2: a requested amount, when given, is greater than zero.
 * Returns `ok` for an absent amount; `AmountNotPositive` (4040) for zero or less.
 */
export const checkAmountPositive = (amount: number | undefined): Result<void, AmountNotPositive> =>
  amount === undefined || amount > 0 ? PASSED : err(amountNotPositive());
