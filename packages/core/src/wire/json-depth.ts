/** How deeply JSON may nest (objects and arrays) before reembolso refuses it. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `value` nests objects and arrays at most `maxDepth` levels deep (`{}` is 1, a scalar 0).
 * Recurses at most {@link MAX_JSON_DEPTH} levels (deeper limits walk without recursion), so a
 * hostile input cannot overflow the stack here; stops as soon as it is too deep, so a cyclic
 * value is simply too deep. Shared sub-values are walked again only when reached deeper than
 * before, which bounds the walk on any object graph. Total, pure.
 */
export const isWithinJsonDepth = (value: unknown, maxDepth: number = MAX_JSON_DEPTH): boolean =>
  (maxDepth <= MAX_JSON_DEPTH
    ? walk(value, 1, maxDepth, { left: PLAIN_WALK_BUDGET })
    : undefined) ?? deepestFirst(value, maxDepth);

// A plain walk visits every path, so it finds the same deepest path as `deepestFirst`, and
// without a WeakMap or an array per object (most of a payment parse's time). Shared or cyclic
// values can make paths far more numerous than objects: past the budget, `undefined` hands over
// to `deepestFirst`, whose work is bounded by the number of objects. Recursion stops at maxDepth.
const PLAIN_WALK_BUDGET = 10_000;

const walk = (
  item: unknown,
  depth: number,
  maxDepth: number,
  budget: { left: number },
): boolean | undefined => {
  if (typeof item !== 'object' || item === null) return true;
  if (depth > maxDepth) return false;
  budget.left -= 1;
  if (budget.left < 0) return undefined;
  if (Array.isArray(item)) {
    for (const child of item as readonly unknown[]) {
      const within = walk(child, depth + 1, maxDepth, budget);
      if (within !== true) return within;
    }
    return true;
  }
  for (const key in item) {
    if (!Object.hasOwn(item, key)) continue;
    const within = walk((item as Record<string, unknown>)[key], depth + 1, maxDepth, budget);
    if (within !== true) return within;
  }
  return true;
};

const deepestFirst = (value: unknown, maxDepth: number): boolean => {
  const deepest = new WeakMap<object, number>();
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item !== 'object' || item === null) continue;
    if (depth > maxDepth) return false;
    if ((deepest.get(item) ?? 0) >= depth) continue;
    deepest.set(item, depth);
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
    }
  }
  return true;
};
