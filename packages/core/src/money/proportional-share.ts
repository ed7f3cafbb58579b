/**
 * A number as a `BigInt` without ever throwing: integers exactly, anything else truncated
 * toward zero (and NaN or infinities as 0). Amounts in the core are integers of minor units; this
 * keeps a hand-made payment with a fraction in it from turning a plan into an exception.
 */
export const exactInteger = (value: number): bigint =>
  BigInt(Number.isFinite(value) ? Math.trunc(value) : 0);

/**
 * `round_half_even(amount × part / whole)` on integers, exact for every safe integer input:
 * the share of `amount` that corresponds to `part` out of `whole`. Used for fee and interest
 * shares. `whole` must be positive; a `whole` of zero yields 0. Inputs are integers;
 * anything else is truncated toward zero (NaN and infinities read as 0), never thrown.
 */
export const proportionalShare = (amount: number, part: number, whole: number): number => {
  if (whole <= 0) return 0;
  const product = amount * part;
  if (Number.isSafeInteger(product)) {
    const remainder = product % whole;
    const quotient = (product - remainder) / whole;
    return roundHalfEven(quotient, remainder, whole);
  }
  const big = exactInteger(amount) * exactInteger(part);
  const bigWhole = exactInteger(whole);
  const remainder = big % bigWhole;
  const quotient = (big - remainder) / bigWhole;
  return roundHalfEven(Number(quotient), Number(remainder), whole);
};

// quotient and remainder come from truncating division, so both carry the sign of the product.
const roundHalfEven = (quotient: number, remainder: number, whole: number): number => {
  const twice = Math.abs(remainder) * 2;
  const away = remainder < 0 ? -1 : 1;
  if (twice > whole) return quotient + away;
  if (twice === whole && Math.abs(quotient) % 2 === 1) return quotient + away;
  return quotient;
};
