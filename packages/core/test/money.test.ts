import {
  allocate,
  type Currency,
  currencies,
  decimalsOf,
  fromMinor,
  maxMinorUnits,
  proportionalShare,
  toMinor,
} from '@reembolso/core';
import { currencyArb } from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const errorType = (result: ReturnType<typeof toMinor>) =>
  result.match(
    () => 'ok',
    (error) => error.type,
  );

describe('toMinor', () => {
  it('reads 10.5 BRL as 1050 centavos', () => {
    expect(toMinor(10.5, 'BRL')._unsafeUnwrap()).toBe(1050);
  });

  it('reads the decimal string "10.50" as 1050 centavos', () => {
    expect(toMinor('10.50', 'BRL')._unsafeUnwrap()).toBe(1050);
  });

  it('reads exponent notation exactly ("1.5e1" BRL is 1500)', () => {
    expect(toMinor('1.5e1', 'BRL')._unsafeUnwrap()).toBe(1500);
  });

  it('refuses 0.1 + 0.2 as too precise instead of rounding it', () => {
    expect(toMinor(0.1 + 0.2, 'BRL')._unsafeUnwrapErr()).toMatchObject({
      type: 'AmountTooPrecise',
      currency: 'BRL',
      decimals: 2,
    });
  });

  it('refuses 10.123 BRL as too precise', () => {
    expect(errorType(toMinor(10.123, 'BRL'))).toBe('AmountTooPrecise');
  });

  it.each(['CLP', 'COP'] as const)(
    'takes no decimals in %s: 1500 is 1500, 1500.5 is refused',
    (currency) => {
      expect(toMinor(1500, currency)._unsafeUnwrap()).toBe(1500);
      expect(toMinor('1500.0', currency)._unsafeUnwrap()).toBe(1500);
      expect(errorType(toMinor(1500.5, currency))).toBe('AmountTooPrecise');
    },
  );

  it('refuses a currency outside the table', () => {
    expect(toMinor(10, 'USD')._unsafeUnwrapErr()).toMatchObject({
      type: 'UnsupportedCurrency',
      currency: 'USD',
    });
  });

  it.each([
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    '',
    '10,5',
    'ten',
    '1e',
  ])('refuses %s as not numeric', (amount) => {
    expect(errorType(toMinor(amount, 'BRL'))).toBe('AmountNotNumeric');
  });

  it('accepts maxMinorUnits and refuses one minor unit more as out of range', () => {
    expect(toMinor('9999999999999.99', 'BRL')._unsafeUnwrap()).toBe(maxMinorUnits('BRL'));
    expect(errorType(toMinor('10000000000000', 'BRL'))).toBe('AmountOutOfRange');
    expect(toMinor(Number.MAX_SAFE_INTEGER, 'CLP')._unsafeUnwrap()).toBe(Number.MAX_SAFE_INTEGER);
    expect(errorType(toMinor('9007199254740992', 'CLP'))).toBe('AmountOutOfRange');
  });

  it('keeps the sign of negative amounts, for the rules to refuse', () => {
    expect(toMinor(-5, 'ARS')._unsafeUnwrap()).toBe(-500);
  });
});

describe('fromMinor', () => {
  it('writes 1050 centavos as 10.5 BRL', () => {
    expect(fromMinor(1050, 'BRL')).toBe(10.5);
  });

  it('writes CLP and COP amounts as whole numbers', () => {
    expect(fromMinor(1500, 'CLP')).toBe(1500);
    expect(fromMinor(1500, 'COP')).toBe(1500);
  });
});

describe('proportionalShare', () => {
  it.each([
    [1, 1, 2, 0], // 0.5 → 0 (even)
    [3, 1, 2, 2], // 1.5 → 2 (even)
    [5, 1, 2, 2], // 2.5 → 2 (even)
    [7, 1, 2, 4], // 3.5 → 4 (even)
    [499, 5000, 10_000, 250], // 249.5 → 250 (even)
    [10, 1, 3, 3], // 3.33 → 3
    [20, 1, 3, 7], // 6.67 → 7
    [499, 10_000, 10_000, 499],
  ])('share of %i for %i out of %i is %i (round half even)', (amount, part, whole, expected) => {
    expect(proportionalShare(amount, part, whole)).toBe(expected);
  });

  it('is exact beyond the safe integer range of the product', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(proportionalShare(big, big, big)).toBe(big);
    expect(proportionalShare(big, 1, 2)).toBe(4_503_599_627_370_496); // …495.5 → even
  });

  it('gives 0 out of a whole of 0', () => {
    expect(proportionalShare(100, 5, 0)).toBe(0);
  });
});

describe('allocate', () => {
  it('hands the leftover units to the lower index on ties', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(4, [1, 1, 1])).toEqual([2, 1, 1]);
    expect(allocate(1, [1, 1])).toEqual([1, 0]);
    expect(allocate(5, [3, 3, 4])).toEqual([2, 1, 2]);
  });

  it('hands the leftover units to the largest remainders first', () => {
    expect(allocate(10, [1, 2])).toEqual([3, 7]);
    expect(allocate(3, [1, 4])).toEqual([1, 2]);
  });

  it('splits exactly when the weights divide the total', () => {
    expect(allocate(10, [3, 7])).toEqual([3, 7]);
  });

  it('gives nothing to zero weights, and zeros when every weight is zero', () => {
    expect(allocate(10, [0, 1])).toEqual([0, 10]);
    expect(allocate(5, [0, 0])).toEqual([0, 0]);
  });

  it('stays largest-remainder when the weights add up beyond Number.MAX_SAFE_INTEGER', () => {
    // Three CLP disbursements holding 2^52 + 1, 2^52 + 2 and 3 pesos, refunded by 2^52.
    expect(
      allocate(4_503_599_627_370_496, [4_503_599_627_370_497, 4_503_599_627_370_498, 3]),
    ).toEqual([2_251_799_813_685_247, 2_251_799_813_685_248, 1]);
  });
});

// Largest remainder on BigInts, written apart from the code under test: floors first, then one
// unit each to the largest remainders, ties to the lower index.
const allocateOracle = (total: bigint, weights: readonly bigint[]): bigint[] => {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const floors = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w) => (total * w) % sum);
  let left = total - floors.reduce((a, b) => a + b, 0n);
  const ranked = weights
    .map((_, i) => i)
    .sort((i, j) => {
      const a = remainders[i] ?? 0n;
      const b = remainders[j] ?? 0n;
      return a === b ? i - j : a > b ? -1 : 1;
    });
  const parts = [...floors];
  for (const i of ranked) {
    if (left === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
};

describe('allocate beyond the safe range', () => {
  it('matches a BigInt largest-remainder oracle for weights and totals up to MAX_SAFE_INTEGER', () => {
    const big = fc.oneof(
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: Number.MAX_SAFE_INTEGER - 1000, max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: 0, max: 10 }),
    );
    fc.assert(
      fc.property(fc.array(big, { minLength: 1, maxLength: 12 }), big, (weights, total) => {
        const expected = allocateOracle(BigInt(total), weights.map(BigInt)).map(Number);
        expect(allocate(total, weights)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('properties', () => {
  const minorArb = currencyArb.chain((currency) =>
    fc.tuple(
      fc.constant(currency),
      fc.integer({ min: -maxMinorUnits(currency), max: maxMinorUnits(currency) }),
    ),
  );

  it('toMinor(fromMinor(m)) gives m back for every m within maxMinorUnits', () => {
    fc.assert(
      fc.property(minorArb, ([currency, minor]) => {
        expect(toMinor(fromMinor(minor, currency), currency)._unsafeUnwrap()).toBe(minor);
      }),
      { numRuns: 1000 },
    );
  });

  // A decimal of at most 15 significant digits survives as a JS number, so the extra digit is
  // really there for toMinor to see.
  const tooPreciseArb = currencyArb.chain((currency) =>
    fc.record({
      currency: fc.constant<Currency>(currency),
      minor: fc.integer({ min: 0, max: 10 ** 13 }),
      extra: fc.integer({ min: 1, max: 9 }),
      negative: fc.boolean(),
    }),
  );

  it('toMinor never rounds: a number with one decimal more than the currency is always refused', () => {
    fc.assert(
      fc.property(tooPreciseArb, ({ currency, minor, extra, negative }) => {
        const amount =
          ((negative ? -1 : 1) * (minor * 10 + extra)) / 10 ** (decimalsOf(currency) + 1);
        expect(errorType(toMinor(amount, currency))).toBe('AmountTooPrecise');
      }),
      { numRuns: 1000 },
    );
  });

  it('toMinor never rounds: a decimal string with more decimals than the currency is always refused', () => {
    const textArb = fc.record({
      currency: currencyArb,
      whole: fc.stringMatching(/^\d{1,12}$/),
      fraction: fc.stringMatching(/^\d{0,6}[1-9]$/),
    });
    fc.assert(
      fc.property(textArb, ({ currency, whole, fraction }) => {
        const decimals = decimalsOf(currency);
        const padded = fraction.length > decimals ? fraction : fraction.padStart(decimals + 1, '0');
        expect(errorType(toMinor(`${whole}.${padded}`, currency))).toBe('AmountTooPrecise');
      }),
      { numRuns: 1000 },
    );
  });

  it('allocate always adds up to the total, each part within one unit of its exact share', () => {
    const splitArb = fc.record({
      total: fc.nat({ max: 10 ** 12 }),
      weights: fc.array(fc.nat({ max: 10 ** 9 }), { minLength: 1, maxLength: 12 }),
    });
    fc.assert(
      fc.property(splitArb, ({ total, weights }) => {
        const parts = allocate(total, weights);
        const sum = weights.reduce((acc, w) => acc + w, 0);
        expect(parts.reduce((acc, p) => acc + p, 0)).toBe(sum === 0 ? 0 : total);
        if (sum === 0) return;
        for (const [index, part] of parts.entries()) {
          // |part − total·w/sum| < 1, in integers.
          const gap = BigInt(part) * BigInt(sum) - BigInt(total) * BigInt(weights[index] ?? 0);
          expect(gap < BigInt(sum) && gap > -BigInt(sum)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('every supported currency takes 2 decimals, but CLP and COP none', () => {
    expect(currencies.map((c) => [c, decimalsOf(c)])).toEqual([
      ['ARS', 2],
      ['BRL', 2],
      ['MXN', 2],
      ['CLP', 0],
      ['COP', 0],
      ['PEN', 2],
      ['UYU', 2],
    ]);
  });
});
