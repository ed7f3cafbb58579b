// Bounded accounts, measured: any number of tokens costs at most `maxAccounts` accounts of heap.
// The full figure (100 000 tokens against a default sandbox) is in docs/benchmarks.md.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createAccounts, DEFAULT_MAX_ACCOUNTS } from '../src/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

// Heap growth after `tokens` distinct tokens each made their account, the accounts still held.
const growthFor = (tokens: number, maxAccounts: number): number => {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const accounts = createAccounts({ maxAccounts });
  for (let i = 0; i < tokens; i += 1) accounts.gatewayFor(`TEST-heap-${i}`);
  gc();
  gc();
  const growth = process.memoryUsage().heapUsed - before;
  expect(accounts.gatewayFor('TEST-heap-0').isOk()).toBe(true);
  return growth;
};

const MiB = 1024 * 1024;

// The least growth of three runs: garbage the collector has not reached yet only ever adds, so
// the least is the steadiest figure on a busy machine.
const leastGrowthFor = (tokens: number, maxAccounts: number): number =>
  Math.min(...[0, 1, 2].map(() => growthFor(tokens, maxAccounts)));

describe('the accounts of a sandbox', () => {
  it('take bounded heap: 50 times the cap of tokens stays under a 64 MiB-per-100 000 budget', () => {
    // The acceptance figure, scaled down by ten: 100 000 tokens / 2 000 accounts → 10 000 / 200.
    const cap = DEFAULT_MAX_ACCOUNTS / 10;
    const growth = leastGrowthFor(cap * 50, cap);
    expect(growth).toBeLessThan(64 * MiB * (cap / DEFAULT_MAX_ACCOUNTS));
  });

  it('grow no further with more tokens once the cap is reached', () => {
    const cap = 200;
    const some = leastGrowthFor(cap * 5, cap);
    const many = leastGrowthFor(cap * 25, cap);
    // Unbounded, 25 times the cap would hold five times the accounts of 5 times the cap.
    expect(many).toBeLessThan(some * 1.5 + 2 * MiB);
  });
});
