import { type Currency, decimalsOf } from './currency.js';

/**
 * An amount of minor units as a person reads it, with its currency: `formatAmount(6950, 'BRL')`
 * is `"69.50 BRL"`, `formatAmount(1500, 'CLP')` is `"1500 CLP"`. Written digit by digit, so any
 * safe integer prints exactly. Total: never fails.
 */
export const formatAmount = (minor: number, currency: Currency): string => {
  const decimals = decimalsOf(currency);
  const digits = String(Math.abs(Math.trunc(minor))).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = decimals > 0 ? `.${digits.slice(digits.length - decimals)}` : '';
  return `${minor < 0 ? '-' : ''}${whole}${fraction} ${currency}`;
};
