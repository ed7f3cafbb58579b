import { err, ok, type Result } from 'neverthrow';
import {
  type BadRequest,
  badRequest,
  type MissingIdempotencyKey,
  missingIdempotencyKey,
} from '../errors.js';
import { newIdempotencyKey } from './new-idempotency-key.js';

// Visible ASCII only: a header value cannot hold control characters, and spaces invite mistakes.
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Checks an idempotency key given by a caller: 1 to 255 visible ASCII characters, as a header
 * value must be.
 *
 * Returns the key, or `BadRequest`.
 */
export const checkIdempotencyKey = (key: string): Result<string, BadRequest> =>
  KEY.test(key)
    ? ok(key)
    : err(badRequest('an idempotency key is 1 to 255 visible ASCII characters'));

/**
 * The one key of a logical write, decided before its first attempt: the caller's,
 * checked, or else a fresh UUID v4. Reuse it on every attempt of that write.
 *
 * Returns the key, or `BadRequest` for a caller's key that is not one.
 */
export const writeKeyOf = (given: string | undefined): Result<string, BadRequest> =>
  given === undefined ? ok(newIdempotencyKey()) : checkIdempotencyKey(given);

/**
 * The key a provider reads from an `X-Idempotency-Key` header value (`null` when absent),
 * trimmed.
 *
 * Returns it, or `MissingIdempotencyKey` (4292) when absent or blank.
 */
export const idempotencyKeyOfHeader = (
  value: string | null | undefined,
): Result<string, MissingIdempotencyKey> => {
  const key = value?.trim() ?? '';
  return key === '' ? err(missingIdempotencyKey()) : ok(key);
};
