import type { Currency } from '../money/currency.js';
import type { Destination } from '../payment/destination.js';
import type { FeePayer, PaymentStatus } from '../payment/payment.js';

/** A refund request: `amount` in minor units, absent to refund everything still refundable. */
export interface RefundRequest {
  readonly amount?: number;
}

/** The part of one fee (or interest) that a refund gives back, in minor units. */
export interface FeeShare {
  /** The fee's `type`, as in `fee_details` (`mercadopago_fee`, `financing_fee`, …). */
  readonly type: string;
  /** Who had paid the fee, and so who gets this share back. */
  readonly payer: FeePayer;
  readonly amount: number;
}

/**
 * What a refund will do, decided before any money moves. Every amount is in minor
 * units of `currency`.
 */
export interface RefundPlan {
  readonly paymentId: string;
  readonly currency: Currency;
  /** `total` when nothing was refunded before and this returns the whole amount paid. */
  readonly kind: 'total' | 'partial';
  /** What this refund returns of the amount paid. */
  readonly amount: number;
  readonly refundedBefore: number;
  readonly refundedAfter: number;
  readonly remainingAfter: number;
  readonly statusAfter: Extract<PaymentStatus, 'approved' | 'refunded'>;
  readonly statusDetailAfter: 'partially_refunded' | 'refunded';
  /** One share per `fee_details` item, in the same order. */
  readonly fees: readonly FeeShare[];
  /** `amount` plus the shares of fees the payer had paid (interest). */
  readonly payerReceives: number;
  /** `amount` minus the shares of fees the collector had paid. */
  readonly collectorDebit: number;
  /** Back on the card, or to the payer's Mercado Pago account. */
  readonly destination: Destination;
}
