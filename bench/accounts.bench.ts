import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_MAX_ACCOUNTS, startSandbox } from '@reembolso/sandbox';
import { BENCH_START } from './fixtures.js';
import type { Section } from './goal.js';
import { formatCount } from './measure.js';

const TOKENS = 100_000;
const CONCURRENCY = 16;

/** What 100 000 distinct tokens did to a default sandbox's heap. */
export interface AccountHeapFigure {
  /** Distinct tokens sent, one `GET /sandbox/clock` each. */
  readonly tokens: number;
  /** The accounts cap the sandbox ran with (its default). */
  readonly maxAccounts: number;
  /** Heap growth after the run, garbage collected, in bytes. */
  readonly growthBytes: number;
  /** Requests per second of the run. */
  readonly requestsPerSecond: number;
}

/**
 * Sends 100 000 distinct well-formed bearer tokens to a default sandbox over loopback (each
 * creates an account) and measures the heap it still holds afterwards: the accounts cap, not the
 * number of tokens, decides it.
 */
export const benchAccountHeap = async (): Promise<AccountHeapFigure> => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const sandbox = await startSandbox({ clock: BENCH_START });
  try {
    const clock = `${sandbox.url}/sandbox/clock`;
    const once = async (i: number) => {
      const response = await fetch(clock, { headers: { authorization: `Bearer TEST-t-${i}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`status ${response.status}`);
    };
    await once(-1);
    gc();
    gc();
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < TOKENS) {
        next += 1;
        await once(next);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    gc();
    gc();
    return {
      tokens: TOKENS,
      maxAccounts: DEFAULT_MAX_ACCOUNTS,
      growthBytes: process.memoryUsage().heapUsed - before,
      requestsPerSecond: TOKENS / seconds,
    };
  } finally {
    await sandbox.close();
  }
};

const ACCOUNTS_GOAL_BYTES = 64 * 1024 * 1024;

/** The page's section for {@link benchAccountHeap}'s figure, with its goal. */
export const accountsSection = (accounts: AccountHeapFigure): Section => {
  const mib = `${(accounts.growthBytes / 1024 / 1024).toFixed(1)} MiB`;
  return {
    goals: [
      {
        path: `sandbox, ${formatCount(accounts.tokens)} distinct tokens`,
        today: `heap growth ${mib}`,
        goal: 'heap growth < 64 MiB',
        met: accounts.growthBytes < ACCOUNTS_GOAL_BYTES,
        why: 'accounts beyond the cap should have been evicted.',
      },
    ].map(({ why, ...goal }) => (goal.met ? goal : { ...goal, why })),
    markdown: `## Sandbox accounts

${formatCount(accounts.tokens)} distinct bearer tokens, one \`GET /sandbox/clock\` each (every one
makes an account), against a default sandbox (at most ${formatCount(accounts.maxAccounts)} accounts held,
the idlest evicted first), ${CONCURRENCY} concurrent clients (\`bench/accounts.bench.ts\`).

| what | figure |
|---|---|
| heap growth after the run | ${mib} |
| requests | ${formatCount(accounts.requestsPerSecond)} req/s |
`,
  };
};
