import { exactInteger } from './proportional-share.js';

/**
 * Splits `total` minor units over `weights` in proportion, by largest remainder: each part gets
 * the floor of its exact share, and the units left over go one each to the largest remainders,
 * ties to the lower index. The parts always add up to `total` exactly.
 *
 * Expects a non-negative integer `total` and non-negative integer weights; when every weight is
 * zero, every part is zero. Non-integers are truncated toward zero, never thrown. The arithmetic
 * is on `BigInt`s, so it stays exact when the weights add up beyond `Number.MAX_SAFE_INTEGER`.
 */
export const allocate = (total: number, weights: readonly number[]): number[] => {
  const bigWeights = weights.map(exactInteger);
  const bigSum = bigWeights.reduce((acc, w) => acc + w, 0n);
  if (bigSum <= 0n) return weights.map(() => 0);
  const bigTotal = exactInteger(total);
  const parts = bigWeights.map((w) => {
    const product = bigTotal * w;
    return { floor: product / bigSum, remainder: product % bigSum };
  });
  let left = bigTotal - parts.reduce((acc, p) => acc + p.floor, 0n);
  const order = parts
    .map((p, index) => ({ index, remainder: p.remainder }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  const result = parts.map((p) => p.floor);
  for (const { index } of order) {
    if (left <= 0n) break;
    result[index] = (result[index] ?? 0n) + 1n;
    left -= 1n;
  }
  // Every part is at most `total`, a safe integer: the conversion is exact.
  return result.map(Number);
};
