import type { ResultAsync } from 'neverthrow';
import type { GatewayError } from '../errors.js';
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
   * writing again; the adapter generates one when absent and reuses it on every retry.
   */
  readonly idempotencyKey?: string;
}

/**
 * The port: everything reembolso asks of Mercado Pago, as one readonly record of functions.
 * Adapters (in memory, over HTTP, your own) are factories returning one; the contract suite in
 * `@reembolso/contract` defines what each must do. Amounts are minor units of the payment's
 * currency; every call resolves to a `Result`, never rejects.
 */
export interface PaymentGateway {
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
   * `RefundRejection` of the rules, idempotency errors, or the errors of `getPayment`.
   */
  readonly createRefund: (
    paymentId: string,
    request: RefundRequest,
    options?: WriteOptions,
  ) => ResultAsync<Refund, GatewayError>;
  /** Cancels the payment and answers it, or `CancellationNotAllowed` and the errors above. */
  readonly cancelPayment: (
    paymentId: string,
    options?: WriteOptions,
  ) => ResultAsync<Payment, GatewayError>;
  /**
   * Refunds an advanced (split) payment, spread over its disbursements, all or nothing.
   * `request.amount` absent or 0 refunds everything. Answers one refund per disbursement
   * refunded, or `InvalidSplitterId`, `AdvancedPaymentNotFound` and any disbursement's rejection.
   */
  readonly refundAdvancedPayment: (
    advancedPaymentId: string,
    request: RefundRequest,
    options?: WriteOptions,
  ) => ResultAsync<readonly Refund[], GatewayError>;
}
