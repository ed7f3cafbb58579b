import { badRequest, type Currency, type Payment, parseCurrency } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';
import * as v from 'valibot';
import type { SandboxError } from '../errors.js';
import { cardholderOutcome, type PaymentOutcome } from './cardholder-outcome.js';
import { isPaidLater, paymentMethodInfo } from './payment-methods.js';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * The fields of a charge that `POST /v1/payments` and `POST /v1/advanced_payments` share: how
 * the payer pays and who the payer is. Unknown fields (`token`, `installments`, …) are ignored.
 */
export const chargeSchema = v.looseObject({
  payment_method_id: v.optional(v.pipe(text(64), v.nonEmpty())),
  payment_type_id: v.optional(v.pipe(text(64), v.nonEmpty())),
  token: v.optional(v.nullable(text(256))),
  currency_id: v.optional(v.string()),
  description: v.optional(v.nullable(text(600))),
  capture: v.optional(v.boolean()),
  payer: v.optional(
    v.nullable(
      v.looseObject({
        email: v.optional(v.nullable(text(256))),
        first_name: v.optional(v.nullable(text(256))),
      }),
    ),
  ),
});

/** The output of {@link chargeSchema}. */
export type ChargeInput = v.InferOutput<typeof chargeSchema>;

/** How a new payment is paid, decided from a request's charge fields. */
export interface Charge {
  /** `visa`, `pix`, `bolbradesco`, … */
  readonly paymentMethodId: string;
  /** `credit_card`, `ticket`, `bank_transfer`, … */
  readonly paymentTypeId: string;
  /** The currency of the amounts. */
  readonly currency: Currency;
  /** The status the payment starts in. */
  readonly outcome: PaymentOutcome;
  /** Whether the money is taken (false for an authorized reserve). */
  readonly captured: boolean;
  /** The payment's description, if any. */
  readonly description: string | null;
}

/**
 * Decides how a new payment is paid. The method is `payment_method_id`, or `visa` when
 * only a card `token` is given; its type is `payment_type_id` or the sandbox's table; the
 * currency is `currency_id`, or the method's country's, or ARS. Pix, tickets, ATM and bank
 * transfers start `pending`; cards end as the test cardholder name in `payer.first_name` says,
 * `capture: false` making an approval an authorized reserve.
 *
 * Returns the {@link Charge}, or `BadRequest` without a method and `UnsupportedCurrency`.
 */
export const chargeOf = (input: ChargeInput): Result<Charge, SandboxError> => {
  const paymentMethodId =
    input.payment_method_id ?? (typeof input.token === 'string' ? 'visa' : undefined);
  if (paymentMethodId === undefined) {
    return err(badRequest('payment_method_id is required'));
  }
  const info = paymentMethodInfo(paymentMethodId);
  const paymentTypeId = input.payment_type_id ?? info.paymentTypeId;
  return parseCurrency(input.currency_id ?? info.currency ?? 'ARS').andThen((currency) => {
    const paidLater = isPaidLater(paymentTypeId);
    const outcome: PaymentOutcome = paidLater
      ? {
          status: 'pending',
          statusDetail:
            paymentTypeId === 'bank_transfer'
              ? 'pending_waiting_transfer'
              : 'pending_waiting_payment',
        }
      : cardholderOutcome(input.payer?.first_name ?? undefined, input.capture ?? true);
    return ok<Charge>({
      paymentMethodId,
      paymentTypeId,
      currency,
      outcome,
      captured: paidLater || input.capture !== false,
      description: input.description ?? null,
    });
  });
};

/** A payment that has everything but its id, which is drawn only once the request is valid. */
export type PaymentDraft = Omit<Payment, 'id'>;

/**
 * A new payment of `transactionAmount` minor units paid by `charge` at `now`, with an
 * `application_fee` of `applicationFee` minor units charged to the collector when positive.
 * Returns the draft; total.
 */
export const draftPayment = (
  charge: Charge,
  transactionAmount: number,
  applicationFee: number,
  collectorId: string | null,
  now: Date,
): PaymentDraft => ({
  status: charge.outcome.status,
  statusDetail: charge.outcome.statusDetail,
  currency: charge.currency,
  transactionAmount,
  refundedAmount: 0,
  dateCreated: now,
  dateApproved: charge.outcome.status === 'approved' ? now : null,
  paymentMethodId: charge.paymentMethodId,
  paymentTypeId: charge.paymentTypeId,
  operationType: 'regular_payment',
  marketplace: 'NONE',
  feeDetails:
    applicationFee > 0
      ? [{ type: 'application_fee', amount: applicationFee, feePayer: 'collector' }]
      : [],
  captured: charge.captured,
  refunds: [],
  description: charge.description,
  collectorId,
});
