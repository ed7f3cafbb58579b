import {
  badRequest,
  type GatewayError,
  type InvalidId,
  type InvalidSplitterId,
  invalidId,
  invalidSplitterId,
  isMercadoPagoId,
} from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';

// Visible ASCII only: a header value cannot hold control characters, and spaces invite mistakes.
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Checks a payment or refund id before it goes into a path: decimal digits only, so no id can
 * change the path it is put in.
 *
 * Returns the id, or `InvalidId`.
 */
export const checkId = (id: string): Result<string, InvalidId> =>
  isMercadoPagoId(id) ? ok(id) : err(invalidId({ id }));

/**
 * Checks an advanced-payment (splitter) id: decimal digits only.
 *
 * Returns the id, or `InvalidSplitterId` (Mercado Pago's 400048).
 */
export const checkSplitterId = (id: string): Result<string, InvalidSplitterId> =>
  isMercadoPagoId(id) ? ok(id) : err(invalidSplitterId());

/**
 * Checks an idempotency key given by the caller: 1 to 255 visible ASCII characters, as a header
 * value must be.
 *
 * Returns the key, or `BadRequest`.
 */
export const checkIdempotencyKey = (key: string): Result<string, GatewayError> =>
  KEY.test(key)
    ? ok(key)
    : err(badRequest('an idempotency key is 1 to 255 visible ASCII characters'));
