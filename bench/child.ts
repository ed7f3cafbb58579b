import { type ChildProcess, fork } from 'node:child_process';

// Children run TypeScript through tsx, reading workspace packages from their sources.
const EXEC_ARGV = ['--import', import.meta.resolve('tsx'), '--conditions=source'];

/** A child process running `script`, which answers each message with one message. */
export interface Child {
  /** Sends `input` and resolves with the child's next message. */
  readonly ask: <T>(input: unknown) => Promise<T>;
  /** Ends the child. */
  readonly close: () => Promise<void>;
}

/** Starts `script` (a bench module that calls {@link answerParent}) in its own Node process. */
export const startChild = (script: URL): Child => {
  const child: ChildProcess = fork(script, [], { execArgv: EXEC_ARGV, stdio: 'inherit' });
  const ask = <T>(input: unknown): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${script} exited with ${code}`));
      child.once('exit', onExit);
      child.once('message', (message) => {
        child.off('exit', onExit);
        const answer = message as { error?: string; value?: T };
        if (answer.error !== undefined) reject(new Error(answer.error));
        else resolve(answer.value as T);
      });
      child.send(input as object);
    });
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return { ask, close };
};

/** Runs `script` in a fresh process for one question, then ends it. */
export const inChild = async <T>(script: URL, input: unknown): Promise<T> => {
  const child = startChild(script);
  try {
    return await child.ask<T>(input);
  } finally {
    await child.close();
  }
};

/** In a child: answers every message from the parent with `work`'s result (or its error). */
export const answerParent = <I, O>(work: (input: I) => Promise<O> | O): void => {
  process.on('message', async (input) => {
    try {
      process.send?.({ value: await work(input as I) });
    } catch (error) {
      process.send?.({
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    }
  });
};
