import { type Currency, decimalsOf } from './currency.js';

/**
 * Converts an integer count of minor units into the decimal number that travels on the wire
 * (`1050` BRL → `10.5`). The division is correctly rounded, so the result is the double nearest
 * to the exact decimal and prints as it; for amounts within {@link maxMinorUnits},
 * `toMinor(fromMinor(m, c), c)` gives back `m`. Total: never fails.
 *
 * @param minor - An integer count of minor units (cents, centavos; pesos for CLP and COP).
 * @param currency - The currency the amount is in.
 * @example
 * ```ts
 * import { fromMinor } from '@reembolso/core';
 *
 * console.log(fromMinor(1050, 'BRL')); // 10.5
 * console.log(fromMinor(1500, 'CLP')); // 1500
 * ```
 */
export const fromMinor = (minor: number, currency: Currency): number =>
  minor / 10 ** decimalsOf(currency);
