import type { Payment } from '@reembolso/core';

// Not shown in the guides: the instant the guides' tables are computed at, and the domain
// payment they vary.

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** The instant the guides' tables are computed at. */
export const now = new Date('2026-03-02T12:00:00Z');

/** The instant `days` days before {@link now}. */
export const daysAgo = (days: number): Date => new Date(now.getTime() - days * DAY_MS);

/** An approved 100.00 BRL visa payment approved ten days ago, without fees; `overrides` win. */
export const domainPayment = (overrides: Partial<Payment> = {}): Payment => ({
  id: '20359978',
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
  collectorId: null,
  ...overrides,
});
