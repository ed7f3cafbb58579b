import type { Currency } from '../money/currency.js';
import { fromMinor } from '../money/from-minor.js';
import type { Payment, PaymentStatus, Refund } from '../payment/payment.js';
import { toWireDate } from './wire-date.js';

/** A refund object as Mercado Pago sends it: amounts as decimals, ids as numbers. */
export interface WireRefund {
  readonly id: number;
  readonly payment_id: number;
  readonly amount: number;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly source: { readonly id: string; readonly name: string; readonly type: string } | null;
  readonly date_created: string;
  readonly unique_sequence_number: string | null;
  readonly refund_mode: string;
  readonly adjustment_amount: number;
  readonly status: string;
  readonly reason: string | null;
  readonly label: readonly unknown[];
  readonly partition_details: readonly unknown[];
}

/** A payment object as `GET /v1/payments/{id}` returns it, restricted to the fields the rules read. */
export interface WirePayment {
  readonly id: number;
  readonly status: PaymentStatus;
  readonly status_detail: string | null;
  readonly currency_id: Currency;
  readonly transaction_amount: number;
  readonly transaction_amount_refunded: number;
  readonly date_created: string | null;
  readonly date_approved: string | null;
  /** Always `null`: a replayed answer is then the first one, byte for byte. */
  readonly date_last_updated: null;
  readonly payment_method_id: string;
  readonly payment_type_id: string;
  readonly operation_type: string;
  readonly marketplace: string | null;
  readonly fee_details: readonly {
    readonly type: string;
    readonly amount: number;
    readonly fee_payer: string;
  }[];
  readonly captured: boolean;
  readonly refunds: readonly WireRefund[];
  readonly description: string | null;
  readonly collector_id: number | null;
}

/**
 * The wire form of a refund of a payment in `currency`. Total: never fails; ids are
 * decimal digits by construction, so they become JSON numbers as Mercado Pago sends them.
 */
export const toWireRefund = (refund: Refund, currency: Currency): WireRefund => ({
  id: Number(refund.id),
  payment_id: Number(refund.paymentId),
  amount: fromMinor(refund.amount, currency),
  metadata: refund.metadata,
  source: refund.source,
  date_created: toWireDate(refund.dateCreated),
  unique_sequence_number: refund.uniqueSequenceNumber,
  refund_mode: refund.refundMode,
  adjustment_amount: fromMinor(refund.adjustmentAmount, currency),
  status: refund.status,
  reason: refund.reason,
  label: [],
  partition_details: [],
});

/**
 * The wire form of a payment, as `GET /v1/payments/{id}` answers it; `parsePayment` reads it
 * back to an equal payment. Total.
 */
export const toWirePayment = (payment: Payment): WirePayment => ({
  id: Number(payment.id),
  status: payment.status,
  status_detail: payment.statusDetail,
  currency_id: payment.currency,
  transaction_amount: fromMinor(payment.transactionAmount, payment.currency),
  transaction_amount_refunded: fromMinor(payment.refundedAmount, payment.currency),
  date_created: payment.dateCreated ? toWireDate(payment.dateCreated) : null,
  date_approved: payment.dateApproved ? toWireDate(payment.dateApproved) : null,
  date_last_updated: null,
  payment_method_id: payment.paymentMethodId,
  payment_type_id: payment.paymentTypeId,
  operation_type: payment.operationType,
  marketplace: payment.marketplace,
  fee_details: payment.feeDetails.map((fee) => ({
    type: fee.type,
    amount: fromMinor(fee.amount, payment.currency),
    fee_payer: fee.feePayer,
  })),
  captured: payment.captured,
  refunds: payment.refunds.map((refund) => toWireRefund(refund, payment.currency)),
  description: payment.description,
  collector_id: payment.collectorId === null ? null : Number(payment.collectorId),
});
