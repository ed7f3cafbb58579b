import { canonicalRequest, type WriteRequest } from './canonical-request.js';
import { sha256Into } from './sha256.js';

/** The SHA-256 of a write's canonical form, as 64 lower-case hex digits. */
export type RequestFingerprint = string;

// Every write is fingerprinted, so nothing is allocated per call but the canonical text and the
// fingerprint itself: the UTF-8 bytes go into a buffer kept between calls (grown for a larger
// request), the digest into a kept state, its hex digits into kept char codes. Synchronous, so
// two calls never share them at once.
const encoder = new TextEncoder();
let bytes = new Uint8Array(1024);
const state = new Int32Array(8);
const digits = new Array<number>(64).fill(0);
const HEX_DIGIT = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));

// The UTF-8 of `text` into `bytes`; returns how many bytes it takes.
const encode = (text: string): number => {
  const first = encoder.encodeInto(text, bytes);
  if (first.read === text.length) return first.written;
  // UTF-8 takes at most 3 bytes per UTF-16 unit.
  bytes = new Uint8Array(text.length * 3);
  return encoder.encodeInto(text, bytes).written;
};

/**
 * The fingerprint an idempotency record keeps instead of the request: the SHA-256 of
 * {@link canonicalRequest}, so a 60 KB body costs 32 bytes, and two writes have the same
 * fingerprint exactly when they are the same request.
 *
 * Returns the {@link RequestFingerprint}. Total: never fails.
 */
export const requestFingerprint = (request: WriteRequest): RequestFingerprint => {
  // Encoded first: a large request replaces `bytes`.
  const length = encode(canonicalRequest(request));
  sha256Into(state, bytes, length);
  for (let i = 0; i < 64; i += 1) {
    const word = state[i >>> 3] as number;
    digits[i] = HEX_DIGIT[(word >>> (28 - (i & 7) * 4)) & 0xf] as number;
  }
  // One flat 64-character string, not a rope of pieces held by every record.
  return String.fromCharCode(...digits);
};
