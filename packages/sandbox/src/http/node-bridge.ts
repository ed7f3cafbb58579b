import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequest } from '@reembolso/core';
import { err, ok, Result } from 'neverthrow';
import type { SandboxError } from '../errors.js';
import { BODY_LIMIT_BYTES } from './read-json-body.js';

// Headers about this one connection, not about the request; the body is re-sent whole.
const HOP_BY_HOP: ReadonlySet<string> = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'content-length',
  'te',
  'trailer',
  'upgrade',
  'expect',
]);

/**
 * Reads a Node request body, keeping at most `cap` bytes and discarding the rest, so an
 * oversized body costs no memory yet is read to its end (the client then gets its 413 rather
 * than a reset connection).
 */
const readCapped = (req: IncomingMessage, cap: number): Promise<Buffer> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    req.on('data', (chunk: Buffer) => {
      if (kept >= cap) return;
      const part = chunk.subarray(0, cap - kept);
      chunks.push(part);
      kept += part.byteLength;
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // A client that hangs up leaves nothing to answer; what arrived is judged as it is.
    req.on('error', () => resolve(Buffer.concat(chunks)));
  });

const isWellFormedPath = (pathname: string): boolean =>
  pathname.split('/').every((segment) => {
    try {
      decodeURIComponent(segment);
      return true;
    } catch {
      return false;
    }
  });

/**
 * A Node `IncomingMessage` as a Fetch `Request` on `origin`, with its body (at most one byte over
 * the sandbox's limit, so the limit is enforced where every other request is judged). Returns
 * the request, or `BadRequest` for a target, method or header that a Fetch request cannot carry.
 */
export const toFetchRequest = async (
  req: IncomingMessage,
  origin: string,
): Promise<Result<Request, SandboxError>> => {
  const body = await readCapped(req, BODY_LIMIT_BYTES + 1);
  const method = req.method ?? 'GET';
  return Result.fromThrowable(
    () => {
      const target = req.url ?? '/';
      // Origin-form targets are paths, even `//x` (which URL resolution would take for a host).
      const url = new URL(target.startsWith('/') ? `${origin}${target}` : target);
      const headers = new Headers();
      const raw = req.rawHeaders;
      for (let index = 0; index + 1 < raw.length; index += 2) {
        const name = raw[index] ?? '';
        if (!HOP_BY_HOP.has(name.toLowerCase())) headers.append(name, raw[index + 1] ?? '');
      }
      const withBody = method !== 'GET' && method !== 'HEAD' && body.byteLength > 0;
      return { url, request: new Request(url, { method, headers, ...(withBody ? { body } : {}) }) };
    },
    () => badRequest('the request could not be read'),
  )().andThen(({ url, request }) =>
    isWellFormedPath(url.pathname)
      ? ok(request)
      : err(badRequest('the request path has a malformed percent-encoding')),
  );
};

/** Writes a Fetch `Response` to a Node `ServerResponse`: status, headers and the whole body. */
export const writeResponse = async (res: ServerResponse, response: Response): Promise<void> => {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.setHeader('content-length', body.byteLength);
  res.end(body);
};
