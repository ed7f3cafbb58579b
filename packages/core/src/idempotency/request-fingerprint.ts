import { canonicalRequest, type WriteRequest } from './canonical-request.js';
import { sha256 } from './sha256.js';

/** The SHA-256 of a write's canonical form, as 64 lower-case hex digits. */
export type RequestFingerprint = string;

const encoder = new TextEncoder();
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * The fingerprint an idempotency record keeps instead of the request (SPEC §11): the SHA-256 of
 * {@link canonicalRequest}, so a 60 KB body costs 32 bytes, and two writes have the same
 * fingerprint exactly when they are the same request.
 *
 * Returns the {@link RequestFingerprint}. Total: never fails.
 */
export const requestFingerprint = (request: WriteRequest): RequestFingerprint => {
  const digest = sha256(encoder.encode(canonicalRequest(request)));
  // Joined, not concatenated: one flat 64-character string, not a rope of 32 pieces held by
  // every record.
  const hex = new Array<string>(digest.length);
  for (let i = 0; i < digest.length; i += 1) hex[i] = HEX[digest[i] as number] as string;
  return hex.join('');
};
