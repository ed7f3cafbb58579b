import type { AdvancedPayment, MemoryGateway } from '@reembolso/adapter-memory';
import {
  advancedPaymentNotFound,
  type Currency,
  idempotencyKeyOfHeader,
  invalidSplitterId,
  isMercadoPagoId,
  type Payment,
  toWireRefund,
} from '@reembolso/core';
import { err, ok, type Result, safeTry } from 'neverthrow';
import { type SandboxError, sandboxErrorOf } from '../errors.js';
import { readJsonObject } from '../http/read-json-body.js';
import { createdReply, okReply } from '../http/reply.js';
import { advancedPaymentDraftOf } from '../payments/new-advanced-payment.js';
import { requestedAmount } from '../payments/requested-amount.js';
import { toWireAdvancedPayment } from '../payments/wire-advanced-payment.js';
import type { Route } from './route.js';

// The advanced payment `id` names in the caller's account: 400048 when not digits, 404002 when unknown.
const findAdvancedPayment = (
  gateway: MemoryGateway,
  id: string,
): Result<AdvancedPayment, SandboxError> => {
  if (!isMercadoPagoId(id)) return err(invalidSplitterId());
  const found = gateway.snapshot().advancedPayments.find((a) => a.id === id);
  return found === undefined ? err(advancedPaymentNotFound()) : ok(found);
};

// The disbursements' payments of `advanced` as they are now, in order.
const paymentsOf = (gateway: MemoryGateway, advanced: AdvancedPayment): Payment[] => {
  const { payments } = gateway.snapshot();
  return advanced.paymentIds.flatMap((id) => payments.find((p) => p.id === id) ?? []);
};

/**
 * `POST /v1/advanced_payments`: creates an advanced (split) payment, each disbursement an
 * ordinary payment readable at `GET /v1/payments/{id}`, and answers it, 201, in the shape of
 * `toWireAdvancedPayment` (`{ id, status, currency_id, …, payments, disbursements }`). The body
 * is described at `advancedPaymentDraftOf`.
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
      const references = draft.disbursements.map((d) => d.externalReference);
      return ok(
        createdReply(toWireAdvancedPayment(advanced.id, paymentsOf(gateway, advanced), references)),
      );
    }),
};

/**
 * `GET /v1/advanced_payments/{id}`: the advanced payment as `POST /v1/advanced_payments`
 * answered it, with its disbursements' current statuses and amounts, 200 (external references
 * are not kept: `null`). A non-digit id → 400048; unknown, another account's included → 404002.
 */
export const getAdvancedPaymentRoute: Route = {
  method: 'GET',
  path: '/v1/advanced_payments/:id',
  handle: ({ params, gateway }) =>
    safeTry(async function* () {
      const advanced = yield* findAdvancedPayment(gateway, params.id ?? '');
      return ok(okReply(toWireAdvancedPayment(advanced.id, paymentsOf(gateway, advanced))));
    }),
};

/**
 * `POST /v1/advanced_payments/{id}/refunds` with `{"amount": n}` (absent or 0: everything):
 * refunds the disbursements, all or nothing, and answers 200 with an array of refund objects
 *. A non-digit id → 400048; unknown → 404002; then as a payment refund: 4292, 4041,
 * too precise, and the rules' refusals.
 */
export const refundAdvancedPaymentRoute: Route = {
  method: 'POST',
  path: '/v1/advanced_payments/:id/refunds',
  handle: ({ request, params, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const advanced = yield* findAdvancedPayment(gateway, params.id ?? '');
      const firstId = advanced.paymentIds[0];
      const currency: Currency =
        firstId === undefined
          ? 'ARS'
          : (yield* gateway.getPayment(firstId).mapErr(sandboxErrorOf)).currency;
      const key = yield* idempotencyKeyOfHeader(request.headers.get('x-idempotency-key'));
      const amount = yield* requestedAmount(body, currency);
      const path = `/v1/advanced_payments/${advanced.id}/refunds`;
      const refunds = yield* gateway
        .runIdempotently({
          key,
          request: { method: 'POST', path, body },
          run: () =>
            gateway.refundAdvancedPayment(advanced.id, amount === undefined ? {} : { amount }),
        })
        .mapErr(sandboxErrorOf);
      return ok(okReply(refunds.map((refund) => toWireRefund(refund, currency))));
    }),
};
