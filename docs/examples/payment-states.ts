// The transition table of docs/guide/payment-states.md, decided by the core for every status.
import {
  applyCancellation,
  classicPolicy,
  currentPolicy,
  PAYMENT_STATUSES,
  type Payment,
  type PaymentStatus,
  planCancellation,
  planRefund,
  type RefundPolicy,
} from '@reembolso/core';
import { printTable } from './markdown-table.js';

const now = new Date('2026-03-02T12:00:00Z');
const approvedAt = new Date('2026-03-01T12:00:00Z');

// The details Mercado Pago reports beside each status, as the rows show them.
const DETAIL: Record<PaymentStatus, string> = {
  pending: 'pending_waiting_payment',
  approved: 'accredited',
  authorized: 'pending_capture',
  in_process: 'pending_review_manual',
  in_mediation: 'in_mediation',
  rejected: 'cc_rejected_other_reason',
  cancelled: 'by_collector',
  refunded: 'refunded',
  charged_back: 'settled',
};

const paymentIn = (status: PaymentStatus): Payment => ({
  id: '20359978',
  status,
  statusDetail: DETAIL[status],
  currency: 'BRL',
  transactionAmount: 10_000,
  refundedAmount: status === 'refunded' ? 10_000 : 0,
  dateCreated: approvedAt,
  dateApproved: ['pending', 'in_process', 'authorized', 'rejected'].includes(status)
    ? null
    : approvedAt,
  paymentMethodId: 'visa',
  paymentTypeId: 'credit_card',
  operationType: 'regular_payment',
  marketplace: 'NONE',
  feeDetails: [],
  captured: status !== 'authorized',
  refunds: [],
  description: null,
  collectorId: null,
});

// An approved payment of which 30.00 was refunded already.
const partiallyRefunded: Payment = {
  ...paymentIn('approved'),
  statusDetail: 'partially_refunded',
  refundedAmount: 3000,
  refunds: [
    {
      id: '1009042015',
      paymentId: '20359978',
      amount: 3000,
      status: 'approved',
      dateCreated: now,
      source: null,
      metadata: {},
      reason: null,
      uniqueSequenceNumber: null,
      refundMode: 'standard',
      adjustmentAmount: 0,
    },
  ],
};

const refund = (payment: Payment, amount: number | undefined, policy: RefundPolicy) =>
  planRefund(payment, amount === undefined ? {} : { amount }, { now, policy }).match(
    (plan) => `\`${plan.statusAfter}/${plan.statusDetailAfter}\``,
    (error) => `✘ ${error.code ?? error.type}`,
  );

const cancel = (payment: Payment, policy: RefundPolicy) =>
  planCancellation(payment, { policy }).match(
    (plan) => {
      const after = applyCancellation(payment, plan);
      return `\`${after.status}/${after.statusDetail}\``;
    },
    (error) => `✘ ${error.code}`,
  );

printTable(
  [
    'status/detail',
    'partial refund',
    'refund all that remains',
    'cancel (classic)',
    'cancel (current)',
  ],
  [
    ...PAYMENT_STATUSES.slice(0, 2).map(paymentIn),
    partiallyRefunded,
    ...PAYMENT_STATUSES.slice(2).map(paymentIn),
  ].map((payment) => {
    return [
      `\`${payment.status}/${payment.statusDetail}\``,
      refund(payment, 1000, classicPolicy),
      refund(payment, undefined, classicPolicy),
      cancel(payment, classicPolicy),
      cancel(payment, currentPolicy),
    ];
  }),
);
