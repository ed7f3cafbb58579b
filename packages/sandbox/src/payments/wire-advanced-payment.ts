import { fromMinor, type Payment, toWireDate } from '@reembolso/core';
import type { JsonObject } from '../http/read-json-body.js';

// One status for the whole charge: its disbursements' when they agree; a charge some of whose
// disbursements went back, fully or in part, is partially refunded; otherwise the first one's.
const overallStatus = (payments: readonly Payment[]) => {
  const [first] = payments;
  if (first === undefined) return { status: null, statusDetail: null };
  if (payments.every((p) => p.status === first.status && p.statusDetail === first.statusDetail)) {
    return first;
  }
  return payments.every((p) => p.status === 'approved' || p.status === 'refunded')
    ? { status: 'approved', statusDetail: 'partially_refunded' }
    : first;
};

const amountOf = (payment: Payment, type: string): number =>
  payment.feeDetails.filter((fee) => fee.type === type).reduce((sum, fee) => sum + fee.amount, 0);

/**
 * An advanced (split) payment as Mercado Pago's JSON, from its id and its disbursements' payments
 * as they are now, in order: `{ id, status, status_detail, currency_id, transaction_amount,
 * description, date_created, date_approved, payments: [{ id, status, status_detail,
 * transaction_amount, transaction_amount_refunded }], disbursements: [{ id, amount,
 * collector_id, application_fee, external_reference, status, status_detail }] }`, where each
 * disbursement's `id` is its payment's. The charge's fields are its first payment's, every
 * disbursement being paid the same way. The accounts keep no external references, so they are
 * `null` unless `externalReferences` gives them (the answer to the request that sent them).
 * Pure and total.
 */
export const toWireAdvancedPayment = (
  id: string,
  payments: readonly Payment[],
  externalReferences: readonly (string | null)[] = [],
): JsonObject => {
  const first = payments[0];
  const decimal = (minor: number): number =>
    first === undefined ? minor : fromMinor(minor, first.currency);
  const wireDate = (date: Date | null | undefined) => (date ? toWireDate(date) : null);
  const { status, statusDetail } = overallStatus(payments);
  return {
    id: Number(id),
    status,
    status_detail: statusDetail,
    currency_id: first?.currency ?? null,
    transaction_amount: decimal(payments.reduce((sum, p) => sum + p.transactionAmount, 0)),
    description: first?.description ?? null,
    date_created: wireDate(first?.dateCreated),
    date_approved: wireDate(first?.dateApproved),
    payments: payments.map((p) => ({
      id: Number(p.id),
      status: p.status,
      status_detail: p.statusDetail,
      transaction_amount: decimal(p.transactionAmount),
      transaction_amount_refunded: decimal(p.refundedAmount),
    })),
    disbursements: payments.map((p, index) => ({
      id: Number(p.id),
      amount: decimal(p.transactionAmount),
      collector_id: p.collectorId === null ? null : Number(p.collectorId),
      application_fee: decimal(amountOf(p, 'application_fee')),
      external_reference: externalReferences[index] ?? null,
      status: p.status,
      status_detail: p.statusDetail,
    })),
  };
};
