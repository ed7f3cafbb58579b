import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinJsonDepth, MAX_JSON_DEPTH } from '../src/wire/json-depth.js';

// The depth of a tree of JSON, recursively: the obviously right answer for trees.
const depthOf = (value: unknown): number =>
  typeof value !== 'object' || value === null
    ? 0
    : 1 + Math.max(0, ...Object.values(value).map(depthOf));

// A chain of arrays, each holding the next twice: 2^levels paths over `levels` objects.
const sharedChain = (levels: number): unknown => {
  let value: unknown = [];
  for (let i = 1; i < levels; i += 1) value = [value, value];
  return value;
};

describe('isWithinJsonDepth', () => {
  it('agrees with the depth of the tree, around the limit', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: MAX_JSON_DEPTH + 4 }), (value) => {
        expect(isWithinJsonDepth(value)).toBe(depthOf(value) <= MAX_JSON_DEPTH);
      }),
      { numRuns: 300 },
    );
  });

  it('takes a tree exactly as deep as the limit, and refuses one a level deeper', () => {
    const nested = (levels: number): unknown =>
      Array.from({ length: levels - 1 }).reduce<unknown>((inner) => ({ a: [1, inner] }), []);
    expect(depthOf(nested(33))).toBe(65);
    expect(isWithinJsonDepth(nested(32))).toBe(true);
    expect(isWithinJsonDepth(nested(33))).toBe(false);
  });

  it('answers at once on shared values with more paths than any walk could take', () => {
    expect(isWithinJsonDepth(sharedChain(MAX_JSON_DEPTH))).toBe(true);
    expect(isWithinJsonDepth(sharedChain(MAX_JSON_DEPTH + 1))).toBe(false);
  });

  it('finds a cycle too deep', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    expect(isWithinJsonDepth(cycle)).toBe(false);
  });
});
