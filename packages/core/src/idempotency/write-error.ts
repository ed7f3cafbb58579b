import type {
  Aborted,
  GatewayError,
  IdempotencyInProgress,
  InvalidResponse,
  NetworkError,
  RateLimited,
  ServerError,
  Timeout,
  UnknownApiError,
} from '../errors.js';

/**
 * The failures after which a write may have taken effect: no answer (`Network`, `Timeout`,
 * `Aborted`), an answer that says nothing of the outcome (`ServerError`, `InvalidResponse`,
 * `UnknownApiError`), or a last attempt refused for now (`RateLimited`, `IdempotencyInProgress`)
 * after earlier attempts whose answers were lost.
 */
export type UncertainWriteError =
  | Timeout
  | Aborted
  | NetworkError
  | ServerError
  | InvalidResponse
  | RateLimited
  | UnknownApiError
  | IdempotencyInProgress;

/** An uncertain failure with the key its write was sent under. */
export type KeyedWriteError = UncertainWriteError extends infer E
  ? E extends UncertainWriteError
    ? E & { readonly idempotencyKey: string }
    : never
  : never;

/**
 * A failure that by itself proves nothing was written, yet may follow an earlier attempt of the
 * same write whose answer was lost (a 401 on the retry of a timed-out refund): then it carries
 * the key that was sent too.
 */
export type SettledWriteError = Exclude<GatewayError, UncertainWriteError> & {
  readonly idempotencyKey?: string;
};

/**
 * What a write fails with (**Contract**): any `GatewayError`, where every failure after
 * which the write may have taken effect carries `idempotencyKey`, the key that was sent: always
 * an {@link UncertainWriteError}, and any other failure that came after an uncertain attempt of
 * the same write. Retrying with it replays the write instead of doing it twice; an error without
 * the field proves nothing was written.
 */
export type WriteError = SettledWriteError | KeyedWriteError;

const UNCERTAIN: ReadonlySet<GatewayError['type']> = new Set<UncertainWriteError['type']>([
  'Timeout',
  'Aborted',
  'Network',
  'ServerError',
  'InvalidResponse',
  'RateLimited',
  'UnknownApiError',
  'IdempotencyInProgress',
]);

/**
 * Whether a write may have taken effect when an attempt of it failed with `error`: no answer, an
 * answer that says nothing of the outcome, or one refused for now. Pure and total.
 */
export const mayHaveTakenEffect = (error: GatewayError): error is UncertainWriteError =>
  UNCERTAIN.has(error.type);

/**
 * Tags a failure of the write sent under `idempotencyKey` with that key when the write may have
 * taken effect: when the failure is uncertain, or when `afterUncertainAttempt` says an earlier
 * attempt of the same write was. Any other failure is returned as it is, and a key it already
 * carries is kept.
 *
 * Returns a function from `GatewayError` to {@link WriteError}. Pure and total.
 */
export const withIdempotencyKey =
  (idempotencyKey: string, afterUncertainAttempt = false) =>
  (error: GatewayError): WriteError =>
    mayHaveTakenEffect(error)
      ? ({ ...error, idempotencyKey } as KeyedWriteError)
      : afterUncertainAttempt
        ? { ...error, idempotencyKey }
        : error;
