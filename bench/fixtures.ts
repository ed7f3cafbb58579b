import type { Payment } from '@reembolso/core';

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
