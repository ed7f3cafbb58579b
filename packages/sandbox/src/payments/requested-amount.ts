import { amountNotNumeric, type Currency, toMinor } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';
import type { SandboxError } from '../errors.js';
import type { JsonObject } from '../http/read-json-body.js';

/**
 * The refund `amount` of a request body, converted from the wire decimal to minor units of the
 * payment's `currency` with the core's `toMinor` (SPEC §2, §4). Returns `undefined` when absent;
 * refuses a value that is not a JSON number (`AmountNotNumeric`, 4041), more decimals than the
 * currency has (`AmountTooPrecise`) and amounts beyond what a JSON number carries exactly
 * (`AmountOutOfRange`). Zero and negative amounts pass: the rules refuse those (4040).
 */
export const requestedAmount = (
  body: JsonObject,
  currency: Currency,
): Result<number | undefined, SandboxError> => {
  const amount = body.amount;
  if (amount === undefined) return ok(undefined);
  if (typeof amount !== 'number') return err(amountNotNumeric());
  return toMinor(amount, currency);
};
