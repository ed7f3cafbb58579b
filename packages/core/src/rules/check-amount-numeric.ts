import { err, type Result } from 'neverthrow';
import { type AmountNotNumeric, amountNotNumeric } from '../errors.js';
import { PASSED } from './passed.js';

/**
 * R1: a requested amount, when given, is a finite integer number of minor units.
 * Returns `ok` for an absent amount; `AmountNotNumeric` (4041) for NaN, infinities, fractions of
 * a minor unit, unsafe integers or anything that is not a number.
 */
export const checkAmountNumeric = (amount: unknown): Result<void, AmountNotNumeric> =>
  amount === undefined || Number.isSafeInteger(amount) ? PASSED : err(amountNotNumeric());
