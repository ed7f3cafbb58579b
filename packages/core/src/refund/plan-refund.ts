import { type Err, ok, type Result } from 'neverthrow';
import type { RefundRejection } from '../errors.js';
import { destinationOf } from '../payment/destination.js';
import { type Payment, remainingOf } from '../payment/payment.js';
import { classicPolicy, type RefundPolicy } from '../policy/refund-policy.js';
import { checkAmountNumeric } from '../rules/check-amount-numeric.js';
import { checkAmountPositive } from '../rules/check-amount-positive.js';
import { checkAmountWithinRemaining } from '../rules/check-amount-within-remaining.js';
import { checkBalance } from '../rules/check-balance.js';
import { checkInstant } from '../rules/check-instant.js';
import { checkPartialRefundAllowed } from '../rules/check-partial-refund-allowed.js';
import { checkRefundCount } from '../rules/check-refund-count.js';
import { checkRefundWindow } from '../rules/check-refund-window.js';
import { checkRefundableState } from '../rules/check-refundable-state.js';
import { PASSED } from '../rules/passed.js';
import { feeShares } from './fee-shares.js';
import type { FeeShare, RefundPlan, RefundRequest } from './refund-plan.js';

/** What `planRefund` needs besides the payment: the instant, and optionally balance and policy. */
export interface RefundContext {
  /** The instant the refund would happen; the window is measured to it. */
  readonly now: Date;
  /** The collector's available balance in minor units; R8 runs only when it is given. */
  readonly availableBalance?: number;
  /** The rules to apply; {@link classicPolicy} when absent. */
  readonly policy?: RefundPolicy;
}

/**
 * Decides whether `payment` may be refunded by `request` at `context.now`, and if so what the
 * refund does. Runs Mercado Pago's refund rules (R1–R8 of the rules reference, from its
 * [refunds and cancellations guide](https://www.mercadopago.com.br/developers/en/docs/checkout-api-v2/payment-management/refunds-cancellations)
 * and its [Create refund](https://www.mercadopago.com.ar/developers/en/reference/chargebacks/_payments_id_refunds/post)
 * reference) in order; the first that fails decides. Pure and total: never throws, never mutates.
 *
 * Returns the {@link RefundPlan}, or the {@link RefundRejection} of the first failing check:
 * `InvalidInstant` (an invalid `now` or `date_approved`), then `AmountNotNumeric`,
 * `AmountNotPositive`, `InvalidPaymentState`, `RefundWindowExpired`, `PartialRefundUnsupported`,
 * `TooManyRefunds`, `AmountExceedsRefundable`, `InsufficientBalance`.
 *
 * @param payment - The payment as it stands, from {@link parsePayment} (or a gateway's `getPayment`).
 * @param request - What to refund: `amount` in minor units of the payment's currency (`1050` is
 *   10.50 BRL); absent, everything still refundable.
 * @param context - The instant of the refund (`now`; the window is measured to it), and optionally
 *   the collector's `availableBalance` in minor units and the `policy` ({@link classicPolicy} when
 *   absent).
 * @example
 * ```ts
 * import { parsePayment, planRefund } from '@reembolso/core';
 *
 * const payment = parsePayment({
 *   id: 20359978,
 *   status: 'approved',
 *   status_detail: 'accredited',
 *   currency_id: 'BRL',
 *   transaction_amount: 100,
 *   date_approved: '2026-03-01T08:00:00.000-04:00',
 *   payment_method_id: 'visa',
 *   payment_type_id: 'credit_card',
 * });
 * const now = new Date('2026-03-02T12:00:00Z');
 *
 * const plan = payment.andThen((p) => planRefund(p, { amount: 1050 }, { now }));
 * const told = plan.map((p) => `${p.kind} ${p.amount} → ${p.statusDetailAfter}`);
 * console.log(told.unwrapOr('')); // partial 1050 → partially_refunded
 *
 * // 10.5 is a decimal, not minor units: convert wire amounts with toMinor first.
 * const decimal = payment.andThen((p) => planRefund(p, { amount: 10.5 }, { now }));
 * console.log(decimal.isErr() && decimal.error.type); // AmountNotNumeric
 * ```
 */
export const planRefund = (
  payment: Payment,
  request: RefundRequest,
  context: RefundContext,
): Result<RefundPlan, RefundRejection> => {
  const policy = context.policy ?? classicPolicy;
  const requested = request.amount;
  const remaining = remainingOf(payment);
  const amount = requested ?? remaining;
  const kind = refundKind(payment, amount);
  // Flat on purpose: each rule runs only while every earlier one held (the documented order).
  let check: Result<void, RefundRejection> = checkInstant(context.now, 'now');
  if (held(check)) check = checkAmountNumeric(requested);
  if (held(check)) check = checkAmountPositive(requested);
  if (held(check)) check = checkRefundableState(payment);
  if (held(check)) check = checkRefundWindow(payment, context.now, policy);
  if (held(check)) check = checkPartialRefundAllowed(payment, kind, policy);
  if (held(check)) check = checkRefundCount(payment, policy);
  if (held(check)) check = checkAmountWithinRemaining(amount, remaining, payment.currency);
  if (check.isErr()) return rejected(check);
  const plan = buildPlan(payment, amount, kind);
  const balance = checkBalance(plan.collectorDebit, context.availableBalance, payment.currency);
  return balance.isErr() ? rejected(balance) : ok(plan);
};

// Rules that hold answer the shared PASSED, so identity settles the usual case at once; any
// other Ok still counts as held.
const held = (check: Result<void, RefundRejection>): boolean => check === PASSED || check.isOk();

// A failed rule's Err answered as it is: an Err holds only its error, so the one a rule made is
// planRefund's answer too, without a second allocation.
const rejected = (check: Err<void, RefundRejection>): Err<RefundPlan, RefundRejection> =>
  check as unknown as Err<RefundPlan, RefundRejection>;

const refundKind = (payment: Payment, amount: number): RefundPlan['kind'] =>
  payment.refundedAmount === 0 &&
  payment.refunds.length === 0 &&
  amount === payment.transactionAmount
    ? 'total'
    : 'partial';

/**
 * The figures of refunding `amount` from `payment` as it stands, without checking any rule:
 * what `planRefund` answers once the rules hold, and what a refund already made did to the
 * payment it was made from. Internal to the core: callers plan with `planRefund`.
 */
export const buildPlan = (
  payment: Payment,
  amount: number,
  kind: RefundPlan['kind'] = refundKind(payment, amount),
): RefundPlan => {
  const refundedBefore = payment.refundedAmount;
  const refundedAfter = refundedBefore + amount;
  const fees = feeShares(
    payment.feeDetails,
    refundedBefore,
    refundedAfter,
    payment.transactionAmount,
  );
  let payerFees = 0;
  let collectorFees = 0;
  for (let i = 0; i < fees.length; i += 1) {
    const fee = fees[i] as FeeShare;
    if (fee.payer === 'payer') payerFees += fee.amount;
    else collectorFees += fee.amount;
  }
  const fullyRefunded = refundedAfter === payment.transactionAmount;
  return {
    paymentId: payment.id,
    currency: payment.currency,
    kind,
    amount,
    refundedBefore,
    refundedAfter,
    remainingAfter: payment.transactionAmount - refundedAfter,
    statusAfter: fullyRefunded ? 'refunded' : 'approved',
    statusDetailAfter: fullyRefunded ? 'refunded' : 'partially_refunded',
    fees,
    payerReceives: amount + payerFees,
    collectorDebit: amount - collectorFees,
    destination: destinationOf(payment.paymentTypeId),
  };
};
