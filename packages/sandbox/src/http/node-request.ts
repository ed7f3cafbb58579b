import type { IncomingMessage } from 'node:http';
import { badRequest } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';
import type { SandboxError } from '../errors.js';
import { BODY_LIMIT_BYTES } from './read-json-body.js';
import type { SandboxRequest } from './sandbox-request.js';

/** A `node:http` request as the routes read it, with what the route table is matched on. */
export interface NodeRequest {
  readonly method: string;
  /** The path, as URL parsing normalizes it (dot segments resolved), still percent-encoded. */
  readonly pathname: string;
  readonly request: SandboxRequest;
}

// Reads at most `cap` bytes and drains the rest, so that the client gets its answer (a 413)
// rather than a reset.
const readCapped = (req: IncomingMessage, cap: number): Promise<Uint8Array> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    const done = () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    req.on('data', (chunk: Buffer) => {
      if (kept >= cap) return;
      const part = chunk.subarray(0, cap - kept);
      chunks.push(part);
      kept += part.byteLength;
    });
    req.on('end', done);
    // A client that hangs up leaves nothing to answer; what arrived is judged as it is.
    req.on('error', done);
  });

// Only a `%` can make a segment undecodable; most paths have none.
const isWellFormedPath = (pathname: string): boolean =>
  !pathname.includes('%') ||
  pathname.split('/').every((segment) => {
    try {
      decodeURIComponent(segment);
      return true;
    } catch {
      return false;
    }
  });

// A header's values, as Fetch's `Headers.get` gives them: every line of that name, in order,
// joined by ", " (node's `req.headers` keeps only the first of some, such as Authorization).
const headersOf = (raw: readonly string[]): SandboxRequest['headers'] => ({
  get: (name) => {
    const wanted = name.toLowerCase();
    let value: string | null = null;
    for (let index = 0; index + 1 < raw.length; index += 2) {
      if ((raw[index] as string).toLowerCase() === wanted) {
        const line = raw[index + 1] as string;
        value = value === null ? line : `${value}, ${line}`;
      }
    }
    return value;
  },
});

const NO_BODY = new Uint8Array(0);

// Methods a Fetch `Request` refuses to carry, as the msw door would never see them.
const FORBIDDEN_METHODS: ReadonlySet<string> = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * The `node:http` door: reads the request's body once (at most `BODY_LIMIT_BYTES` + 1 bytes,
 * the rest drained; GET and HEAD bodies are ignored) and resolves its path against `origin`.
 *
 * Resolves to the request with its method and path, or `BadRequest` for a method Fetch forbids
 * (`CONNECT`, `TRACE`, `TRACK`), a target that is not a URL, or a path with a malformed
 * percent-encoding. Never rejects.
 */
export const fromNodeRequest = async (
  req: IncomingMessage,
  origin: string,
): Promise<Result<NodeRequest, SandboxError>> => {
  const body = await readCapped(req, BODY_LIMIT_BYTES + 1);
  const method = req.method ?? 'GET';
  const target = req.url ?? '/';
  if (FORBIDDEN_METHODS.has(method.toUpperCase())) {
    return err(badRequest('the request could not be read'));
  }
  let pathname: string;
  try {
    // Origin-form targets are paths, even `//x` (which URL resolution would take for a host).
    pathname = new URL(target.startsWith('/') ? `${origin}${target}` : target).pathname;
  } catch {
    return err(badRequest('the request could not be read'));
  }
  if (!isWellFormedPath(pathname)) {
    return err(badRequest('the request path has a malformed percent-encoding'));
  }
  const bytes = method === 'GET' || method === 'HEAD' ? NO_BODY : body;
  return ok({
    method,
    pathname,
    request: { headers: headersOf(req.rawHeaders), bytes: () => Promise.resolve(bytes) },
  });
};
