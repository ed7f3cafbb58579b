import type { Payment } from '@reembolso/core';

/** The instant every test starts at. */
export const EPOCH = new Date('2026-03-02T12:00:00.000Z');

/** The base URL the tests' Mercado Pago lives at; nothing leaves the process. */
export const BASE_URL = 'https://api.mercadopago.test';

/** A token shaped like a real one, so a leak would be easy to spot. */
export const TOKEN = 'APP_USR-4821937465019283-030212-9f8e7d6c5b4a39281706f5e4d3c2b1a0-1000000001';

let nextId = 7_000_000_000;

/** An approved BRL card payment of 100.00, approved a day before {@link EPOCH}. */
export const approvedPayment = (overrides: Partial<Payment> = {}): Payment => ({
  id: String(nextId++),
  status: 'approved',
  statusDetail: 'accredited',
  currency: 'BRL',
  transactionAmount: 10_000,
  refundedAmount: 0,
  dateCreated: new Date(EPOCH.getTime() - 86_400_000),
  dateApproved: new Date(EPOCH.getTime() - 86_400_000),
  paymentMethodId: 'visa',
  paymentTypeId: 'credit_card',
  operationType: 'regular_payment',
  marketplace: null,
  feeDetails: [{ type: 'mercadopago_fee', amount: 499, feePayer: 'collector' }],
  captured: true,
  refunds: [],
  description: 'adapter-http fixture',
  collectorId: '1000000001',
  ...overrides,
});
