import {
  amountExceedsRefundable,
  amountNotNumeric,
  amountNotPositive,
  formatAmount,
  insufficientBalance,
  invalidInstant,
  invalidPaymentState,
  type Payment,
  partialRefundUnsupported,
  type RefundPlan,
  type RefundRejection,
  refundWindowExpired,
  tooManyRefunds,
} from '@reembolso/core';

const DAY_MS = 86_400_000;
const WINDOW_MS = 90 * DAY_MS;
const MAX_REFUNDS = 20;

// The exact share `amount × part / whole`, rounded half to even, as the library rounds it.
const share = (amount: number, part: number, whole: number): number => {
  if (whole <= 0) return 0;
  const product = amount * part;
  let quotient: number;
  let remainder: number;
  if (Number.isSafeInteger(product)) {
    remainder = product % whole;
    quotient = (product - remainder) / whole;
  } else {
    const big = BigInt(Math.trunc(amount)) * BigInt(Math.trunc(part));
    const bigWhole = BigInt(Math.trunc(whole));
    const bigRemainder = big % bigWhole;
    quotient = Number((big - bigRemainder) / bigWhole);
    remainder = Number(bigRemainder);
  }
  const twice = Math.abs(remainder) * 2;
  const away = remainder < 0 ? -1 : 1;
  if (twice > whole || (twice === whole && Math.abs(quotient) % 2 === 1)) return quotient + away;
  return quotient;
};

/**
 * The baseline planRefund is measured against: the classic rules (R1–R8) as one hand-written
 * if-chain, with none of the library's structure (no Result, no rule functions, no policy read
 * from data), answering the identical plan (all its fields, fee shares rounded half to even
 * with exact integers) or the identical rejection. The bench checks it against `planRefund` on
 * every input before timing anything.
 */
export const baselinePlan = (
  payment: Payment,
  requested: number | undefined,
  now: Date,
  availableBalance?: number,
): RefundPlan | RefundRejection => {
  const validNow = now instanceof Date && !Number.isNaN(now.getTime());
  if (!validNow) return invalidInstant({ field: 'now' });
  if (requested !== undefined && !Number.isSafeInteger(requested)) return amountNotNumeric();
  if (requested !== undefined && requested <= 0) return amountNotPositive();
  const { status, statusDetail } = payment;
  if (
    status !== 'approved' ||
    (statusDetail !== 'accredited' && statusDetail !== 'partially_refunded')
  ) {
    return invalidPaymentState({ status, statusDetail });
  }
  if (payment.dateApproved === null) return refundWindowExpired({ deadline: null });
  const approved = payment.dateApproved.getTime();
  if (Number.isNaN(approved)) return invalidInstant({ field: 'dateApproved' });
  if (!(now.getTime() <= approved + WINDOW_MS)) {
    const last = new Date(approved + WINDOW_MS);
    return refundWindowExpired({
      deadline: Number.isNaN(last.getTime()) ? null : last.toISOString(),
    });
  }
  const total = payment.transactionAmount;
  const before = payment.refundedAmount;
  const remaining = total - before;
  const amount = requested ?? remaining;
  const kind =
    before === 0 && payment.refunds.length === 0 && amount === total ? 'total' : 'partial';
  if (kind === 'partial') {
    if (payment.marketplace === 'MELI') return partialRefundUnsupported({ reason: 'marketplace' });
    if (payment.paymentMethodId === 'melicard') {
      return partialRefundUnsupported({ reason: 'payment_method' });
    }
    if (payment.operationType === 'recurring_payment' && payment.currency === 'ARS') {
      return partialRefundUnsupported({ reason: 'recurring_payment' });
    }
  }
  if (payment.refunds.length >= MAX_REFUNDS) return tooManyRefunds({ maxRefunds: MAX_REFUNDS });
  if (amount > remaining || remaining <= 0) {
    return amountExceedsRefundable({
      remaining,
      message: `amount exceeds what remains to refund (${formatAmount(remaining, payment.currency)})`,
    });
  }
  const after = before + amount;
  let payerFees = 0;
  let collectorFees = 0;
  const fees = [];
  for (const fee of payment.feeDetails) {
    const part = share(fee.amount, after, total) - share(fee.amount, before, total);
    if (fee.feePayer === 'payer') payerFees += part;
    else collectorFees += part;
    fees.push({ type: fee.type, payer: fee.feePayer, amount: part });
  }
  const collectorDebit = amount - collectorFees;
  if (availableBalance !== undefined && collectorDebit > availableBalance) {
    return insufficientBalance({
      required: collectorDebit,
      available: availableBalance,
      message: `available balance (${formatAmount(availableBalance, payment.currency)}) cannot cover the collector's debit of ${formatAmount(collectorDebit, payment.currency)}`,
    });
  }
  const full = after === total;
  const type = payment.paymentTypeId;
  return {
    paymentId: payment.id,
    currency: payment.currency,
    kind,
    amount,
    refundedBefore: before,
    refundedAfter: after,
    remainingAfter: total - after,
    statusAfter: full ? 'refunded' : 'approved',
    statusDetailAfter: full ? 'refunded' : 'partially_refunded',
    fees,
    payerReceives: amount + payerFees,
    collectorDebit,
    destination:
      type === 'credit_card' || type === 'debit_card' || type === 'prepaid_card'
        ? 'card'
        : 'account_money',
  };
};
