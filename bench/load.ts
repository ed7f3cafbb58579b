import { type Child, startChild } from './child.js';

/** What one load run sends: a fixed GET, or refunds with a fresh key each. */
export type LoadRequest =
  | { readonly kind: 'get'; readonly path: string }
  | {
      readonly kind: 'refund';
      /** The numeric id of the first payment; each takes `refundsPerPayment`, then the next. */
      readonly firstPaymentId: number;
      readonly refundsPerPayment: number;
      readonly body: string;
    };

/** One load run of the separate load generator against one server. */
export interface LoadPlan {
  /** Names the server: refund numbers (keys, payments) go on across runs per target. */
  readonly target: string;
  /** The server's origin. */
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  /** Throughput is also counted per window of this many seconds; one window by default. */
  readonly windowSeconds?: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly request: LoadRequest;
}

/** What the load generator measured. */
export interface LoadResult {
  /** 2xx answers per second over the run. */
  readonly requestsPerSecond: number;
  /** The 99th percentile latency, in milliseconds. */
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
  /** 2xx answers per second in each window. */
  readonly windows: readonly number[];
}

/** The load generator (autocannon) in its own Node process, for several runs. */
export interface LoadGenerator {
  /** Runs one load; rejects when any answer was not 2xx or any connection failed. */
  readonly load: (plan: LoadPlan) => Promise<LoadResult>;
  readonly close: () => Promise<void>;
}

/** Starts the load generator's process. */
export const startLoadGenerator = (): LoadGenerator => {
  const child: Child = startChild(new URL('./load-worker.ts', import.meta.url));
  return {
    load: async (plan) => {
      const result = await child.ask<LoadResult>(plan);
      if (result.non2xx > 0 || result.errors > 0) {
        throw new Error(
          `${plan.target}: ${result.non2xx} answers were not 2xx, ${result.errors} failed`,
        );
      }
      return result;
    },
    close: child.close,
  };
};
