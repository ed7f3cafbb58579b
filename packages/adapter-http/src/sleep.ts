/**
 * Waits between retries. It must resolve, never reject; when `signal` aborts it may resolve
 * early (the gateway then answers `Aborted`). Tests inject one that resolves at once.
 */
export type Sleep = (ms: number, signal: AbortSignal | undefined) => Promise<void>;

/**
 * Waits `ms` milliseconds on a timer, or less when `signal` aborts.
 *
 * Returns a promise that always resolves.
 */
export const sleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
