import type { GatewayError } from '@reembolso/core';
import { expectedRefund } from './expected-refund.js';
import { type GatewayModel, type ModelPayment, refundedOf } from './gateway-model.js';
import { largestRemainder } from './largest-remainder.js';

/** One disbursement's part of an advanced refund. */
export interface ExpectedShare {
  readonly payment: ModelPayment;
  readonly amount: number;
  readonly debit: number;
}

/** What an advanced refund should do: these shares, in disbursement order, or be refused. */
export type ExpectedAdvancedRefund =
  | { readonly type: 'ok'; readonly shares: readonly ExpectedShare[] }
  | { readonly type: GatewayError['type'] };

/**
 * The advanced-refund rules written out again: `amount` absent or 0 refunds every disbursement with something
 * left (with nothing left anywhere, the first one's refusal says why); another amount is spread
 * in proportion to what each has left, largest remainder, ties to the lower index, a share of 0
 * refunding nothing. Each share must pass R1–R8 on its own and the balance must cover all the
 * debits together; the first refusal, in disbursement order, refuses everything.
 */
export const expectedAdvancedRefund = (
  model: Readonly<GatewayModel>,
  disbursements: readonly ModelPayment[],
  amount: number | undefined,
  balance: number | undefined,
): ExpectedAdvancedRefund => {
  if (amount !== undefined && !Number.isInteger(amount)) return { type: 'AmountNotNumeric' };
  const remaining = disbursements.map((p) => p.transactionAmount - refundedOf(p));
  let parts: { readonly payment: ModelPayment; readonly amount: number | undefined }[];
  if (amount === undefined || amount === 0) {
    const open = disbursements.filter((_, index) => (remaining[index] ?? 0) > 0);
    parts = (open.length > 0 ? open : disbursements.slice(0, 1)).map((payment) => ({
      payment,
      amount: undefined,
    }));
  } else {
    if (amount < 0) return { type: 'AmountNotPositive' };
    if (amount > remaining.reduce((sum, r) => sum + r, 0)) {
      return { type: 'AmountExceedsRefundable' };
    }
    const shares = largestRemainder(amount, remaining);
    parts = disbursements.flatMap((payment, index) => {
      const share = shares[index] ?? 0;
      return share === 0 ? [] : [{ payment, amount: share }];
    });
  }
  const planned: ExpectedShare[] = [];
  for (const part of parts) {
    const expected = expectedRefund(model, part.payment, part.amount, balance);
    if (expected.type !== 'ok') return { type: expected.type };
    planned.push({ payment: part.payment, amount: expected.amount, debit: expected.debit });
  }
  const debits = planned.reduce((sum, share) => sum + share.debit, 0);
  if (balance !== undefined && debits > balance) return { type: 'InsufficientBalance' };
  return { type: 'ok', shares: planned };
};
