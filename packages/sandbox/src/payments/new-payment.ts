import { badRequest, type Currency, toMinor } from '@reembolso/core';
import { err, ok, type Result, safeTry } from 'neverthrow';
import * as v from 'valibot';
import type { SandboxError } from '../errors.js';
import { chargeOf, chargeSchema, draftPayment, type PaymentDraft } from './charge.js';
import { parseBody } from './parse-body.js';

const createPaymentSchema = v.looseObject({
  ...chargeSchema.entries,
  transaction_amount: v.number('transaction_amount must be a number'),
  application_fee: v.optional(v.nullable(v.number('application_fee must be a number'))),
});

/**
 * A wire decimal as minor units of `currency`, which must be positive (`allowZero` for fees).
 * Returns them, or `toMinor`'s errors and `BadRequest` naming `field`.
 */
export const minorField = (
  amount: number,
  currency: Currency,
  field: string,
  allowZero = false,
): Result<number, SandboxError> =>
  toMinor(amount, currency).andThen((minor) =>
    minor > 0 || (allowZero && minor === 0)
      ? ok(minor)
      : err(badRequest(`${field} must be ${allowZero ? 'zero or more' : 'positive'}`)),
  );

/**
 * The payment a `POST /v1/payments` body asks for, at `now`: `transaction_amount` a
 * positive decimal of the currency, an optional `application_fee` charged to the collector, and
 * the charge fields of {@link chargeOf}. Pure.
 *
 * Returns the payment without its id, or `BadRequest` for a missing or ill-typed field,
 * `AmountTooPrecise`, `AmountOutOfRange` and `UnsupportedCurrency`.
 */
export const paymentDraftOf = (body: unknown, now: Date): Result<PaymentDraft, SandboxError> =>
  safeTry(function* () {
    const input = yield* parseBody(createPaymentSchema, body);
    const charge = yield* chargeOf(input);
    const amount = yield* minorField(
      input.transaction_amount,
      charge.currency,
      'transaction_amount',
    );
    const fee = yield* minorField(
      input.application_fee ?? 0,
      charge.currency,
      'application_fee',
      true,
    );
    if (fee > amount) return err(badRequest('application_fee must not exceed transaction_amount'));
    return ok(draftPayment(charge, amount, fee, null, now));
  });
