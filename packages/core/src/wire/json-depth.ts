/** How deeply JSON may nest (objects and arrays) before reembolso refuses it (SPEC §12). */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `value` nests objects and arrays at most `maxDepth` levels deep (`{}` is 1, a scalar 0).
 * Walks without recursion, so a hostile input cannot overflow the stack here; stops as soon as
 * it is too deep, so a cyclic value is simply too deep. Shared sub-values are walked again only
 * when reached deeper than before, which bounds the walk on any object graph. Total, pure.
 */
export const isWithinJsonDepth = (value: unknown, maxDepth: number = MAX_JSON_DEPTH): boolean => {
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
