import { err, ok, Result } from 'neverthrow';
import * as v from 'valibot';
import { type PaymentParseError, paymentParseError } from '../errors.js';
import { type Currency, parseCurrency } from '../money/currency.js';
import { toMinor } from '../money/to-minor.js';
import {
  firstIssue,
  type WireRefundInput,
  wirePaymentSchema,
  wireRefundSchema,
} from '../wire/wire-schemas.js';
import { checkPaymentDepth } from './check-payment-depth.js';
import type { FeeDetail, Payment, Refund } from './payment.js';
import { readPaymentLean, readRefundLean } from './read-payment-lean.js';

/**
 * Reads a payment from Mercado Pago's JSON, as `GET /v1/payments/{id}` returns it, into the
 * domain {@link Payment}: amounts become exact minor units, dates become `Date`s, unknown fields
 * are ignored. Never throws, whatever the input.
 *
 * Returns the payment, or a `PaymentParseError` whose `path` names the offending field
 * (`"transaction_amount"`, `"refunds.1.amount"`) when a required field is missing or ill-typed,
 * an amount is too precise for the currency, the currency is unsupported, `date_approved` is
 * missing on an approved or refunded payment, the refunded total exceeds the amount paid (or,
 * on a `refunded` payment, falls short of it), `transaction_amount_refunded` disagrees with the
 * sum of `refunds[]`, a refund names another payment, or the JSON nests deeper than 64 levels.
 * Messages name the field and what was expected, never the input's values.
 *
 * @param json - The body of `GET /v1/payments/{id}`, parsed from JSON but not otherwise checked.
 * @example
 * ```ts
 * import { parsePayment } from '@reembolso/core';
 *
 * const parsed = parsePayment({
 *   id: 20359978,
 *   status: 'approved',
 *   status_detail: 'accredited',
 *   currency_id: 'BRL',
 *   transaction_amount: 100,
 *   date_approved: '2026-03-01T08:00:00.000-04:00',
 *   payment_method_id: 'visa',
 *   payment_type_id: 'credit_card',
 * });
 * const told = parsed.map((p) => `${p.id} ${p.status} ${p.transactionAmount} ${p.currency}`);
 * console.log(told.unwrapOr('')); // 20359978 approved 10000 BRL
 *
 * const broken = parsePayment({ id: 20359978, status: 'approved' });
 * console.log(broken.isErr() && broken.error.message); // currency_id is missing
 * ```
 */
export const parsePayment = (json: unknown): Result<Payment, PaymentParseError> => {
  const shallow = checkPaymentDepth(json);
  if (shallow.isErr()) return err(shallow.error);
  // valibot's object schemas take arrays too; a payment is a JSON object and nothing else.
  if (Array.isArray(json)) return fail('', 'a payment must be a JSON object');
  // The shapes Mercado Pago sends take a lean path; anything else, errors included, the schemas.
  const lean = readPaymentLean(json);
  if (lean !== undefined) return ok(lean);
  return parseThroughSchemas(json);
};

/**
 * {@link parsePayment} through the valibot schemas alone: the reference its lean path is tested
 * against, and the path that words every error. Internal to the core.
 */
export const parseThroughSchemas = (json: unknown): Result<Payment, PaymentParseError> => {
  if (Array.isArray(json)) return fail('', 'a payment must be a JSON object');
  const parsed = v.safeParse(wirePaymentSchema, json);
  if (!parsed.success) return err(paymentParseError(firstIssue(parsed.issues)));
  const wire = parsed.output;
  const currency = parseCurrency(wire.currency_id);
  if (currency.isErr()) {
    return fail('currency_id', `currency_id: ${currency.error.message}`);
  }
  const c = currency.value;
  return Result.combine([
    minorAt(wire.transaction_amount, c, 'transaction_amount'),
    feesOf(wire.fee_details, c),
    refundsOf(wire.refunds, c),
    wire.transaction_amount_refunded === undefined
      ? ok(null)
      : minorAt(wire.transaction_amount_refunded, c, 'transaction_amount_refunded'),
  ]).andThen(([transactionAmount, feeDetails, refunds, declaredRefunded]) => {
    const refundSum = refunds.reduce((sum, refund) => sum + refund.amount, 0);
    const refundedAmount = declaredRefunded ?? refundSum;
    if (transactionAmount < 0) {
      return fail('transaction_amount', 'transaction_amount must not be negative');
    }
    if (refunds.length > 0 && declaredRefunded !== null && declaredRefunded !== refundSum) {
      return fail(
        'transaction_amount_refunded',
        'transaction_amount_refunded must equal the sum of refunds[].amount',
      );
    }
    if (refundedAmount < 0 || refundedAmount > transactionAmount) {
      return fail(
        'transaction_amount_refunded',
        'transaction_amount_refunded must be between 0 and transaction_amount',
      );
    }
    if (wire.status === 'refunded' && refundedAmount !== transactionAmount) {
      return fail('transaction_amount_refunded', 'a refunded payment has refunded everything');
    }
    const stray = refunds.findIndex((refund) => refund.paymentId !== wire.id);
    if (stray >= 0) {
      return fail(`refunds.${stray}.payment_id`, 'a refund of another payment');
    }
    if ((wire.status === 'approved' || wire.status === 'refunded') && !wire.date_approved) {
      return fail('date_approved', `date_approved is required when status is ${wire.status}`);
    }
    const payment: Payment = {
      id: wire.id,
      status: wire.status,
      statusDetail: wire.status_detail,
      currency: c,
      transactionAmount,
      refundedAmount,
      dateCreated: wire.date_created,
      dateApproved: wire.date_approved,
      paymentMethodId: wire.payment_method_id,
      paymentTypeId: wire.payment_type_id,
      operationType: wire.operation_type,
      // Mercado Libre items are marked either way, depending on the API version.
      marketplace: wire.order?.type === 'mercadolibre' ? 'MELI' : wire.marketplace,
      feeDetails,
      captured: wire.captured,
      refunds,
      description: wire.description,
      collectorId: wire.collector_id,
    };
    return ok(payment);
  });
};

/**
 * Reads one refund object whose amounts are in `currency`. Never throws.
 *
 * Returns the domain {@link Refund}, or a `PaymentParseError` naming the field that is missing,
 * ill-typed or too precise for the currency.
 */
export const parseRefund = (
  json: unknown,
  currency: Currency,
): Result<Refund, PaymentParseError> => {
  const shallow = checkPaymentDepth(json);
  if (shallow.isErr()) return err(shallow.error);
  const lean = readRefundLean(json, currency);
  return lean === undefined ? parseRefundThroughSchemas(json, currency) : ok(lean);
};

/**
 * {@link parseRefund} through the valibot schemas alone: the reference its lean path is tested
 * against, and the path that words every error. Internal to the core.
 */
export const parseRefundThroughSchemas = (
  json: unknown,
  currency: Currency,
): Result<Refund, PaymentParseError> => {
  const parsed = v.safeParse(wireRefundSchema, json);
  if (!parsed.success) return err(paymentParseError(firstIssue(parsed.issues)));
  return refundOf(parsed.output, currency, '');
};

const fail = (path: string, message: string): Result<never, PaymentParseError> =>
  err(paymentParseError({ path, message }));

const minorAt = (
  amount: number,
  currency: Currency,
  path: string,
): Result<number, PaymentParseError> =>
  toMinor(amount, currency).mapErr((e) =>
    paymentParseError({ path, message: `${path}: ${e.message}` }),
  );

const feesOf = (
  fees: readonly { type: string; amount: number; fee_payer: 'collector' | 'payer' }[],
  currency: Currency,
): Result<FeeDetail[], PaymentParseError> =>
  Result.combine(
    fees.map((fee, index) =>
      minorAt(fee.amount, currency, `fee_details.${index}.amount`).andThen((amount) =>
        amount < 0
          ? fail(`fee_details.${index}.amount`, 'fee amounts must not be negative')
          : ok<FeeDetail>({ type: fee.type, amount, feePayer: fee.fee_payer }),
      ),
    ),
  );

const refundsOf = (
  refunds: readonly WireRefundInput[],
  currency: Currency,
): Result<Refund[], PaymentParseError> =>
  Result.combine(refunds.map((refund, index) => refundOf(refund, currency, `refunds.${index}.`)));

const refundOf = (
  wire: WireRefundInput,
  currency: Currency,
  prefix: string,
): Result<Refund, PaymentParseError> =>
  Result.combine([
    minorAt(wire.amount, currency, `${prefix}amount`),
    minorAt(wire.adjustment_amount, currency, `${prefix}adjustment_amount`),
  ]).andThen(([amount, adjustmentAmount]) =>
    amount <= 0
      ? fail(`${prefix}amount`, 'a refund amount must be positive')
      : ok<Refund>({
          id: wire.id,
          paymentId: wire.payment_id,
          amount,
          status: wire.status,
          dateCreated: wire.date_created,
          source: wire.source,
          metadata: wire.metadata,
          reason: wire.reason,
          uniqueSequenceNumber: wire.unique_sequence_number,
          refundMode: wire.refund_mode,
          adjustmentAmount,
        }),
  );
