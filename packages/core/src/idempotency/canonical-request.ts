/** A write as it reaches a provider: method, path and body (absent when it has none). */
export interface WriteRequest {
  /** The HTTP method, `POST` or `PUT`. */
  readonly method: string;
  /** The path, ids already in it: `/v1/payments/123/refunds`. */
  readonly path: string;
  /** The body as parsed JSON (or the port's request, in memory); `undefined` for none. */
  readonly body?: unknown;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// A value JSON leaves out of an object (and writes as null in an array).
const isAbsent = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

const canonicalValue = (value: unknown): string => {
  if (typeof value === 'number') {
    // JSON numbers read back as doubles, so 10.50 and 10.5 are one value. NaN and the infinities
    // stay apart from null (and from each other): a port request may hold them.
    return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const items: readonly unknown[] = value;
    return `[${items.map((item) => (isAbsent(item) ? 'null' : canonicalValue(item))).join(',')}]`;
  }
  if (isRecord(value)) {
    // A loop, not filter/sort/map: every keyed write's body comes through here.
    const keys = Object.keys(value);
    if (keys.length > 1) keys.sort();
    let members = '';
    for (const key of keys) {
      const member = value[key];
      if (isAbsent(member)) continue;
      members += `${members === '' ? '' : ','}${JSON.stringify(key)}:${canonicalValue(member)}`;
    }
    return `{${members}}`;
  }
  return 'null';
};

/**
 * The canonical form of a write: a JSON array of the method, the path and, when there is one, the
 * body with its object keys sorted, no whitespace, and numbers as their shortest round-trip
 * decimal. Two writes with the same canonical form are the same request: `{"amount":
 * 10.50, "x": 1}` and `{"x":1,"amount":10.5}` are one request.
 *
 * Returns the canonical text. Total: never fails.
 */
export const canonicalRequest = (request: WriteRequest): string => {
  const head = `${JSON.stringify(request.method)},${JSON.stringify(request.path)}`;
  return isAbsent(request.body) ? `[${head}]` : `[${head},${canonicalValue(request.body)}]`;
};
