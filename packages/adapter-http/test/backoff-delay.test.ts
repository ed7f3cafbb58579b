import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../src/index.js';

const policy: RetryPolicy = {
  ...DEFAULT_RETRY_POLICY,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
};
const noJitter = (): number => 0;
const fullJitter = (): number => 0.999_999;

type Row = readonly [
  rule: string,
  retry: number,
  retryAfterMs: number | null,
  random: () => number,
  expected: number,
];

const half = (): number => 0.5;

const table: readonly Row[] = [
  // Exponential: each retry doubles the step, from initialDelayMs.
  ['waits the initial step before the first retry', 1, null, noJitter, 500],
  ['doubles it before the second', 2, null, noJitter, 1_000],
  ['and again before the third', 3, null, noJitter, 2_000],
  // Capped: a step never passes maxDelayMs.
  ['caps the step at maxDelayMs', 5, null, noJitter, 8_000],
  ['keeps the cap however many retries', 40, null, noJitter, 8_000],
  // Jitter takes up to a quarter off, never more.
  ['takes at most a quarter off with jitter', 1, null, fullJitter, 375],
  ['takes a quarter of the cap off at most', 9, null, fullJitter, 6_000],
  ['takes half of the quarter off at random 0.5', 2, null, half, 875],
  // Retry-After is honoured exactly, whatever the retry number.
  ['honours Retry-After exactly', 1, 1_000, fullJitter, 1_000],
  ['honours Retry-After of 0', 3, 0, noJitter, 0],
  ['honours Retry-After above the backoff cap', 1, 30_000, noJitter, 30_000],
];

describe('backoffDelay', () => {
  it.each(table)('%s', (_rule, retry, retryAfterMs, random, expected) => {
    expect(backoffDelay(retry, retryAfterMs, policy, random)).toBe(expected);
  });

  it('stays within 75 % and 100 % of the step for any random number', () => {
    for (let i = 0; i <= 100; i += 1) {
      const delay = backoffDelay(3, null, policy, () => i / 100);
      expect(delay).toBeGreaterThanOrEqual(1_500);
      expect(delay).toBeLessThanOrEqual(2_000);
    }
  });

  it('treats a random source outside [0, 1) as its nearest bound', () => {
    expect(backoffDelay(1, null, policy, () => -3)).toBe(500);
    expect(backoffDelay(1, null, policy, () => 7)).toBe(375);
  });
});
