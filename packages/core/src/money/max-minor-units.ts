import { type Currency, decimalsOf } from './currency.js';

// A double holds any decimal of at most 15 significant digits exactly enough to print it back,
// so beyond 10^15 − 1 minor units a two-decimal amount would not survive the wire as a number.
const EXACT_DECIMAL_DIGITS = 999_999_999_999_999;

/**
 * The largest amount, in minor units of `currency`, that reembolso accepts: one that is a safe
 * integer and whose decimal form survives a JSON number unchanged. That is
 * `Number.MAX_SAFE_INTEGER` for currencies without decimals and 10^15 − 1 for the others.
 */
export const maxMinorUnits = (currency: Currency): number =>
  decimalsOf(currency) === 0 ? Number.MAX_SAFE_INTEGER : EXACT_DECIMAL_DIGITS;
