/** What a secret is replaced with wherever it would otherwise show. */
export const REDACTED = '[redacted]';

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> => {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * A function that copies plain data (strings, arrays, plain objects) with every occurrence of
 * `secret` replaced by {@link REDACTED}. The HTTP adapter passes every error and hook payload
 * through it, so the access token cannot leave through a message a server or a socket echoed.
 * Other values (dates, class instances) are passed through as they are; an empty secret changes
 * nothing.
 *
 * Returns the scrubbing function. Total: never fails.
 */
export const redactSecret = (secret: string): (<T>(value: T) => T) => {
  const scrub = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replaceAll(secret, REDACTED);
    if (Array.isArray(value)) return value.map(scrub);
    if (isPlainObject(value)) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item)]));
    }
    return value;
  };
  // `scrub` keeps the shape of plain data and only rewrites strings, so the type is unchanged.
  return <T>(value: T): T => (secret === '' ? value : (scrub(value) as T));
};
