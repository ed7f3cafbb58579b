import type { Currency } from '../money/currency.js';

/** The statuses of a Mercado Pago payment. */
export const PAYMENT_STATUSES = [
  'pending',
  'approved',
  'authorized',
  'in_process',
  'in_mediation',
  'rejected',
  'cancelled',
  'refunded',
  'charged_back',
] as const;

/** A Mercado Pago payment status. */
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** Who pays a fee: the seller (`collector`) or the buyer (`payer`, e.g. financing interest). */
export type FeePayer = 'collector' | 'payer';

/** One item of a payment's `fee_details`, its amount in minor units. */
export interface FeeDetail {
  /** `mercadopago_fee`, `financing_fee` (interest), `application_fee`, `coupon_fee`, … */
  readonly type: string;
  readonly amount: number;
  readonly feePayer: FeePayer;
}

/** Who asked for a refund, as Mercado Pago records it. */
export interface RefundSource {
  readonly id: string;
  readonly name: string;
  /** `collector`, `admin`, `bpp` or `marketplace`. */
  readonly type: string;
}

/** A refund of a payment, its amount in minor units of the payment's currency. */
export interface Refund {
  readonly id: string;
  readonly paymentId: string;
  readonly amount: number;
  readonly status: string;
  readonly dateCreated: Date;
  readonly source: RefundSource | null;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly reason: string | null;
  readonly uniqueSequenceNumber: string | null;
  readonly refundMode: string;
  readonly adjustmentAmount: number;
}

/**
 * A Mercado Pago payment as the rules see it: every amount an integer count of minor
 * units of `currency`, every date a `Date`. Built by `parsePayment`; never mutated by reembolso.
 */
export interface Payment {
  /** Decimal digits, kept as a string. */
  readonly id: string;
  readonly status: PaymentStatus;
  readonly statusDetail: string | null;
  readonly currency: Currency;
  /** Amount paid, in minor units. */
  readonly transactionAmount: number;
  /** Cumulative amount refunded, in minor units. */
  readonly refundedAmount: number;
  readonly dateCreated: Date | null;
  /** Accreditation instant; the refund window counts from it. */
  readonly dateApproved: Date | null;
  readonly paymentMethodId: string;
  readonly paymentTypeId: string;
  readonly operationType: string;
  /** `MELI` marks a Mercado Libre item; `NONE` or `null` otherwise. */
  readonly marketplace: string | null;
  readonly feeDetails: readonly FeeDetail[];
  readonly captured: boolean;
  readonly refunds: readonly Refund[];
  readonly description: string | null;
  /** The collector (seller) account, when the JSON names it. */
  readonly collectorId: string | null;
}

/** What is still refundable on a payment, in minor units. */
export const remainingOf = (payment: Payment): number =>
  payment.transactionAmount - payment.refundedAmount;
