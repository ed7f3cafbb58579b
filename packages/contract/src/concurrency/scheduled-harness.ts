import { classicPolicy } from '@reembolso/core';
import type fc from 'fast-check';
import { CONTRACT_EPOCH } from '../fixtures.js';
import type { Awaitable, ContractHarness, GatewayContractOptions } from '../harness.js';

/** What a concurrency scenario gets: the adapter, and the scheduler's two ways in. */
export interface ScheduledRun {
  readonly harness: ContractHarness;
  /** Awaits `value`, releasing scheduled tasks until it settles. */
  readonly drive: <T>(value: Awaitable<T> | PromiseLike<T>) => Promise<T>;
  /** Starts `call` at the moment the scheduler picks, so calls begin in a random order. */
  readonly startScheduled: <T>(label: string, call: () => PromiseLike<T>) => Promise<T>;
}

/**
 * Builds an adapter (at {@link CONTRACT_EPOCH}, classic policy, `latencyMs` per write) whose
 * calls `scheduler` drives (the harness gets `schedule` to drive its inner steps too), runs
 * `scenario` on it, and tears it down. Every scheduled task is created already settled, so
 * releasing one never waits on another: no schedule can deadlock.
 */
export const withScheduledHarness = async (
  create: GatewayContractOptions['create'],
  scheduler: fc.Scheduler,
  latencyMs: number,
  scenario: (run: ScheduledRun) => Promise<void>,
): Promise<void> => {
  const drive = <T>(value: Awaitable<T> | PromiseLike<T>): Promise<T> =>
    scheduler.waitFor(Promise.resolve(value));
  const harness = await drive(
    create({
      clock: CONTRACT_EPOCH,
      policy: classicPolicy,
      latencyMs,
      schedule: (task, label) => scheduler.schedule(task, label),
    }),
  );
  try {
    await scenario({
      harness,
      drive,
      startScheduled: (label, call) =>
        scheduler.schedule(Promise.resolve(label), label).then(() => call()),
    });
  } finally {
    await drive(harness.close?.());
  }
};
