import * as fc from 'fast-check';
import type { Currency } from '../money/currency.js';
import { maxMinorUnits } from '../money/max-minor-units.js';
import { PAYMENT_STATUSES, type Payment, type PaymentStatus } from '../payment/payment.js';
import { approvalDateArb } from './approval-date-arb.js';
import { currencyArb } from './currency-arb.js';
import { feeDetailsArb } from './fee-details-arb.js';
import { cardPaymentMethodArb, paymentMethodArb } from './payment-method-arb.js';
import { refundsArb } from './refunds-arb.js';

/** Options of {@link paymentArb}. */
export interface PaymentArbOptions {
  /**
   * The instant the payment is looked at: every date falls at or before it, and approvals bunch
   * around the 90- and 180-day window limits counted back from it. {@link defaultNow} when absent.
   */
  readonly now?: Date;
  /** Only payments in this currency; any supported currency when absent. */
  readonly currency?: Currency;
  /** Only payments in this status; any status when absent. */
  readonly status?: PaymentStatus;
  /**
   * The most refunds a payment already holds, up to 20 (Mercado Pago's limit, the default);
   * a `refunded` payment holds at least one whatever this says.
   */
  readonly maxRefunds?: number;
  /** The oldest approval, in days before `now`; 400 when absent. */
  readonly maxAgeDays?: number;
}

/** The instant {@link paymentArb} looks at payments from when given no `now`. */
export const defaultNow = new Date('2024-06-01T12:00:00.000Z');

// The details Mercado Pago reports beside each status.
const DETAILS: Readonly<Record<PaymentStatus, readonly string[]>> = {
  pending: ['pending_contingency', 'pending_waiting_payment', 'pending_waiting_transfer'],
  approved: ['accredited'],
  authorized: ['pending_capture'],
  in_process: ['pending_contingency', 'pending_review_manual', 'offline_process'],
  in_mediation: ['in_mediation'],
  rejected: [
    'cc_rejected_other_reason',
    'cc_rejected_insufficient_amount',
    'cc_rejected_high_risk',
  ],
  cancelled: ['by_collector', 'by_payer', 'expired'],
  refunded: ['refunded'],
  charged_back: ['settled', 'reimbursed'],
};

// Statuses a payment reaches only after it was approved, so they carry a `date_approved`.
const APPROVED_ONCE: ReadonlySet<PaymentStatus> = new Set([
  'approved',
  'refunded',
  'in_mediation',
  'charged_back',
]);

const DAY_MS = 86_400_000;

/**
 * A domain {@link Payment} that is valid by construction, in every status and currency:
 * `parsePayment(toWirePayment(p))` gives `p` back. Status and detail agree with the refunds
 * (`approved`/`accredited` with none, `approved`/`partially_refunded` with some left to refund,
 * `refunded`/`refunded` with everything refunded); the refunds (up to 20) add up to
 * `refundedAmount` exactly; `date_approved` is set exactly for statuses reached after an
 * approval, and sits often on a 90- or 180-day window limit relative to `now`; authorized
 * reserves are not captured. Mixes the policy edges: Mercado Libre items (`MELI`), melicard,
 * recurring payments, Peruvian payments, fees paid by the collector and by the payer, card and
 * non-card means of payment.
 */
export const paymentArb = (options: PaymentArbOptions = {}): fc.Arbitrary<Payment> => {
  const now = options.now ?? defaultNow;
  const maxRefunds = Math.max(0, Math.min(options.maxRefunds ?? 20, 20));
  return fc
    .record({
      status:
        options.status === undefined
          ? fc.constantFrom(...PAYMENT_STATUSES)
          : fc.constant(options.status),
      currency: options.currency === undefined ? currencyArb : fc.constant(options.currency),
    })
    .chain(({ status, currency }) =>
      fc
        .record({
          refundCount:
            status === 'approved'
              ? fc.integer({ min: 0, max: maxRefunds })
              : status === 'refunded'
                ? fc.integer({ min: 1, max: Math.max(1, maxRefunds) })
                : fc.constant(0),
          small: fc.boolean(),
        })
        .chain(({ refundCount, small }) => {
          // Room for one unit per refund, plus one left over while approved.
          const minAmount = Math.max(
            1,
            refundCount + (status === 'approved' && refundCount > 0 ? 1 : 0),
          );
          const ceiling = small
            ? Math.min(10_000_000, maxMinorUnits(currency))
            : maxMinorUnits(currency);
          return fc
            .integer({ min: minAmount, max: Math.max(minAmount, ceiling) })
            .chain((transactionAmount) =>
              paymentWith({ now, status, currency, refundCount, transactionAmount, options }),
            );
        }),
    );
};

interface Shape {
  readonly now: Date;
  readonly status: PaymentStatus;
  readonly currency: Currency;
  readonly refundCount: number;
  readonly transactionAmount: number;
  readonly options: PaymentArbOptions;
}

const paymentWith = (shape: Shape): fc.Arbitrary<Payment> => {
  const { now, status, currency, refundCount, transactionAmount } = shape;
  const refundedAmount =
    refundCount === 0
      ? fc.constant(0)
      : status === 'refunded'
        ? fc.constant(transactionAmount)
        : fc.integer({ min: refundCount, max: transactionAmount - 1 });
  const approvedOnce = APPROVED_ONCE.has(status);
  return fc
    .record({
      id: fc.integer({ min: 1, max: 99_999_999_999 }).map(String),
      statusDetail: fc.constantFrom(...DETAILS[status]),
      dateApproved: approvedOnce
        ? approvalDateArb(
            now,
            shape.options.maxAgeDays === undefined ? {} : { maxAgeDays: shape.options.maxAgeDays },
          )
        : fc.constant(null),
      createdBefore: fc.integer({ min: 0, max: 3 * DAY_MS }),
      method: status === 'authorized' ? cardPaymentMethodArb : paymentMethodArb,
      operationType: fc.constantFrom('regular_payment', 'recurring_payment', 'pos_payment'),
      marketplace: fc.constantFrom('NONE', 'MELI', null),
      feeDetails: feeDetailsArb(transactionAmount),
      description: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
      collectorId: fc.option(fc.integer({ min: 1, max: 9_999_999_999 }).map(String), { nil: null }),
      refundedAmount,
    })
    .chain((drawn) => {
      const approvedAt = drawn.dateApproved ?? now;
      return refundsArb({
        paymentId: drawn.id,
        total: drawn.refundedAmount,
        count: refundCount,
        from: approvedAt,
        to: now,
      }).map(
        (refunds): Payment => ({
          id: drawn.id,
          status,
          statusDetail:
            status === 'approved' && refunds.length > 0 ? 'partially_refunded' : drawn.statusDetail,
          currency,
          transactionAmount,
          refundedAmount: drawn.refundedAmount,
          dateCreated: new Date(approvedAt.getTime() - drawn.createdBefore),
          dateApproved: drawn.dateApproved,
          paymentMethodId: drawn.method.paymentMethodId,
          paymentTypeId: drawn.method.paymentTypeId,
          operationType: drawn.operationType,
          marketplace: drawn.marketplace,
          feeDetails: drawn.feeDetails,
          captured: status !== 'authorized',
          refunds,
          description: drawn.description,
          collectorId: drawn.collectorId,
        }),
      );
    });
};
