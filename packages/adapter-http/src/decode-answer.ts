import {
  type Currency,
  type InvalidResponse,
  invalidResponse,
  isCurrency,
  type Payment,
  type PaymentParseError,
  parsePayment,
  parseRefund,
  type Refund,
  wireIdOf,
} from '@reembolso/core';
import { err, ok, Result } from 'neverthrow';
import type { HttpAnswer } from './request-sender.js';

const invalid = (answer: HttpAnswer, what: string, problem: PaymentParseError | string) =>
  invalidResponse({
    httpStatus: answer.status,
    message: `Mercado Pago answered ${answer.status} with an invalid ${what}: ${
      typeof problem === 'string' ? problem : problem.message
    }`,
  });

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a payment answer through the core wire codec (`parsePayment`).
 *
 * Returns the payment, or `InvalidResponse` naming the offending field.
 */
export const decodePayment = (answer: HttpAnswer): Result<Payment, InvalidResponse> =>
  parsePayment(answer.body).mapErr((e) => invalid(answer, 'payment', e));

/**
 * Reads a refund answer of a payment in `currency` through the core wire codec (`parseRefund`).
 *
 * Returns the refund, or `InvalidResponse` naming the offending field.
 */
export const decodeRefund = (
  answer: HttpAnswer,
  currency: Currency,
): Result<Refund, InvalidResponse> =>
  parseRefund(answer.body, currency).mapErr((e) => invalid(answer, 'refund', e));

/**
 * Reads an array of refunds in `currency`: the list of a payment's refunds, or the answer of an
 * advanced-payment refund.
 *
 * Returns the refunds in order, or `InvalidResponse` when the body is not an array or an item
 * is not a valid refund.
 */
export const decodeRefunds = (
  answer: HttpAnswer,
  currency: Currency,
): Result<Refund[], InvalidResponse> => {
  if (!Array.isArray(answer.body)) return err(invalid(answer, 'refund list', 'not an array'));
  const items: readonly unknown[] = answer.body;
  return Result.combine(
    items.map((item, index) =>
      parseRefund(item, currency).mapErr((e) =>
        invalid(answer, 'refund list', `${index}.${e.message}`),
      ),
    ),
  );
};

/** Where an advanced payment's currency can be read: on it, or on its first payment. */
export type AdvancedPaymentCurrencySource =
  | { readonly kind: 'currency'; readonly currency: Currency }
  | { readonly kind: 'payment'; readonly paymentId: string };

/**
 * Where to read the currency of an advanced payment, from the answer of
 * `GET /v1/advanced_payments/{id}`: its own `currency_id` when it has a supported one, else its
 * first payment (`payments[0].id`, the documented shape), whose currency every payment of one
 * advanced payment shares.
 *
 * Returns the source, or `InvalidResponse` when the answer names neither.
 */
export const advancedPaymentCurrencySource = (
  answer: HttpAnswer,
): Result<AdvancedPaymentCurrencySource, InvalidResponse> => {
  const body = isRecord(answer.body) ? answer.body : {};
  if (isCurrency(body.currency_id)) return ok({ kind: 'currency', currency: body.currency_id });
  const payments = body.payments;
  const first: unknown = Array.isArray(payments) ? payments[0] : undefined;
  const paymentId = isRecord(first) ? wireIdOf(first.id) : null;
  return paymentId === null
    ? err(invalid(answer, 'advanced payment', 'neither currency_id nor payments.0.id'))
    : ok({ kind: 'payment', paymentId });
};
