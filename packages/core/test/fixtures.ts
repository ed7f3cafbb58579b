import type { Payment, Refund, RefundPlan } from '@reembolso/core';

// Shared builders for the example tests: one plain approved BRL payment, varied per test.

/** The instant every example test refunds at. */
export const NOW = new Date('2024-06-01T12:00:00.000Z');

export const DAY_MS = 86_400_000;

/** The instant `days` days (and `ms` milliseconds) before {@link NOW}. */
export const daysAgo = (days: number, ms = 0): Date => new Date(NOW.getTime() - days * DAY_MS - ms);

/** An approved refund of `amount` minor units, the `index`-th of payment `1001`. */
export const aRefund = (amount: number, index = 0): Refund => ({
  id: String(5000 + index),
  paymentId: '1001',
  amount,
  status: 'approved',
  dateCreated: daysAgo(5),
  source: { id: '77', name: 'Seller', type: 'collector' },
  metadata: {},
  reason: null,
  uniqueSequenceNumber: null,
  refundMode: 'standard',
  adjustmentAmount: 0,
});

/** An approved, accredited visa payment of 100.00 BRL, ten days old, no fees, no refunds. */
export const aPayment = (overrides: Partial<Payment> = {}): Payment => ({
  id: '1001',
  status: 'approved',
  statusDetail: 'accredited',
  currency: 'BRL',
  transactionAmount: 10_000,
  refundedAmount: 0,
  dateCreated: daysAgo(10),
  dateApproved: daysAgo(10),
  paymentMethodId: 'visa',
  paymentTypeId: 'credit_card',
  operationType: 'regular_payment',
  marketplace: 'NONE',
  feeDetails: [],
  captured: true,
  refunds: [],
  description: null,
  collectorId: '77',
  ...overrides,
});

/** `payment` after earlier partial refunds of `amounts`, status and totals to match. */
export const withRefunds = (payment: Payment, amounts: readonly number[]): Payment => {
  const refundedAmount = amounts.reduce((sum, amount) => sum + amount, 0);
  const full = refundedAmount === payment.transactionAmount;
  return {
    ...payment,
    status: full ? 'refunded' : 'approved',
    statusDetail: full ? 'refunded' : amounts.length > 0 ? 'partially_refunded' : 'accredited',
    refundedAmount,
    refunds: amounts.map((amount, index) => aRefund(amount, index)),
  };
};

/** The refund object a provider would create when carrying out `plan`. */
export const refundFor = (plan: RefundPlan, index: number, at: Date): Refund => ({
  id: String(900_000 + index),
  paymentId: plan.paymentId,
  amount: plan.amount,
  status: 'approved',
  dateCreated: at,
  source: null,
  metadata: {},
  reason: null,
  uniqueSequenceNumber: null,
  refundMode: 'standard',
  adjustmentAmount: 0,
});

/** Freezes `value` and everything reachable from it, so any mutation throws. */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
};
