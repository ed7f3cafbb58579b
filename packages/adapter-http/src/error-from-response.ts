import { fromWireError, type GatewayError } from '@reembolso/core';

/**
 * The error an HTTP error answer stands for: read by `cause[].code` first (number or string),
 * then by status, with the core's `fromWireError`, so a refusal from Mercado Pago is the very
 * variant the core's rules produce for it. A `Retry-After` header, when given, sets
 * `RateLimited.retryAfterMs`. `body` is the parsed JSON, or `undefined` when it was unreadable.
 *
 * Returns the {@link GatewayError}; `UnknownApiError` when neither code nor status says more.
 */
export const errorFromResponse = (
  httpStatus: number,
  body: unknown,
  retryAfterMs: number | null,
): GatewayError => {
  const error = fromWireError(httpStatus, body);
  if (error.type !== 'RateLimited' || retryAfterMs === null) return error;
  return { ...error, retryAfterMs };
};
