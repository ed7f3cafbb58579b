import { err, Result } from 'neverthrow';
import type { InvalidAdvancedPayment, RefundRejection } from '../errors.js';
import { allocate } from '../money/allocate.js';
import { type Payment, remainingOf } from '../payment/payment.js';
import { checkAmountNumeric } from '../rules/check-amount-numeric.js';
import { checkAmountPositive } from '../rules/check-amount-positive.js';
import { checkAmountWithinRemaining } from '../rules/check-amount-within-remaining.js';
import { checkBalance } from '../rules/check-balance.js';
import { checkInstant } from '../rules/check-instant.js';
import { checkDisbursements } from './check-disbursements.js';
import { planRefund, type RefundContext } from './plan-refund.js';
import type { RefundPlan, RefundRequest } from './refund-plan.js';

/**
 * Plans the refund of an advanced (split) payment over its `disbursements`: a partial
 * amount is spread in proportion to what each disbursement still has to refund (largest
 * remainder, ties to the lower index); `amount` absent or 0 refunds every disbursement in full
 * (those already fully refunded are left out).
 * Each share is planned with `planRefund`, so every rule holds for every disbursement; a
 * disbursement whose share is 0 is left out.
 *
 * The collector's balance, when given, must cover the debits of all shares together.
 *
 * Disbursements that repeat a payment or mix currencies are refused before anything is planned,
 * so no payment is ever refunded twice in one advanced refund.
 *
 * Returns one plan per disbursement refunded, in order, or the first rejection: all or nothing;
 * `InvalidAdvancedPayment` for repeated payments or mixed currencies, `InvalidInstant` for an
 * invalid `now`.
 */
export const planAdvancedRefund = (
  disbursements: readonly Payment[],
  request: RefundRequest,
  context: RefundContext,
): Result<RefundPlan[], RefundRejection | InvalidAdvancedPayment> => {
  const checked = checkDisbursements(disbursements);
  if (checked.isErr()) return err(checked.error);
  const requested = request.amount;
  const numeric = checkInstant(context.now, 'now').andThen(() => checkAmountNumeric(requested));
  if (numeric.isErr()) return err(numeric.error);
  const remaining = disbursements.map(remainingOf);
  const total = remaining.reduce((sum, r) => sum + r, 0);
  if (requested === undefined || requested === 0) {
    const open = disbursements.filter((_, index) => (remaining[index] ?? 0) > 0);
    // With nothing left anywhere, the first disbursement's own refusal says why.
    const targets = open.length > 0 ? open : disbursements.slice(0, 1);
    return Result.combine(targets.map((payment) => planRefund(payment, {}, context))).andThen(
      (plans) => checkCombinedBalance(plans, context),
    );
  }
  const positive = checkAmountPositive(requested);
  if (positive.isErr()) return err(positive.error);
  // The disbursements share one currency (gateways refuse a mix), and there is at least one.
  const currency = disbursements[0]?.currency ?? 'BRL';
  const within = checkAmountWithinRemaining(requested, total, currency);
  if (within.isErr()) return err(within.error);
  const shares = allocate(requested, remaining);
  return Result.combine(
    disbursements.flatMap((payment, index) => {
      const amount = shares[index] ?? 0;
      return amount === 0 ? [] : [planRefund(payment, { amount }, context)];
    }),
  ).andThen((plans) => checkCombinedBalance(plans, context));
};

// Each share passed R8 on its own; the disbursements draw on one balance, so it must cover them all.
const checkCombinedBalance = (
  plans: RefundPlan[],
  context: RefundContext,
): Result<RefundPlan[], RefundRejection> =>
  checkBalance(
    plans.reduce((sum, plan) => sum + plan.collectorDebit, 0),
    context.availableBalance,
    plans[0]?.currency ?? 'BRL',
  ).map(() => plans);
