// The precedence examples of docs/guide/rules.md: the first failing rule decides.
import type { Payment, Refund } from '@reembolso/core';
import { daysAgo, domainPayment, now } from './domain-payment.js';

const payment = domainPayment;

const refund = (index: number): Refund => ({
  id: String(1_009_042_000 + index),
  paymentId: '20359978',
  amount: 100,
  status: 'approved',
  dateCreated: daysAgo(5),
  source: null,
  metadata: {},
  reason: null,
  uniqueSequenceNumber: null,
  refundMode: 'standard',
  adjustmentAmount: 0,
});

// Mercado Libre sales, recent and old; a fully refunded payment; one that holds 20 refunds of 1.00.
const meliSale = payment({ marketplace: 'MELI' });
const oldMeliSale = payment({ marketplace: 'MELI', dateApproved: daysAgo(120) });
const refunded = payment({ status: 'refunded', statusDetail: 'refunded', refundedAmount: 10_000 });
const twentyRefunds = payment({
  statusDetail: 'partially_refunded',
  refundedAmount: 2000,
  refunds: Array.from({ length: 20 }, (_, index) => refund(index)),
});

// #region order
import { planRefund } from '@reembolso/core';

const firstFailure = (payment: Payment, amount: number) =>
  planRefund(payment, { amount }, { now }).match(
    () => 'accepted',
    (rejection) => rejection.type,
  );

console.log(firstFailure(refunded, 0)); // R2 runs before R3
console.log(firstFailure(oldMeliSale, 1000)); // R4 runs before R5
console.log(firstFailure(meliSale, 1000)); // R5: a Mercado Libre item, refunded in part
console.log(firstFailure(meliSale, 10_000)); // R5 lets a total refund through
console.log(firstFailure(twentyRefunds, 99_999)); // R6 runs before R7
// #endregion order
