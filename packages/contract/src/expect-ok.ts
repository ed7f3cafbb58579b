import type { Result } from 'neverthrow';

/** The value of an `Ok`; throws (a test failure) naming the error of an `Err`. */
export const expectOk = <T>(result: Result<T, unknown>): T => {
  if (result.isErr()) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
};
