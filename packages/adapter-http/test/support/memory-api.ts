import type { MemoryGateway } from '@reembolso/adapter-memory';
import {
  advancedPaymentNotFound,
  amountNotNumeric,
  badRequest,
  type Currency,
  type GatewayError,
  invalidCancellationStatus,
  invalidSplitterId,
  missingCancellationStatus,
  missingIdempotencyKey,
  toMinor,
  toWireError,
  toWirePayment,
  toWireRefund,
  unauthorized,
  type WireMappableError,
} from '@reembolso/core';
import { HttpResponse } from 'msw';
import { err, ok, type Result } from 'neverthrow';
import { BASE_URL, TOKEN } from './fixtures.js';

/** A request as the fake Mercado Pago saw it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey: string | null;
  readonly authorization: string | null;
  readonly userAgent: string | null;
  readonly body: string;
}

/** A minimal Mercado Pago REST surface over a memory gateway: enough for the adapter's tests. */
export interface MemoryApi {
  readonly handle: (request: Request) => Promise<Response>;
  readonly requests: RecordedRequest[];
}

const NOT_ON_THE_WIRE = new Set(['Timeout', 'Aborted', 'Network', 'InvalidResponse']);
const isWireMappable = (error: GatewayError): error is WireMappableError =>
  !NOT_ON_THE_WIRE.has(error.type);

/** A JSON answer. */
export const json = (status: number, body: unknown): Response =>
  new HttpResponse(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

/** Mercado Pago's error answer for `error` (SPEC §9). */
export const errorAnswer = (error: GatewayError): Response =>
  isWireMappable(error)
    ? json(error.httpStatus, toWireError(error))
    : json(500, { status: 500, error: 'internal_server_error', message: error.message, cause: [] });

const answer = <T>(
  result: Result<T, GatewayError>,
  body: (value: T) => unknown,
  status = 200,
): Response => result.match((value) => json(status, body(value)), errorAnswer);

const readAmount = (text: string, currency: Currency): Result<number | undefined, GatewayError> => {
  let json: unknown;
  try {
    json = text === '' ? {} : JSON.parse(text);
  } catch {
    return err(badRequest('malformed JSON'));
  }
  const amount = (json as { amount?: unknown }).amount;
  if (amount === undefined) return ok(undefined);
  if (typeof amount !== 'number') return err(amountNotNumeric());
  return toMinor(amount, currency);
};

/**
 * Serves `/v1/payments/…` and `/v1/advanced_payments/…` from `memory`, as Mercado Pago would:
 * bearer token required, `X-Idempotency-Key` required on refund creation, decimals on the wire.
 * Records every request it sees.
 */
export const createMemoryApi = (memory: MemoryGateway, token = TOKEN): MemoryApi => {
  const requests: RecordedRequest[] = [];
  const currencyOfAdvanced = (id: string): Currency | undefined => {
    const snapshot = memory.snapshot();
    const advanced = snapshot.advancedPayments.find((a) => a.id === id);
    const first = advanced?.paymentIds[0];
    return snapshot.payments.find((p) => p.id === first)?.currency;
  };

  const handle = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname;
    const body = request.method === 'GET' ? '' : await request.text();
    const idempotencyKey = request.headers.get('x-idempotency-key');
    requests.push({
      method: request.method,
      path,
      idempotencyKey,
      authorization: request.headers.get('authorization'),
      userAgent: request.headers.get('user-agent'),
      body,
    });
    if (request.headers.get('authorization') !== `Bearer ${token}`) {
      return errorAnswer(unauthorized());
    }
    const key = idempotencyKey === null ? {} : { idempotencyKey };
    const segments = path.split('/').slice(1);
    const [version, resource, id = '', sub, subId] = segments;
    if (version !== 'v1') return json(404, { message: 'no route' });

    if (resource === 'payments' && sub === undefined) {
      if (request.method === 'GET') {
        return answer(await memory.getPayment(id), (p) => toWirePayment(p));
      }
      if (request.method === 'PUT') {
        const status = (JSON.parse(body || '{}') as { status?: unknown }).status;
        if (status === undefined) return errorAnswer(missingCancellationStatus());
        if (status !== 'cancelled') return errorAnswer(invalidCancellationStatus());
        return answer(await memory.cancelPayment(id, key), (p) => toWirePayment(p));
      }
    }
    if (resource === 'payments' && sub === 'refunds') {
      const payment = await memory.getPayment(id);
      if (payment.isErr()) return errorAnswer(payment.error);
      const currency = payment.value.currency;
      if (request.method === 'GET' && subId === undefined) {
        return answer(await memory.listRefunds(id), (refunds) =>
          refunds.map((r) => toWireRefund(r, currency)),
        );
      }
      if (request.method === 'GET' && subId !== undefined) {
        return answer(await memory.getRefund(id, subId), (r) => toWireRefund(r, currency));
      }
      if (request.method === 'POST' && subId === undefined) {
        if (idempotencyKey === null) return errorAnswer(missingIdempotencyKey());
        const amount = readAmount(body, currency);
        if (amount.isErr()) return errorAnswer(amount.error);
        const refund = await memory.createRefund(
          id,
          amount.value === undefined ? {} : { amount: amount.value },
          key,
        );
        return answer(refund, (r) => toWireRefund(r, currency), 201);
      }
    }
    if (resource === 'advanced_payments') {
      if (!/^\d+$/.test(id)) return errorAnswer(invalidSplitterId());
      const advanced = memory.snapshot().advancedPayments.find((a) => a.id === id);
      if (request.method === 'GET' && sub === undefined) {
        if (!advanced) return errorAnswer(advancedPaymentNotFound());
        return json(200, {
          id: Number(id),
          status: 'approved',
          payments: advanced.paymentIds.map((paymentId) => ({ id: Number(paymentId) })),
          disbursements: [],
        });
      }
      if (request.method === 'POST' && sub === 'refunds') {
        const currency = currencyOfAdvanced(id);
        const amount = currency === undefined ? ok(undefined) : readAmount(body, currency);
        if (amount.isErr()) return errorAnswer(amount.error);
        const refunds = await memory.refundAdvancedPayment(
          id,
          amount.value === undefined ? {} : { amount: amount.value },
          key,
        );
        return answer(refunds, (list) => list.map((r) => toWireRefund(r, currency ?? 'BRL')));
      }
    }
    return json(404, { message: 'no route' });
  };

  return { handle, requests };
};

/** The msw base URL pattern every handler of the tests listens on. */
export const ALL_ROUTES = `${BASE_URL}/*`;
