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
 * What a write fails with (SPEC §11, **Contract**): any `GatewayError`, where every failure after
 * which the write may have taken effect ({@link UncertainWriteError}) carries `idempotencyKey`,
 * the key that was sent. Retrying with it replays the write instead of doing it twice.
 */
export type WriteError = Exclude<GatewayError, UncertainWriteError> | KeyedWriteError;

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

const isUncertain = (error: GatewayError): error is UncertainWriteError =>
  UNCERTAIN.has(error.type);

/**
 * Tags a failure of the write sent under `idempotencyKey` with that key when the write may have
 * taken effect; any other failure is returned as it is.
 *
 * Returns a function from `GatewayError` to {@link WriteError}. Pure and total.
 */
export const withIdempotencyKey =
  (idempotencyKey: string) =>
  (error: GatewayError): WriteError =>
    isUncertain(error) ? ({ ...error, idempotencyKey } as KeyedWriteError) : error;
