import { createMemoryGateway } from '@reembolso/adapter-memory';
import type { ContractSetup } from '@reembolso/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concurrentRefundsProperty } from '../src/concurrency/concurrent-refunds-property.js';
import { oneKeyProperty } from '../src/concurrency/one-key-property.js';
import { createRacyGateway } from './racy-gateway.js';

// The race window is a step the suite's scheduler releases, when it offers one.
const racy = ({ clock, policy, latencyMs, schedule }: ContractSetup) => {
  const provider = createMemoryGateway({ clock, policy, latencyMs, ids: { seed: 7 } });
  const gap = (): Promise<void> =>
    schedule ? schedule(Promise.resolve(), 'racy gap') : new Promise((r) => setTimeout(r));
  return { gateway: createRacyGateway(provider, gap), controls: provider };
};

const RUNS = { numRuns: 20 };
const properties = [
  {
    name: 'never over-refunds, passes 20 refunds nor overdraws the balance',
    check: (concurrency: number) => fc.check(concurrentRefundsProperty(racy, concurrency), RUNS),
  },
  {
    name: 'creates exactly one refund from concurrent calls with one key',
    check: (concurrency: number) => fc.check(oneKeyProperty(racy, concurrency), RUNS),
  },
];

describe('the contract suite, against an adapter that reads, awaits, then writes', () => {
  for (const { name, check } of properties) {
    it(`finds a schedule that breaks "${name}"`, async () => {
      const details = await check(20);
      expect(details.failed).toBe(true);
      expect(details.counterexample).not.toBeNull();
    });

    it(`finds nothing wrong with "${name}" while calls do not overlap`, async () => {
      const details = await check(1);
      expect(details.failed).toBe(false);
    });
  }
});
