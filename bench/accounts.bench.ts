import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DEFAULT_MAX_ACCOUNTS, startSandbox } from '@reembolso/sandbox';
import { BENCH_START } from './fixtures.js';

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
