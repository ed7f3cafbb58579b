import { err, ok, type Result } from 'neverthrow';
import { type UnsupportedCurrency, unsupportedCurrency } from '../errors.js';

/**
 * The currencies Mercado Pago settles in, with their decimals and the site (country) each
 * belongs to. The site decides the refund window and site-wide policy rules.
 */
export const CURRENCIES = {
  ARS: { decimals: 2, site: 'MLA' },
  BRL: { decimals: 2, site: 'MLB' },
  MXN: { decimals: 2, site: 'MLM' },
  CLP: { decimals: 0, site: 'MLC' },
  COP: { decimals: 0, site: 'MCO' },
  PEN: { decimals: 2, site: 'MPE' },
  UYU: { decimals: 2, site: 'MLU' },
} as const satisfies Record<string, { decimals: number; site: string }>;

/** A supported currency code: `ARS`, `BRL`, `MXN`, `CLP`, `COP`, `PEN` or `UYU`. */
export type Currency = keyof typeof CURRENCIES;

/** A Mercado Pago site: `MLA` Argentina, `MLB` Brazil, `MLM` Mexico, `MLC` Chile, `MCO` Colombia, `MPE` Peru, `MLU` Uruguay. */
export type Site = (typeof CURRENCIES)[Currency]['site'];

/** Every supported currency: ARS, BRL, MXN, PEN, UYU, CLP, COP. */
export const currencies: readonly Currency[] = Object.keys(CURRENCIES) as Currency[];

/** Whether `value` is a supported currency code. Returns a type guard; never fails. */
export const isCurrency = (value: unknown): value is Currency =>
  typeof value === 'string' && Object.hasOwn(CURRENCIES, value);

/**
 * Reads a currency code. Returns the code, or an `UnsupportedCurrency` error for anything
 * outside the table (codes are case-sensitive, as on the wire).
 */
export const parseCurrency = (value: string): Result<Currency, UnsupportedCurrency> =>
  isCurrency(value) ? ok(value) : err(unsupportedCurrency({ currency: value }));

/** The number of decimals of a currency (2, or 0 for CLP and COP). */
export const decimalsOf = (currency: Currency): number => CURRENCIES[currency].decimals;

/** The Mercado Pago site a currency belongs to (ARS → MLA, …). */
export const siteOf = (currency: Currency): Site => CURRENCIES[currency].site;
