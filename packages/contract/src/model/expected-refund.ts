import type { GatewayError } from '@reembolso/core';
import { collectorDebit } from './collector-debit.js';
import { type GatewayModel, type ModelPayment, refundedOf } from './gateway-model.js';

const DAY_MS = 86_400_000;
/** The classic policy, as the seeds state it. */
const WINDOW_MS = 90 * DAY_MS;
const MAX_REFUNDS = 20;

/** What a refund should do: refund `amount`, debiting `debit` from the balance, or be refused. */
export type ExpectedRefund =
  | { readonly type: 'ok'; readonly amount: number; readonly debit: number }
  | { readonly type: GatewayError['type'] };

/**
 * Rules R1–R8 of the classic policy, in order, written out again from the specification for the
 * model-based test: what refunding `amount` (everything left when absent) of `payment` should
 * answer now, given `balance` (tracked or not).
 */
export const expectedRefund = (
  model: Readonly<GatewayModel>,
  payment: ModelPayment,
  amount: number | undefined,
  balance: number | undefined,
): ExpectedRefund => {
  if (amount !== undefined && !Number.isInteger(amount)) return { type: 'AmountNotNumeric' };
  if (amount !== undefined && amount <= 0) return { type: 'AmountNotPositive' };
  const refunded = refundedOf(payment);
  const remaining = payment.transactionAmount - refunded;
  if (payment.state !== 'approved' || remaining === 0) return { type: 'InvalidPaymentState' };
  if (payment.approvedAt === null || model.now - payment.approvedAt > WINDOW_MS) {
    return { type: 'RefundWindowExpired' };
  }
  const value = amount ?? remaining;
  const total = payment.refunds.length === 0 && value === payment.transactionAmount;
  if (!total && payment.fullRefundOnly) return { type: 'PartialRefundUnsupported' };
  if (payment.refunds.length >= MAX_REFUNDS) return { type: 'TooManyRefunds' };
  if (value > remaining) return { type: 'AmountExceedsRefundable' };
  const debit = collectorDebit(payment, refunded, value);
  if (balance !== undefined && debit > balance) return { type: 'InsufficientBalance' };
  return { type: 'ok', amount: value, debit };
};
