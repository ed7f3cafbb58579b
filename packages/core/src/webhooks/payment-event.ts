import type { Currency } from '../money/currency.js';
import type { Refund } from '../payment/payment.js';
import type { RefundPlan } from '../refund/refund-plan.js';

/** The figures of a refund's plan, rebuilt from the payment it was applied to. */
export type RefundFigures = Pick<
  RefundPlan,
  | 'kind'
  | 'amount'
  | 'refundedBefore'
  | 'refundedAfter'
  | 'remainingAfter'
  | 'fees'
  | 'payerReceives'
  | 'collectorDebit'
  | 'destination'
>;

/**
 * A pending (or in-process, or authorized) payment became approved. `key` names the event
 * uniquely (`approved:<payment id>`): act on each key once.
 */
export interface PaymentApproved {
  readonly type: 'PaymentApproved';
  readonly key: string;
  readonly paymentId: string;
  readonly dateApproved: Date | null;
}

/** A refund the payment did not hold before; `key` is `refund:<payment id>:<refund id>`. */
export interface RefundCreated {
  readonly type: 'RefundCreated';
  readonly key: string;
  readonly paymentId: string;
  readonly currency: Currency;
  readonly refund: Refund;
  /** The refund's plan figures (fee shares, what each side gets), or `null` when they cannot be rebuilt. */
  readonly figures: RefundFigures | null;
}

/** The payment is now refunded in full; `key` is `refunded:<payment id>`. Amount in minor units. */
export interface PaymentFullyRefunded {
  readonly type: 'PaymentFullyRefunded';
  readonly key: string;
  readonly paymentId: string;
  readonly currency: Currency;
  readonly refundedAmount: number;
}

/** The payment is now cancelled; `key` is `cancelled:<payment id>`. */
export interface PaymentCancelled {
  readonly type: 'PaymentCancelled';
  readonly key: string;
  readonly paymentId: string;
  readonly statusDetail: string | null;
}

/** What changed on a payment between two readings of it, as `diffPayment` lists it. */
export type PaymentEvent =
  | PaymentApproved
  | RefundCreated
  | PaymentFullyRefunded
  | PaymentCancelled;
