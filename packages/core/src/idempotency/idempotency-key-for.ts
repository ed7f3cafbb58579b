import { uuidBytes, uuidV5 } from './uuid-v5.js';

/**
 * The namespace of reembolso's derived idempotency keys:
 * UUID v5 of `urn:reembolso:idempotency-key` in the RFC 9562 URL namespace.
 */
export const IDEMPOTENCY_KEY_NAMESPACE = 'f341dcf8-ecec-51ee-88f0-e01eda221b0b';

const NAMESPACE_BYTES = uuidBytes(IDEMPOTENCY_KEY_NAMESPACE) ?? new Uint8Array(16);

/**
 * A stable idempotency key derived from a business reference, such as an order id and the number
 * of the refund within that order: `idempotencyKeyFor(['order-8812', 'refund', 2])`. Any process
 * that derives the key from the same reference gets the same key, so a retry after a crash, from
 * another worker or another deploy replays the first outcome instead of refunding twice.
 *
 * The parts are read as strings (`2` and `'2'` are the same part) and joined unambiguously
 * (`['a/b', 'c']` and `['a', 'b/c']` give different keys). Include everything that makes the
 * write unique; keys are scoped per access token, so another application sharing the token should
 * add its own name as a part.
 *
 * Returns a UUID v5 (lower-case, dashed). Total: never fails.
 */
export const idempotencyKeyFor = (parts: readonly (string | number)[]): string =>
  uuidV5(JSON.stringify(parts.map(String)), NAMESPACE_BYTES);
