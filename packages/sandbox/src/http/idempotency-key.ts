import { type MissingIdempotencyKey, missingIdempotencyKey } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';

/**
 * The `X-Idempotency-Key` of a request, trimmed. Returns it, or `MissingIdempotencyKey` (4292)
 * when absent or blank.
 */
export const idempotencyKeyOf = (request: Request): Result<string, MissingIdempotencyKey> => {
  const key = request.headers.get('x-idempotency-key')?.trim() ?? '';
  return key === '' ? err(missingIdempotencyKey()) : ok(key);
};

/** The `X-Idempotency-Key` of a request when it has one, for writes where the key is optional. */
export const optionalIdempotencyKeyOf = (request: Request): { idempotencyKey?: string } =>
  idempotencyKeyOf(request).match(
    (idempotencyKey) => ({ idempotencyKey }),
    () => ({}),
  );
