import { BODY_LIMIT_BYTES } from './read-json-body.js';
import type { SandboxRequest } from './sandbox-request.js';

const readCapped = async (request: Request, limit: number): Promise<Uint8Array> => {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: a cancelled branch of a teed stream (msw clones requests) settles only
      // once every branch is cancelled.
      reader.cancel().catch(() => undefined);
      break;
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
};

/**
 * The msw door: a Fetch `Request` as the routes read it, its body read (up to the limit) only
 * when a route asks for it.
 *
 * Returns the {@link SandboxRequest}.
 */
export const fromFetchRequest = (request: Request): SandboxRequest => ({
  headers: request.headers,
  bytes: () => readCapped(request, BODY_LIMIT_BYTES),
});
