import { toWireDate } from '@reembolso/core';

// Not shown in the guides: the payment JSON the README and guide examples start from, as
// `GET /v1/payments/{id}` answers it (SPEC §3), approved at `approvedAt`.

/**
 * A 100.00 BRL visa payment in 3 instalments: Mercado Pago's fee of 4.99 is paid by the
 * collector, 12.50 of financing interest by the payer. `overrides` replace wire fields.
 */
export const paymentJson = (approvedAt: Date, overrides: Record<string, unknown> = {}) => ({
  id: 20359978,
  status: 'approved',
  status_detail: 'accredited',
  currency_id: 'BRL',
  transaction_amount: 100,
  transaction_amount_refunded: 0,
  date_created: toWireDate(approvedAt),
  date_approved: toWireDate(approvedAt),
  date_last_updated: toWireDate(approvedAt),
  payment_method_id: 'visa',
  payment_type_id: 'credit_card',
  operation_type: 'regular_payment',
  marketplace: 'NONE',
  installments: 3,
  fee_details: [
    { type: 'mercadopago_fee', amount: 4.99, fee_payer: 'collector' },
    { type: 'financing_fee', amount: 12.5, fee_payer: 'payer' },
  ],
  captured: true,
  refunds: [],
  description: 'Kit de ferramentas',
  collector_id: 1000000001,
  ...overrides,
});
