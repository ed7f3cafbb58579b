// Fixed instants and payment JSON for the sandbox's tests.

/** The sandbox's clock in every test that needs one: it stands still until moved. */
export const NOW = new Date('2025-03-01T12:00:00.000Z');

const DAY_MS = 86_400_000;

/** `days` before {@link NOW}, as ISO-8601. */
export const daysAgo = (days: number): string =>
  new Date(NOW.getTime() - days * DAY_MS).toISOString();

/** An approved, refundable BRL card payment of 100.00 as Mercado Pago's JSON, with `overrides`. */
export const wirePayment = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 1001,
  status: 'approved',
  status_detail: 'accredited',
  currency_id: 'BRL',
  transaction_amount: 100,
  date_created: daysAgo(10),
  date_approved: daysAgo(10),
  payment_method_id: 'visa',
  payment_type_id: 'credit_card',
  operation_type: 'regular_payment',
  marketplace: 'NONE',
  fee_details: [],
  captured: true,
  refunds: [],
  ...overrides,
});

/** A refund of `amount` on payment `paymentId`, as Mercado Pago's JSON. */
export const wireRefund = (
  id: number,
  paymentId: number,
  amount: number,
): Record<string, unknown> => ({
  id,
  payment_id: paymentId,
  amount,
  metadata: {},
  source: { id: '1', name: 'Test', type: 'collector' },
  date_created: daysAgo(5),
  unique_sequence_number: null,
  refund_mode: 'standard',
  adjustment_amount: 0,
  status: 'approved',
  reason: null,
});

/** A `POST /v1/payments` body for a card payment whose test cardholder is `firstName`. */
export const cardPaymentBody = (
  firstName = 'APRO',
  overrides: Record<string, unknown> = {},
): Record<string, unknown> => ({
  transaction_amount: 100,
  payment_method_id: 'visa',
  token: 'card-token',
  installments: 1,
  payer: { email: 'buyer@example.com', first_name: firstName },
  ...overrides,
});
