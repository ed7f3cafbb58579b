import type { Currency, GatewayError } from '@reembolso/core';
import type { ContractHarness } from '../harness.js';

/** A refund as the model knows it: the id the adapter gave it, and its amount. */
export interface ModelRefund {
  readonly id: string;
  readonly amount: number;
}

/**
 * A payment as the model-based test believes the provider holds it: only the facts the rules
 * read, kept as plain numbers (`approvedAt` in ms), so the expectations need no core function.
 */
export interface ModelPayment {
  readonly id: string;
  readonly currency: Currency;
  readonly transactionAmount: number;
  /** The collector's fee, given back in proportion to what is refunded (payer fees do not matter). */
  readonly collectorFee: number;
  /** Mercado Libre item, melicard, or recurring in Argentina: only total refunds (R5). */
  readonly fullRefundOnly: boolean;
  approvedAt: number | null;
  state: 'approved' | 'pending' | 'cancelled';
  readonly refunds: ModelRefund[];
}

/** An advanced payment: its id and the indexes of its disbursements in `GatewayModel.payments`. */
export interface ModelAdvancedPayment {
  readonly id: string;
  readonly disbursements: readonly number[];
}

/** What a write answered, as a replay must answer it again: `'ok'` or the error's type. */
export interface ModelOutcome {
  readonly type: GatewayError['type'] | 'ok';
  readonly refunds: readonly ModelRefund[];
}

/** What an idempotency key holds: the request it was first used for, its outcome, its expiry. */
export interface ModelKeyRecord {
  readonly request: string;
  readonly outcome: ModelOutcome;
  readonly expiresAt: number;
}

/** Everything the model-based test believes the provider holds, and the provider's clock. */
export interface GatewayModel {
  now: number;
  readonly payments: ModelPayment[];
  readonly advanced: ModelAdvancedPayment[];
  /** Available balance per currency, in minor units, where one is tracked. */
  readonly balances: Map<Currency, number>;
  readonly keys: Map<string, ModelKeyRecord>;
  /** The last write sent with a key, bound to its target: what a client's retry sends again. */
  lastKeyedWrite: ((model: GatewayModel, real: ContractHarness) => Promise<void>) | undefined;
}

/** How much of `payment` has been refunded so far. */
export const refundedOf = (payment: ModelPayment): number =>
  payment.refunds.reduce((sum, refund) => sum + refund.amount, 0);

/** The status and detail Mercado Pago shows for `payment`. */
export const statusOf = (
  payment: ModelPayment,
): { readonly status: string; readonly statusDetail: string } => {
  if (payment.state === 'pending') {
    return { status: 'pending', statusDetail: 'pending_waiting_payment' };
  }
  if (payment.state === 'cancelled') return { status: 'cancelled', statusDetail: 'by_collector' };
  const refunded = refundedOf(payment);
  if (refunded === payment.transactionAmount) {
    return { status: 'refunded', statusDetail: 'refunded' };
  }
  return { status: 'approved', statusDetail: refunded > 0 ? 'partially_refunded' : 'accredited' };
};

/** Records `refund` of `payment`, taking `debit` from the balance of its currency if tracked. */
export const recordRefund = (
  model: GatewayModel,
  payment: ModelPayment,
  refund: ModelRefund,
  debit: number,
): void => {
  payment.refunds.push(refund);
  const balance = model.balances.get(payment.currency);
  if (balance !== undefined) model.balances.set(payment.currency, balance - debit);
};
