import {
  advancedPaymentNotFound,
  type Currency,
  fromMinor,
  invalidSplitterId,
  toWireDate,
  toWireRefund,
} from '@reembolso/core';
import { err, ok, safeTry } from 'neverthrow';
import { sandboxErrorOf } from '../errors.js';
import { idempotencyKeyOf } from '../http/idempotency-key.js';
import { readJsonObject } from '../http/read-json-body.js';
import { createdReply, okReply } from '../http/reply.js';
import { advancedPaymentDraftOf } from '../payments/new-advanced-payment.js';
import { requestedAmount } from '../payments/requested-amount.js';
import type { Route } from './route.js';

const DIGITS = /^\d+$/;

/**
 * `POST /v1/advanced_payments`: creates an advanced (split) payment, each disbursement an
 * ordinary payment readable at `GET /v1/payments/{id}`, and answers 201 with
 * `{ id, status, status_detail, currency_id, transaction_amount, description, date_created,
 * date_approved, disbursements: [{ id, amount, collector_id, application_fee,
 * external_reference, status, status_detail }] }`, where each disbursement's `id` is its
 * payment's id. The body is described at `advancedPaymentDraftOf`.
 */
export const createAdvancedPaymentRoute: Route = {
  method: 'POST',
  path: '/v1/advanced_payments',
  handle: ({ request, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const now = gateway.now();
      const draft = yield* advancedPaymentDraftOf(body, now);
      const payments = draft.disbursements.map((d) => ({ ...d.payment, id: gateway.nextId() }));
      const advanced = yield* gateway.seedAdvancedPayment({
        id: gateway.nextId(),
        disbursements: payments,
      });
      const { charge } = draft;
      const decimal = (minor: number): number => fromMinor(minor, charge.currency);
      return ok(
        createdReply({
          id: Number(advanced.id),
          status: charge.outcome.status,
          status_detail: charge.outcome.statusDetail,
          currency_id: charge.currency,
          transaction_amount: decimal(draft.transactionAmount),
          description: charge.description,
          date_created: toWireDate(now),
          date_approved: charge.outcome.status === 'approved' ? toWireDate(now) : null,
          disbursements: draft.disbursements.map((d, index) => ({
            id: Number(payments[index]?.id),
            amount: decimal(d.payment.transactionAmount),
            collector_id: d.payment.collectorId === null ? null : Number(d.payment.collectorId),
            application_fee: decimal(
              d.payment.feeDetails.reduce((sum, fee) => sum + fee.amount, 0),
            ),
            external_reference: d.externalReference,
            status: d.payment.status,
            status_detail: d.payment.statusDetail,
          })),
        }),
      );
    }),
};

/**
 * `POST /v1/advanced_payments/{id}/refunds` with `{"amount": n}` (absent or 0: everything):
 * refunds the disbursements, all or nothing, and answers 200 with an array of refund objects
 * (SPEC §8). A non-digit id → 400048; unknown → 404002; then as a payment refund: 4292, 4041,
 * too precise, and the rules' refusals.
 */
export const refundAdvancedPaymentRoute: Route = {
  method: 'POST',
  path: '/v1/advanced_payments/:id/refunds',
  handle: ({ request, params, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const id = params.id ?? '';
      if (!DIGITS.test(id)) return err(invalidSplitterId());
      const found = gateway.snapshot().advancedPayments.find((a) => a.id === id);
      if (found === undefined) return err(advancedPaymentNotFound());
      const firstId = found.paymentIds[0];
      const currency: Currency =
        firstId === undefined
          ? 'ARS'
          : (yield* gateway.getPayment(firstId).mapErr(sandboxErrorOf)).currency;
      const idempotencyKey = yield* idempotencyKeyOf(request);
      const amount = yield* requestedAmount(body, currency);
      const refunds = yield* gateway
        .refundAdvancedPayment(id, amount === undefined ? {} : { amount }, { idempotencyKey })
        .mapErr(sandboxErrorOf);
      return ok(okReply(refunds.map((refund) => toWireRefund(refund, currency))));
    }),
};
