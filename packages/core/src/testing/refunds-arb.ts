import * as fc from 'fast-check';
import { allocate } from '../money/allocate.js';
import type { Refund } from '../payment/payment.js';

/** What {@link refundsArb} builds refunds for. */
export interface RefundsArbOptions {
  /** The payment the refunds belong to. */
  readonly paymentId: string;
  /** What the refunds add up to, in minor units. */
  readonly total: number;
  /** How many refunds; each returns at least one minor unit, so never more than `total`. */
  readonly count: number;
  /** The earliest refund date (the payment's approval). */
  readonly from: Date;
  /** The latest refund date (the instant the payment is looked at). */
  readonly to: Date;
}

const SOURCE_TYPES = ['collector', 'admin', 'marketplace'] as const;
const REASONS = ['buyer_regret', 'product_not_received', 'damaged_product'] as const;

/**
 * The existing refunds of a payment: exactly `count` approved refunds (fewer only when `total`
 * is smaller) whose amounts are positive and add up to `total` exactly, dated in order between
 * `from` and `to`, with consecutive ids.
 */
export const refundsArb = (options: RefundsArbOptions): fc.Arbitrary<Refund[]> => {
  const count = Math.max(0, Math.min(options.count, options.total));
  const from = options.from.getTime();
  const span = Math.max(0, options.to.getTime() - from);
  const item = fc.record({
    weight: fc.integer({ min: 1, max: 100 }),
    offset: fc.integer({ min: 0, max: span }),
    source: fc.option(fc.constantFrom(...SOURCE_TYPES), { nil: null }),
    reason: fc.option(fc.constantFrom(...REASONS), { nil: null }),
  });
  return fc
    .record({
      firstId: fc.integer({ min: 1, max: 9_999_999_999 }),
      items: fc.array(item, { minLength: count, maxLength: count }),
    })
    .map(({ firstId, items }) => {
      // One unit each up front, the rest spread by weight: every refund stays positive.
      const amounts = allocate(
        options.total - count,
        items.map((i) => i.weight),
      ).map((part) => part + 1);
      const offsets = items.map((i) => i.offset).sort((a, b) => a - b);
      return items.map(
        (refundItem, index): Refund => ({
          id: String(firstId + index),
          paymentId: options.paymentId,
          amount: amounts[index] ?? 1,
          status: 'approved',
          dateCreated: new Date(from + (offsets[index] ?? 0)),
          source:
            refundItem.source === null
              ? null
              : { id: String(1000 + index), name: 'Seller', type: refundItem.source },
          metadata: {},
          reason: refundItem.reason,
          uniqueSequenceNumber: null,
          refundMode: 'standard',
          adjustmentAmount: 0,
        }),
      );
    });
};
