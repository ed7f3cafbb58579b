import { err, ok, type Result } from 'neverthrow';
import { type AmountNotPositive, amountNotPositive } from '../errors.js';

/**
 * R2: a requested amount, when given, is greater than zero.
 * Returns `ok` for an absent amount; `AmountNotPositive` (4040) for zero or less.
 */
export const checkAmountPositive = (amount: number | undefined): Result<void, AmountNotPositive> =>
  amount === undefined || amount > 0 ? ok(undefined) : err(amountNotPositive());
