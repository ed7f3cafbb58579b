import type { ResultAsync } from 'neverthrow';
import type { GatewayError } from '../errors.js';
import type { Currency } from '../money/currency.js';
import type { Payment, Refund } from '../payment/payment.js';
import type { RefundRequest } from '../refund/refund-plan.js';

/** Per-call options of a read. Kept apart from the call's parameters. */
export interface CallOptions {
  /** Aborts the call; the call then fails with `Aborted`. */
  readonly signal?: AbortSignal;
  /** Overrides the adapter's timeout for this call, in milliseconds. */
  readonly timeoutMs?: number;
}

/** Per-call options of a write. */
export interface WriteOptions extends CallOptions {
  /**
   * The idempotency key of this logical write. Reusing it replays the first outcome instead of
   * writing again. Over HTTP the adapter makes one when absent, reuses it on every retry, and
   * gives it back on any failure after which the write may have taken effect.
   */
  readonly idempotencyKey?: string;
}

/**
 * A refund as the port's writes take it: the amount in minor units (absent: everything still
 * refundable) and, when the caller knows it, the currency those units are of. An adapter never
 * converts the amount with a currency it is not sure of: given one, a provider that holds the
 * payment refuses a different one (`CurrencyMismatch`) and writes nothing; without one, the
 * adapter reads the payment's currency for this very write. Over HTTP a stated currency is the
 * caller's word (Mercado Pago's refund body carries none, so nothing checks it there): state only
 * the currency of the payment as just read, as the use cases do.
 */
export interface GatewayRefundRequest extends RefundRequest {
  /** The payment's currency as the caller planned with it. */
  readonly currency?: Currency;
}

/**
 * The port: everything reembolso asks of Mercado Pago, as one readonly record of functions.
 * Adapters (in memory, over HTTP, your own) are factories returning one; the contract suite in
 * `@reembolso/contract` defines what each must do. Amounts are minor units of the payment's
 * currency; every call resolves to a `Result`, never rejects.
 *
 * `WriteFailure` is what the three writes fail with: `GatewayError` in general; adapters that
 * always send a key, such as the HTTP gateway, answer `WriteError`, whose uncertain failures
 * carry the key that was sent.
 */
export interface PaymentGateway<WriteFailure extends GatewayError = GatewayError> {
  /** The payment, or `PaymentNotFound`, `InvalidId` and transport errors. */
  readonly getPayment: (
    paymentId: string,
    options?: CallOptions,
  ) => ResultAsync<Payment, GatewayError>;
  /** The payment's refunds, oldest first, or the errors of `getPayment`. */
  readonly listRefunds: (
    paymentId: string,
    options?: CallOptions,
  ) => ResultAsync<readonly Refund[], GatewayError>;
  /** One refund, or `RefundNotFound` besides the errors of `getPayment`. */
  readonly getRefund: (
    paymentId: string,
    refundId: string,
    options?: CallOptions,
  ) => ResultAsync<Refund, GatewayError>;
  /**
   * Refunds `request.amount` (everything still refundable when absent). Fails with the
   * `RefundRejection` of the rules, `CurrencyMismatch`, idempotency errors, or the errors of
   * `getPayment`.
   */
  readonly createRefund: (
    paymentId: string,
    request: GatewayRefundRequest,
    options?: WriteOptions,
  ) => ResultAsync<Refund, WriteFailure>;
  /** Cancels the payment and answers it, or `CancellationNotAllowed` and the errors above. */
  readonly cancelPayment: (
    paymentId: string,
    options?: WriteOptions,
  ) => ResultAsync<Payment, WriteFailure>;
  /**
   * Refunds an advanced (split) payment, spread over its disbursements, all or nothing.
   * `request.amount` absent or 0 refunds everything. Answers one refund per disbursement
   * refunded, or `InvalidSplitterId`, `AdvancedPaymentNotFound` and any disbursement's rejection.
   */
  readonly refundAdvancedPayment: (
    advancedPaymentId: string,
    request: GatewayRefundRequest,
    options?: WriteOptions,
  ) => ResultAsync<readonly Refund[], WriteFailure>;
}
