// A small fetch client for the sandbox over loopback, so each test reads as the request it makes.

/** What one call sends. */
export interface CallOptions {
  /** The access token; `null` sends no Authorization header. */
  readonly token?: string | null;
  /** A value to send as JSON, or a raw string sent as is. */
  readonly body?: unknown;
  /** `X-Idempotency-Key`. */
  readonly key?: string;
  /** Extra or overriding headers. */
  readonly headers?: Record<string, string>;
}

/** What one call got back. */
export interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON answers.
  readonly json: any;
}

/** The default access token of the tests. */
export const TOKEN = 'TEST-collector-a';

/** A client bound to a sandbox base URL. */
export const clientFor =
  (baseUrl: string) =>
  async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = {};
    const token = options.token === undefined ? TOKEN : options.token;
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
      headers['content-type'] = 'application/json';
    }
    if (options.key !== undefined) headers['x-idempotency-key'] = options.key;
    Object.assign(headers, options.headers);
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      text,
      json,
    };
  };
