import * as fc from 'fast-check';
import type { Currency } from '../money/currency.js';
import { maxMinorUnits } from '../money/max-minor-units.js';

/** Bounds of {@link amountArb}, in minor units. */
export interface AmountArbOptions {
  /** Smallest amount; 0 when absent. */
  readonly min?: number;
  /** Largest amount; `maxMinorUnits(currency)` when absent, and never beyond it. */
  readonly max?: number;
}

/**
 * An amount of `currency` in minor units: an integer in `[min, max]`, by default anywhere from 0
 * to {@link maxMinorUnits} (so its decimal form survives the wire), biased towards small values
 * and the bounds. Shrinks towards `min`.
 */
export const amountArb = (
  currency: Currency,
  options: AmountArbOptions = {},
): fc.Arbitrary<number> => {
  const ceiling = maxMinorUnits(currency);
  const max = Math.min(options.max ?? ceiling, ceiling);
  const min = Math.min(Math.max(options.min ?? 0, 0), max);
  return fc.integer({ min, max });
};
