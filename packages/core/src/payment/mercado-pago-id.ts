// The one id rule: payment, refund and advanced-payment (splitter) ids are decimal
// digits, so an id can never change the path it is put in.
const DIGITS = /^\d+$/;

/**
 * Whether `text` is a Mercado Pago id as a path or a domain value carries it: one or more decimal
 * digits, nothing else (no sign, no spaces, no exponent). Total.
 */
export const isMercadoPagoId = (text: string): boolean => DIGITS.test(text);

/**
 * A Mercado Pago id as JSON carries it, in its one spelling: a safe non-negative integer, or a
 * string of decimal digits whose value is one (`"00123"` and `123` are both `"123"`). Total.
 *
 * Returns the id as a string of digits, or `null` when `value` is not an id.
 */
export const wireIdOf = (value: unknown): string | null => {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
  }
  if (typeof value !== 'string' || !isMercadoPagoId(value)) return null;
  const number = Number(value);
  return Number.isSafeInteger(number) ? String(number) : null;
};
