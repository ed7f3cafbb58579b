import { aborted, type GatewayError, networkError, timeout } from '@reembolso/core';

/** The signals of one attempt: the caller's, and the timeout linked with it. */
export interface AttemptSignals {
  /** The caller's signal, when it gave one. */
  readonly caller: AbortSignal | undefined;
  /** The attempt's own timeout. */
  readonly timeout: AbortSignal;
  /** How long the timeout was, in milliseconds. */
  readonly timeoutMs: number;
}

/** What is kept of a foreign failure: plain data, so it prints and serializes safely. */
export interface FailureCause {
  /** The exception's name (`TypeError`, `AbortError`), or the type of a thrown non-error. */
  readonly name: string;
  /** Its message, followed by the message of its own cause when it had one. */
  readonly message: string;
  /** A system error code such as `ECONNRESET`, when the platform gave one. */
  readonly code?: string;
}

const describe = (cause: unknown): FailureCause => {
  if (!(cause instanceof Error)) return { name: typeof cause, message: String(cause) };
  // Node's fetch hides the socket error (ECONNRESET, ENOTFOUND) in `cause`.
  const inner: unknown = cause.cause;
  const code =
    inner instanceof Error && 'code' in inner && typeof inner.code === 'string'
      ? inner.code
      : 'code' in cause && typeof cause.code === 'string'
        ? cause.code
        : undefined;
  const message = inner instanceof Error ? `${cause.message}: ${inner.message}` : cause.message;
  return code === undefined ? { name: cause.name, message } : { name: cause.name, message, code };
};

/**
 * Classifies why an HTTP exchange threw, by which signal fired rather than by the shape of the
 * exception (which differs between runtimes): the caller's signal means `Aborted`, the attempt's
 * timeout means `Timeout`, anything else is `Network` (reset, refused, DNS, a body cut short).
 * When both signals fired, the caller's intent wins.
 *
 * Returns the transport error; the foreign exception is kept as a plain {@link FailureCause}.
 */
export const transportFailure = (cause: unknown, signals: AttemptSignals): GatewayError => {
  if (signals.caller?.aborted) return aborted();
  if (signals.timeout.aborted) return timeout({ timeoutMs: signals.timeoutMs });
  const described = describe(cause);
  return networkError({
    message: `the request got no answer (${described.message})`,
    cause: described,
  });
};
