import type { Result } from 'neverthrow';
import type { GatewayError } from '../errors.js';

// Whether each failure is replayed under its key: the rules' refusals are the answer to the
// request and are kept; a request refused before any rule ran (malformed, not found, refused by
// idempotency itself) or a failure of the way there leaves the key free.
const KEPT: Readonly<Record<GatewayError['type'], boolean>> = {
  AmountNotNumeric: true,
  AmountNotPositive: true,
  InvalidPaymentState: true,
  RefundWindowExpired: true,
  PartialRefundUnsupported: true,
  TooManyRefunds: true,
  AmountExceedsRefundable: true,
  InsufficientBalance: true,
  CancellationNotAllowed: true,
  InvalidCancellationStatus: false,
  MissingCancellationStatus: false,
  InvalidInstant: false,
  AmountTooPrecise: false,
  AmountOutOfRange: false,
  UnsupportedCurrency: false,
  CurrencyMismatch: false,
  PaymentNotFound: false,
  RefundNotFound: false,
  InvalidSplitterId: false,
  InvalidId: false,
  AdvancedPaymentNotFound: false,
  InvalidAdvancedPayment: false,
  MissingIdempotencyKey: false,
  IdempotencyConflict: false,
  IdempotencyInProgress: false,
  BadRequest: false,
  Unauthorized: false,
  RateLimited: false,
  ServerError: false,
  Timeout: false,
  Aborted: false,
  Network: false,
  InvalidResponse: false,
  UnknownApiError: false,
};

/**
 * Whether a keyed write's outcome is stored for replay: every success, and every refusal of the
 * refund and cancellation rules (a rejection is replayed even once its cause is gone); never a
 * request refused before the rules ran, nor a transport failure.
 *
 * Returns `true` when the outcome is to be stored. Pure and total.
 */
export const isStoredOutcome = (outcome: Result<unknown, GatewayError>): boolean =>
  outcome.isOk() || KEPT[outcome.error.type];
