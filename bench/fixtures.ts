import type { Payment, Refund } from '@reembolso/core';

/** The instant every benchmark's gateway starts at. */
export const BENCH_START = new Date('2026-03-02T12:00:00.000Z');

/**
 * An approved BRL card payment approved at {@link BENCH_START}, with a collector fee; `id` is
 * a small number made into an 11-digit Mercado Pago id.
 */
export const benchPayment = (id: number, transactionAmount = 10_000): Payment => ({
  id: String(30_000_000_000 + id),
  status: 'approved',
  statusDetail: 'accredited',
  currency: 'BRL',
  transactionAmount,
  refundedAmount: 0,
  dateCreated: BENCH_START,
  dateApproved: BENCH_START,
  paymentMethodId: 'visa',
  paymentTypeId: 'credit_card',
  operationType: 'regular_payment',
  marketplace: null,
  feeDetails: [
    {
      type: 'mercadopago_fee',
      amount: Math.round(transactionAmount * 0.0499),
      feePayer: 'collector',
    },
  ],
  captured: true,
  refunds: [],
  description: null,
  collectorId: '1000000001',
});

/** Refund number `index` of `paymentId`: `amount` minor units, made `index` minutes after {@link BENCH_START}. */
export const benchRefund = (paymentId: string, index: number, amount: number): Refund => ({
  id: String(40_000_000_000 + index),
  paymentId,
  amount,
  status: 'approved',
  dateCreated: new Date(BENCH_START.getTime() + index * 60_000),
  source: { id: '1000000001', name: 'bench', type: 'collector' },
  metadata: {},
  reason: null,
  uniqueSequenceNumber: null,
  refundMode: 'standard',
  adjustmentAmount: 0,
});
