import {
  amountOutOfRange,
  type BadRequest,
  type CallOptions,
  type Currency,
  checkAmountNumeric,
  fromMinor,
  type GatewayError,
  maxMinorUnits,
  type Payment,
  type PaymentGateway,
  type Refund,
  type WriteError,
  type WriteOptions,
  withIdempotencyKey,
  writeKeyOf,
} from '@reembolso/core';
import { err, errAsync, ok, okAsync, type Result, ResultAsync, safeTry } from 'neverthrow';
import { match } from 'ts-pattern';
import {
  advancedPaymentCurrencySource,
  decodePayment,
  decodeRefund,
  decodeRefunds,
} from './decode-answer.js';
import type { HttpGatewayOptions } from './http-gateway-options.js';
import { redactSecret } from './redact-secret.js';
import { checkId, checkSplitterId } from './request-checks.js';
import { createRequestSender, type HttpAnswer } from './request-sender.js';
import { DEFAULT_RETRY_POLICY } from './retry-policy.js';
import { sleep } from './sleep.js';
import { transportFor } from './transport-for.js';

const DEFAULT_BASE_URL = 'https://api.mercadopago.com';
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_USER_AGENT = 'reembolso-adapter-http';
const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

const count = (value: number | undefined, fallback: number): number =>
  value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;

const positive = (value: number | undefined, fallback: number): number =>
  value !== undefined && value > 0 ? value : fallback;

// A header value holds printable ASCII only; anything else would make every request throw.
const printable = (text: string): string => text.replace(/[^\x20-\x7e]/g, '');

// The wire amount of a request in minor units of `currency`: absent stays absent.
const wireAmount = (
  amount: number | undefined,
  currency: Currency,
): Result<{ amount?: number }, GatewayError> => {
  if (amount === undefined) return ok({});
  const max = maxMinorUnits(currency);
  return Math.abs(amount) > max
    ? err(amountOutOfRange({ max }))
    : ok({ amount: fromMinor(amount, currency) });
};

// Reads the options of a call apart from its key, which only writes have.
const callOptionsOf = (options: WriteOptions | undefined): CallOptions => ({
  ...(options?.signal === undefined ? {} : { signal: options.signal }),
  ...(options?.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
});

/**
 * The port over HTTP: its writes always send a key, and every failure after which a write may
 * have taken effect carries that key (`WriteError`).
 */
export type HttpGateway = PaymentGateway<WriteError>;

// Mercado Pago's not-found errors carry no ids; the call knows them.
const withIds =
  (ids: { readonly paymentId?: string; readonly refundId?: string }) =>
  (error: GatewayError): GatewayError => {
    if (error.type === 'PaymentNotFound' && error.paymentId === null && ids.paymentId) {
      return { ...error, paymentId: ids.paymentId };
    }
    if (error.type === 'RefundNotFound' && error.refundId === null && ids.refundId) {
      return { ...error, refundId: ids.refundId };
    }
    return error;
  };

/**
 * The gateway port over Mercado Pago's REST API (`/v1/payments`, its refunds, and
 * `/v1/advanced_payments/{id}/refunds`). Every call:
 * - checks its ids (decimal digits) and amount before any request;
 * - speaks minor units to the caller and decimals of the payment's currency to Mercado Pago: the
 *   currency a write states (the use cases state the one they planned with), else the one read
 *   for that very call (`GET /v1/payments/{id}`, `GET /v1/advanced_payments/{id}`); no currency
 *   is remembered between calls, so a reused id can never lend its old currency to an amount;
 * - sends each write with one idempotency key (the caller's, else a fresh UUID v4), decided
 *   before the first attempt and the same on every retry, and reads with none; a write's failure
 *   after which it may have taken effect carries that key as `idempotencyKey`;
 * - retries network failures, timeouts, 429 (after `Retry-After`), 5xx and 409 with
 *   exponential backoff and jitter, never past `maxRetries`;
 * - links the caller's `signal` with a per-attempt timeout: `Aborted`, `Timeout` and `Network`
 *   are different errors;
 * - reads answers through the core wire codec (anything malformed is `InvalidResponse`) and
 *   errors by `cause[].code`, then by status, into the same variants the core's rules produce.
 *
 * Returns the gateway, a frozen record of functions: the token lives in their closure, not on
 * the object. Its calls never reject; they resolve to `Result`s whose errors are `GatewayError`s.
 */
export const createHttpGateway = (options: HttpGatewayOptions): HttpGateway => {
  const { accessToken } = options;
  const redact = redactSecret(accessToken);
  const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const maxResponseBytes = positive(options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES);
  const send = createRequestSender(
    accessToken,
    {
      baseUrl,
      userAgent: printable(options.userAgent ?? DEFAULT_USER_AGENT),
      transport: transportFor(options.fetch, baseUrl, maxResponseBytes),
      maxResponseBytes,
      timeoutMs: positive(options.timeoutMs, DEFAULT_TIMEOUT_MS),
      retry: {
        ...DEFAULT_RETRY_POLICY,
        maxRetries: count(options.maxRetries, DEFAULT_RETRY_POLICY.maxRetries),
      },
      hooks: options.hooks ?? {},
      sleep: options.sleep ?? sleep,
      random: options.random ?? Math.random,
      now: Date.now,
    },
    redact,
  );

  const get = (path: string, call: CallOptions): ResultAsync<HttpAnswer, GatewayError> =>
    send({ method: 'GET', path, idempotencyKey: null }, call);

  const fetchPayment = (paymentId: string, call: CallOptions): ResultAsync<Payment, GatewayError> =>
    get(`/v1/payments/${paymentId}`, call).andThen(decodePayment);

  // The currency a call's amounts are in: the one the caller stated, else read now, for this call.
  const currencyOf = (
    paymentId: string,
    stated: Currency | undefined,
    call: CallOptions,
  ): ResultAsync<Currency, GatewayError> =>
    stated === undefined
      ? fetchPayment(paymentId, call).map((payment) => payment.currency)
      : okAsync(stated);

  // An advanced payment is one charge in one currency: read on it, or on its first payment.
  const advancedCurrencyOf = (
    advancedPaymentId: string,
    call: CallOptions,
  ): ResultAsync<Currency, GatewayError> =>
    get(`/v1/advanced_payments/${advancedPaymentId}`, call)
      .andThen(advancedPaymentCurrencySource)
      .andThen((source) =>
        match(source)
          .with({ kind: 'currency' }, ({ currency }) => okAsync<Currency, GatewayError>(currency))
          .with({ kind: 'payment' }, ({ paymentId }) => currencyOf(paymentId, undefined, call))
          .exhaustive(),
      );

  // A write's checks that need no request, then its key: refused here, nothing was sent.
  const prepare = <Id, E extends WriteError>(
    checks: () => Result<Id, E>,
    writeOptions: WriteOptions | undefined,
  ): Result<{ readonly id: Id; readonly key: string }, E | BadRequest> =>
    checks()
      .andThen((id) => writeKeyOf(writeOptions?.idempotencyKey).map((key) => ({ id, key })))
      .mapErr(redact);

  const getPayment: PaymentGateway['getPayment'] = (paymentId, call = {}) => {
    const scrubbed = withIds({ paymentId });
    return checkId(paymentId)
      .asyncAndThen((id) => fetchPayment(id, call))
      .mapErr((error) => redact(scrubbed(error)));
  };

  const listRefunds: PaymentGateway['listRefunds'] = (paymentId, call = {}) =>
    safeTry(async function* () {
      const id = yield* checkId(paymentId);
      const currency = yield* currencyOf(id, undefined, call);
      const answer = yield* get(`/v1/payments/${id}/refunds`, call);
      return decodeRefunds(answer, currency);
    })
      .mapErr(withIds({ paymentId }))
      .mapErr(redact);

  const getRefund: PaymentGateway['getRefund'] = (paymentId, refundId, call = {}) =>
    safeTry(async function* () {
      const id = yield* checkId(paymentId);
      const refund = yield* checkId(refundId);
      const currency = yield* currencyOf(id, undefined, call);
      const answer = yield* get(`/v1/payments/${id}/refunds/${refund}`, call);
      return decodeRefund(answer, currency);
    })
      .mapErr(withIds({ paymentId, refundId }))
      .mapErr(redact);

  const createRefund: HttpGateway['createRefund'] = (paymentId, request, writeOptions) => {
    const call = callOptionsOf(writeOptions);
    const prepared = prepare(
      () => checkId(paymentId).andThen((id) => checkAmountNumeric(request.amount).map(() => id)),
      writeOptions,
    );
    if (prepared.isErr()) return errAsync(prepared.error);
    const { id, key } = prepared.value;
    // Steps in turn rather than safeTry: its generators were a fifth of a refund's own cost.
    const refunded = async (): Promise<Result<Refund, GatewayError>> => {
      const currency = await currencyOf(id, request.currency, call);
      if (currency.isErr()) return err(currency.error);
      const body = wireAmount(request.amount, currency.value);
      if (body.isErr()) return err(body.error);
      const path = `/v1/payments/${id}/refunds`;
      const answer = await send(
        { method: 'POST', path, body: body.value, idempotencyKey: key },
        call,
      );
      return answer.isErr() ? err(answer.error) : decodeRefund(answer.value, currency.value);
    };
    const scrubbed = withIds({ paymentId });
    const keyed = withIdempotencyKey(key);
    return new ResultAsync(refunded()).mapErr((error) => keyed(redact(scrubbed(error))));
  };

  const cancelPayment: HttpGateway['cancelPayment'] = (paymentId, writeOptions) => {
    const call = callOptionsOf(writeOptions);
    const prepared = prepare(() => checkId(paymentId), writeOptions);
    if (prepared.isErr()) return errAsync(prepared.error);
    const { id, key } = prepared.value;
    const body = { status: 'cancelled' };
    return send({ method: 'PUT', path: `/v1/payments/${id}`, body, idempotencyKey: key }, call)
      .andThen(decodePayment)
      .mapErr(withIds({ paymentId }))
      .mapErr(redact)
      .mapErr(withIdempotencyKey(key));
  };

  const refundAdvancedPayment: HttpGateway['refundAdvancedPayment'] = (
    advancedPaymentId,
    request,
    writeOptions,
  ) => {
    const call = callOptionsOf(writeOptions);
    const { amount } = request;
    const prepared = prepare(
      () =>
        checkSplitterId(advancedPaymentId).andThen((id) =>
          checkAmountNumeric(amount).map(() => id),
        ),
      writeOptions,
    );
    if (prepared.isErr()) return errAsync(prepared.error);
    const { id, key } = prepared.value;
    return safeTry(async function* () {
      // Known before the write, whatever the amount: once the write is sent, nothing that could
      // fail with a refusal of its own (a read of a disbursement) stands between it and its answer.
      const currency = request.currency ?? (yield* advancedCurrencyOf(id, call));
      const body = yield* wireAmount(amount, currency);
      const path = `/v1/advanced_payments/${id}/refunds`;
      const answer = yield* send({ method: 'POST', path, body, idempotencyKey: key }, call);
      return decodeRefunds(answer, currency);
    })
      .mapErr(redact)
      .mapErr(withIdempotencyKey(key));
  };

  return Object.freeze({
    getPayment,
    listRefunds,
    getRefund,
    createRefund,
    cancelPayment,
    refundAdvancedPayment,
  });
};
