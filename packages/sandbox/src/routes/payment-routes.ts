import {
  idempotencyKeyOfHeader,
  invalidCancellationStatus,
  missingCancellationStatus,
  toWirePayment,
  toWireRefund,
} from '@reembolso/core';
import { err, ok, type Result, ResultAsync, safeTry } from 'neverthrow';
import type { SandboxError } from '../errors.js';
import { sandboxErrorOf } from '../errors.js';
import { readJsonObject } from '../http/read-json-body.js';
import { createdReply, okReply, type Reply } from '../http/reply.js';
import { paymentDraftOf } from '../payments/new-payment.js';
import { requestedAmount } from '../payments/requested-amount.js';
import { notifierOf } from '../webhooks/notifier-registry.js';
import { webhookUrlOf } from '../webhooks/webhook-url.js';
import type { Route } from './route.js';

/**
 * `POST /v1/payments`: creates a payment and answers it, 201. A `notification_url` receives this
 * payment's notifications instead of the account's webhook URL.
 */
export const createPaymentRoute: Route = {
  method: 'POST',
  path: '/v1/payments',
  handle: ({ request, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const draft = yield* paymentDraftOf(body, gateway.now());
      const notificationUrl =
        body.notification_url === undefined
          ? undefined
          : yield* webhookUrlOf('notification_url', body.notification_url);
      const id = gateway.nextId();
      // Before the payment exists, so that its payment.created goes there too.
      const notifier = notifierOf(gateway);
      notifier?.setPaymentUrl(id, notificationUrl);
      const stored = gateway.seedPayment({ id, ...draft });
      // A payment that was not stored leaves no URL behind.
      if (stored.isErr()) notifier?.setPaymentUrl(id, undefined);
      return stored.map((payment) => createdReply(toWirePayment(payment)));
    }),
};

/** `GET /v1/payments/{id}`: the payment, 200; `PaymentNotFound` (2000) for another account's. */
export const getPaymentRoute: Route = {
  method: 'GET',
  path: '/v1/payments/:id',
  handle: ({ params, gateway }) =>
    gateway
      .getPayment(params.id ?? '')
      .mapErr(sandboxErrorOf)
      .map((payment) => okReply(toWirePayment(payment))),
};

/**
 * `PUT /v1/payments/{id}` with `{"status":"cancelled"}`: cancels the payment and answers it
 * whole, 200. No status → 4017; another status → 2016; not cancellable → 2018. An
 * `X-Idempotency-Key` is honoured when sent.
 */
export const cancelPaymentRoute: Route = {
  method: 'PUT',
  path: '/v1/payments/:id',
  handle: ({ request, params, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const payment = yield* gateway.getPayment(params.id ?? '').mapErr(sandboxErrorOf);
      if (body.status === undefined || body.status === null) {
        return err(missingCancellationStatus());
      }
      if (body.status !== 'cancelled') return err(invalidCancellationStatus());
      const key = idempotencyKeyOfHeader(request.headers.get('x-idempotency-key'));
      const cancelled = yield* gateway
        .runIdempotently({
          key: key.isOk() ? key.value : undefined,
          request: { method: 'PUT', path: `/v1/payments/${payment.id}`, body },
          run: () => gateway.cancelPayment(payment.id),
        })
        .mapErr(sandboxErrorOf);
      return ok(okReply(toWirePayment(cancelled)));
    }),
};

/**
 * `POST /v1/payments/{id}/refunds`: refunds `amount` (everything left when absent) and answers
 * the refund, 201. Checked before the rules, in order: the body, the payment
 * (2000), `X-Idempotency-Key` (4292), the amount (4041, too precise, out of range); none of
 * these is kept for replay. Then the memory gateway runs the rules under the key.
 */
export const createRefundRoute: Route = {
  method: 'POST',
  path: '/v1/payments/:id/refunds',
  // Steps in turn rather than safeTry: its generators were a large part of a refund's cost.
  handle: ({ request, params, gateway }) =>
    new ResultAsync(
      (async (): Promise<Result<Reply, SandboxError>> => {
        const body = await readJsonObject(request);
        if (body.isErr()) return err(body.error);
        const payment = await gateway.getPayment(params.id ?? '');
        if (payment.isErr()) return err(sandboxErrorOf(payment.error));
        const { id, currency } = payment.value;
        const key = idempotencyKeyOfHeader(request.headers.get('x-idempotency-key'));
        if (key.isErr()) return err(key.error);
        const amount = requestedAmount(body.value, currency);
        if (amount.isErr()) return err(amount.error);
        const refund = await gateway
          // The whole body makes the request: another body under this key is a conflict (§11).
          .runIdempotently({
            key: key.value,
            request: { method: 'POST', path: `/v1/payments/${id}/refunds`, body: body.value },
            run: () =>
              gateway.createRefund(id, amount.value === undefined ? {} : { amount: amount.value }),
          });
        if (refund.isErr()) return err(sandboxErrorOf(refund.error));
        return ok(createdReply(toWireRefund(refund.value, currency)));
      })(),
    ),
};

/** `GET /v1/payments/{id}/refunds`: the payment's refunds, oldest first, as an array, 200. */
export const listRefundsRoute: Route = {
  method: 'GET',
  path: '/v1/payments/:id/refunds',
  handle: ({ params, gateway }) =>
    gateway
      .getPayment(params.id ?? '')
      .mapErr(sandboxErrorOf)
      .map((payment) =>
        okReply(payment.refunds.map((refund) => toWireRefund(refund, payment.currency))),
      ),
};

/** `GET /v1/payments/{id}/refunds/{refund_id}`: one refund, 200; `RefundNotFound` (2032). */
export const getRefundRoute: Route = {
  method: 'GET',
  path: '/v1/payments/:id/refunds/:refundId',
  handle: ({ params, gateway }) =>
    safeTry(async function* () {
      const payment = yield* gateway.getPayment(params.id ?? '').mapErr(sandboxErrorOf);
      const refund = yield* gateway
        .getRefund(payment.id, params.refundId ?? '')
        .mapErr(sandboxErrorOf);
      return ok(okReply(toWireRefund(refund, payment.currency)));
    }),
};
