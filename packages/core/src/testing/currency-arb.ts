import * as fc from 'fast-check';
import { type Currency, currencies } from '../money/currency.js';

/**
 * Any supported currency (`ARS`, `BRL`, `MXN`, `CLP`, `COP`, `PEN`, `UYU`), shrinking towards
 * `ARS`. Covers both the two-decimal currencies and the ones without decimals (CLP, COP).
 */
export const currencyArb: fc.Arbitrary<Currency> = fc.constantFrom(...currencies);
