import { amountNotNumeric, type Currency, toMinor } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';
import type { SandboxError } from '../errors.js';
import type { JsonObject } from '../http/read-json-body.js';

/**
 * The refund `amount` of a request body, converted from the wire decimal to minor units of the
 * payment's `currency` with the core's `toMinor`. Returns `undefined` when absent;
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
  // Mercado Pago's words: at the wire a decimal is fine, only a non-number is refused here.
  if (typeof amount !== 'number') return err(amountNotNumeric('amount attribute must be numeric'));
  return toMinor(amount, currency);
};
