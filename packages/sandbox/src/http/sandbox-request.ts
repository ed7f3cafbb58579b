/**
 * A request as the routes read it, whichever door it came in by (msw's Fetch `Request`, or a
 * `node:http` request): its headers and its body's bytes. The routes parse the body once, from
 * these bytes.
 */
export interface SandboxRequest {
  /** Its headers: `get` answers a header's value (several joined by `, `), or `null`. */
  readonly headers: { readonly get: (name: string) => string | null };
  /**
   * Its body: at most `BODY_LIMIT_BYTES` + 1 bytes of it (so that a longer body shows as too
   * long), empty when there is none. Rejects when the body cannot be read.
   */
  readonly bytes: () => Promise<Uint8Array>;
}
