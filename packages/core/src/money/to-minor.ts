import { err, ok, type Result } from 'neverthrow';
import {
  type AmountError,
  amountNotNumeric,
  amountOutOfRange,
  amountTooPrecise,
} from '../errors.js';
import { type Currency, decimalsOf, parseCurrency } from './currency.js';
import { formatAmount } from './format-amount.js';
import { maxMinorUnits } from './max-minor-units.js';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Converts a decimal amount as it travels on the wire (`10.5`, or the string `"10.50"`) into an
 * exact integer count of minor units of `currency` (`1050` for BRL). Never multiplies floats:
 * the shortest decimal form of the number is read digit by digit, so `0.1 + 0.2` is refused as
 * too precise instead of being rounded.
 *
 * Returns the minor units, or an error: `UnsupportedCurrency`; `AmountNotNumeric` for NaN,
 * infinities and strings that are not plain decimals; `AmountTooPrecise` for more decimals than
 * the currency has; `AmountOutOfRange` beyond what a JSON number carries exactly
 * ({@link maxMinorUnits}).
 *
 * @param amount - The amount as it travels on the wire: a JSON number (`10.5`) or a decimal string
 *   (`"10.50"`).
 * @param currency - The ISO code of the payment's currency (`BRL`); it decides how many decimals an
 *   amount may have.
 * @example
 * ```ts
 * import { toMinor } from '@reembolso/core';
 *
 * console.log(toMinor(10.5, 'BRL').unwrapOr(null)); // 1050
 * console.log(toMinor('1500', 'CLP').unwrapOr(null)); // 1500
 * const sum = toMinor(0.1 + 0.2, 'BRL');
 * console.log(sum.isErr() && sum.error.type); // AmountTooPrecise
 * const pesos = toMinor(1500.5, 'CLP');
 * console.log(pesos.isErr() && pesos.error.message); // CLP amounts take at most 0 decimals
 * ```
 */
export const toMinor = (amount: number | string, currency: string): Result<number, AmountError> =>
  parseCurrency(currency).andThen((known) => {
    const text = typeof amount === 'number' ? numberToText(amount) : amount;
    const match = text === null ? null : DECIMAL.exec(text);
    if (!match)
      return err(amountNotNumeric('amount must be a decimal number such as 10.5 or "10.50"'));
    const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
    const exponent = Number(exponentText);
    const decimals = decimalsOf(known);
    // Value = digits × 10^(exponent − fraction.length); scale to minor units.
    const digits = `${whole}${fraction}`.replace(/^0+(?=\d)/, '');
    let shift = exponent - fraction.length + decimals;
    let significant = digits;
    while (shift < 0 && significant.endsWith('0') && significant.length > 1) {
      significant = significant.slice(0, -1);
      shift += 1;
    }
    if (shift < 0 && significant !== '0') {
      return err(amountTooPrecise({ currency: known, decimals }));
    }
    const max = maxMinorUnits(known);
    if (significant === '0') return ok(0);
    if (shift > 20 || significant.length + Math.max(shift, 0) > 20) {
      return err(outOfRange(max, known));
    }
    const minor = BigInt(significant) * 10n ** BigInt(Math.max(shift, 0));
    if (minor > BigInt(max)) return err(outOfRange(max, known));
    const value = Number(minor);
    return ok(sign === '-' ? -value : value);
  });

const outOfRange = (max: number, currency: Currency) =>
  amountOutOfRange({ max, message: `amount is beyond ${formatAmount(max, currency)}` });

const numberToText = (amount: number): string | null =>
  Number.isFinite(amount) ? String(amount) : null;
