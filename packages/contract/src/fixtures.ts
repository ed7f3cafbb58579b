import type { Currency, FeeDetail, Payment } from '@reembolso/core';

/** The instant every contract test starts at. */
export const CONTRACT_EPOCH = new Date('2026-03-02T12:00:00.000Z');

/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

let nextId = 5_000_000_000;

/** A payment id no other fixture of this process has used. */
export const freshPaymentId = (): string => String(nextId++);

/**
 * An approved, accredited BRL card payment of 100.00 approved a day before
 * {@link CONTRACT_EPOCH}, with a collector fee and payer interest; `overrides` replace fields.
 */
export const approvedPayment = (overrides: Partial<Payment> = {}): Payment => {
  const currency: Currency = overrides.currency ?? 'BRL';
  const feeDetails: readonly FeeDetail[] = [
    { type: 'mercadopago_fee', amount: 499, feePayer: 'collector' },
    { type: 'financing_fee', amount: 333, feePayer: 'payer' },
  ];
  return {
    id: freshPaymentId(),
    status: 'approved',
    statusDetail: 'accredited',
    currency,
    transactionAmount: 10_000,
    refundedAmount: 0,
    dateCreated: new Date(CONTRACT_EPOCH.getTime() - DAY_MS),
    dateApproved: new Date(CONTRACT_EPOCH.getTime() - DAY_MS),
    paymentMethodId: 'visa',
    paymentTypeId: 'credit_card',
    operationType: 'regular_payment',
    marketplace: null,
    feeDetails,
    captured: true,
    refunds: [],
    description: 'contract fixture',
    collectorId: '1000000001',
    ...overrides,
  };
};

/** A `pending` ticket payment (boleto), not yet paid. */
export const pendingPayment = (overrides: Partial<Payment> = {}): Payment =>
  approvedPayment({
    status: 'pending',
    statusDetail: 'pending_waiting_payment',
    dateApproved: null,
    paymentMethodId: 'bolbradesco',
    paymentTypeId: 'ticket',
    feeDetails: [],
    ...overrides,
  });

/** An `authorized` card reserve (`capture: false`). */
export const authorizedPayment = (overrides: Partial<Payment> = {}): Payment =>
  approvedPayment({
    status: 'authorized',
    statusDetail: 'pending_capture',
    dateApproved: null,
    captured: false,
    ...overrides,
  });
