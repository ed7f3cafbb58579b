/**
 * Reads a body of byte chunks as UTF-8 text (a leading byte-order mark dropped, as `fetch`'s
 * `text()` drops it), counting the bytes as they arrive rather than trusting `Content-Length`.
 * Past `maxBytes` it stops reading (leaving the loop cancels the stream, which closes or frees
 * the connection).
 *
 * Returns the text, or `null` when the body is longer than `maxBytes`. Rejects when the stream
 * fails (reset, abort).
 */
export const readCapped = async (
  body: AsyncIterable<Uint8Array> | null,
  maxBytes: number,
): Promise<string | null> => {
  if (body === null) return '';
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of body) {
    length += chunk.byteLength;
    if (length > maxBytes) return null;
    chunks.push(chunk);
  }
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(whole);
};

// Decoding only, stateless between calls: one decoder serves every answer.
const decoder = new TextDecoder();
