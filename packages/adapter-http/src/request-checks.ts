import {
  type InvalidId,
  type InvalidSplitterId,
  invalidId,
  invalidSplitterId,
  isMercadoPagoId,
} from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';

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
