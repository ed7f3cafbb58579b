import { badRequest } from '@reembolso/core';
import { err, ok, type Result, safeTry } from 'neverthrow';
import * as v from 'valibot';
import type { SandboxError } from '../errors.js';
import { type Charge, chargeOf, chargeSchema, draftPayment, type PaymentDraft } from './charge.js';
import { minorField } from './new-payment.js';
import { parseBody } from './parse-body.js';
import { wireIdField } from './wire-id-field.js';

/** The most disbursements one advanced payment may have. */
export const MAX_DISBURSEMENTS = 20;

const disbursementSchema = v.looseObject({
  amount: v.number('amount must be a number'),
  collector_id: v.optional(
    v.nullable(wireIdField('collector_id must be a number or a string of digits')),
  ),
  application_fee: v.optional(v.nullable(v.number('application_fee must be a number'))),
  external_reference: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(256)))),
});

const advancedPaymentSchema = v.looseObject({
  ...chargeSchema.entries,
  payments: v.optional(
    v.pipe(
      v.array(
        v.looseObject({
          ...chargeSchema.entries,
          transaction_amount: v.optional(v.number('transaction_amount must be a number')),
        }),
      ),
      v.maxLength(1, 'payments takes at most one payment'),
    ),
  ),
  disbursements: v.pipe(
    v.array(disbursementSchema, 'disbursements must be an array'),
    v.minLength(1, 'disbursements must not be empty'),
    v.maxLength(MAX_DISBURSEMENTS, `disbursements takes at most ${MAX_DISBURSEMENTS} items`),
  ),
});

/** One disbursement of a new advanced payment: its payment and what the request said of it. */
export interface DisbursementDraft {
  /** The ordinary payment the disbursement becomes, without its id. */
  readonly payment: PaymentDraft;
  /** The request's `external_reference`, echoed in the answer. */
  readonly externalReference: string | null;
}

/** A new advanced payment: how it was paid and its disbursements, in request order. */
export interface AdvancedPaymentDraft {
  /** The charge shared by every disbursement. */
  readonly charge: Charge;
  /** The sum of the disbursements, in minor units. */
  readonly transactionAmount: number;
  /** The disbursements. */
  readonly disbursements: readonly DisbursementDraft[];
}

/**
 * The advanced (split) payment a `POST /v1/advanced_payments` body asks for, at `now`. The
 * charge fields are those of `POST /v1/payments`, at the top level or in `payments[0]` as
 * Mercado Pago's own API sends them (the latter win); `disbursements[]` (1 to 20) each give an
 * `amount`, and optionally `collector_id`, `application_fee` and `external_reference`. Each
 * disbursement becomes an ordinary payment of its collector, paid the same way. A
 * `payments[0].transaction_amount`, when given, must equal the sum of the disbursements. Pure.
 *
 * Returns the draft, or `BadRequest`, `AmountTooPrecise`, `AmountOutOfRange`,
 * `UnsupportedCurrency`.
 */
export const advancedPaymentDraftOf = (
  body: unknown,
  now: Date,
): Result<AdvancedPaymentDraft, SandboxError> =>
  safeTry(function* () {
    const input = yield* parseBody(advancedPaymentSchema, body);
    const first = input.payments?.[0];
    const charge = yield* chargeOf({ ...input, ...first, payer: first?.payer ?? input.payer });
    const disbursements: DisbursementDraft[] = [];
    let total = 0;
    for (const [index, item] of input.disbursements.entries()) {
      const field = `disbursements.${index}`;
      const amount = yield* minorField(item.amount, charge.currency, `${field}.amount`);
      const fee = yield* minorField(
        item.application_fee ?? 0,
        charge.currency,
        `${field}.application_fee`,
        true,
      );
      if (fee > amount) {
        return err(badRequest(`${field}.application_fee must not exceed its amount`));
      }
      total += amount;
      disbursements.push({
        payment: draftPayment(charge, amount, fee, item.collector_id ?? null, now),
        externalReference: item.external_reference ?? null,
      });
    }
    if (!Number.isSafeInteger(total)) return err(badRequest('disbursements add up to too much'));
    if (first?.transaction_amount !== undefined) {
      const declared = yield* minorField(
        first.transaction_amount,
        charge.currency,
        'payments.0.transaction_amount',
      );
      if (declared !== total) {
        return err(
          badRequest('payments.0.transaction_amount must equal the sum of disbursements[].amount'),
        );
      }
    }
    return ok({ charge, transactionAmount: total, disbursements });
  });
