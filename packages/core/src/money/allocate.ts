import { exactInteger } from './proportional-share.js';

/**
 * Splits `total` minor units over `weights` in proportion, by largest remainder: each part gets
 * the floor of its exact share, and the units left over go one each to the largest remainders,
 * ties to the lower index. The parts always add up to `total` exactly.
 *
 * Expects a non-negative integer `total` and non-negative integer weights; when every weight is
 * zero, every part is zero. Non-integers are truncated toward zero, never thrown.
 */
export const allocate = (total: number, weights: readonly number[]): number[] => {
  const sum = weights.reduce((acc, w) => acc + w, 0);
  if (sum <= 0) return weights.map(() => 0);
  const bigTotal = exactInteger(total);
  const bigSum = exactInteger(sum);
  if (bigSum <= 0n) return weights.map(() => 0);
  const parts = weights.map((w) => {
    const product = bigTotal * exactInteger(w);
    return { floor: Number(product / bigSum), remainder: product % bigSum };
  });
  let left = total - parts.reduce((acc, p) => acc + p.floor, 0);
  const order = parts
    .map((p, index) => ({ index, remainder: p.remainder }))
    .sort((a, b) =>
      a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
    );
  const result = parts.map((p) => p.floor);
  for (const { index } of order) {
    if (left <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    left -= 1;
  }
  return result;
};
