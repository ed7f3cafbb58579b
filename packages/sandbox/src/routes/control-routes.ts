import type { MemorySnapshot } from '@reembolso/adapter-memory';
import {
  badRequest,
  currencies,
  fromMinor,
  type Payment,
  type PaymentParseError,
  parseCurrency,
  parsePayment,
  toMinor,
  toWireDate,
  toWirePayment,
} from '@reembolso/core';
import { err, ok, okAsync, Result, safeTry } from 'neverthrow';
import * as v from 'valibot';
import { sandboxErrorOf } from '../errors.js';
import { isJsonObject, type JsonObject, readJsonObject } from '../http/read-json-body.js';
import { createdReply, okReply } from '../http/reply.js';
import { MAX_DISBURSEMENTS } from '../payments/new-advanced-payment.js';
import { parseBody } from '../payments/parse-body.js';
import { wireIdField } from '../payments/wire-id-field.js';
import { notifierOf } from '../webhooks/notifier-registry.js';
import type { Route } from './route.js';

const DAY_MS = 86_400_000;
// The range of instants a JavaScript Date can hold.
// The farthest a clock may be from 1970: a year inside JavaScript's range of dates, so that an
// instant written at Mercado Pago's offset, a key's 24 hours and a retry's 96 hours stay dates.
const MAX_INSTANT_MS = 8.64e15 - 366 * DAY_MS;

/**
 * An account's state as JSON, the answer of `GET /sandbox/state`: `now`, `payments` (wire
 * payments), `advanced_payments` (`{ id, payment_ids }`) and `balances` (decimal per currency).
 */
export const wireStateOf = (snapshot: MemorySnapshot): JsonObject => ({
  now: toWireDate(snapshot.now),
  payments: snapshot.payments.map((payment) => toWirePayment(payment)),
  advanced_payments: snapshot.advancedPayments.map((a) => ({
    id: Number(a.id),
    payment_ids: a.paymentIds.map(Number),
  })),
  balances: Object.fromEntries(
    currencies.flatMap((currency) => {
      const minor = snapshot.balances[currency];
      return minor === undefined ? [] : [[currency, fromMinor(minor, currency)]];
    }),
  ),
});

/** `GET /sandbox/state`: everything the caller's account holds, 200. */
export const stateRoute: Route = {
  method: 'GET',
  path: '/sandbox/state',
  handle: ({ gateway }) => okAsync(okReply(wireStateOf(gateway.snapshot()))),
};

// A payment JSON whose `id` may be left out: the account then numbers it, once it is valid.
const parseSeed = (json: unknown): Result<(id: () => string) => Payment, PaymentParseError> => {
  if (!isJsonObject(json) || json.id !== undefined) {
    return parsePayment(json).map((payment) => () => payment);
  }
  return parsePayment({ ...json, id: 0 }).map((payment) => (nextId: () => string) => {
    const id = nextId();
    return { ...payment, id, refunds: payment.refunds.map((r) => ({ ...r, paymentId: id })) };
  });
};

/**
 * `POST /sandbox/payments` with a full payment JSON (as `GET /v1/payments/{id}` answers it):
 * stores it in the caller's account, replacing one with the same id, and answers it, 201. Without
 * `id` the account numbers it. A JSON `parsePayment` refuses → 400 `payment_parse_error` naming
 * the field.
 */
export const seedPaymentRoute: Route = {
  method: 'POST',
  path: '/sandbox/payments',
  handle: ({ request, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const build = yield* parseSeed(body);
      const stored = yield* gateway.seedPayment(build(gateway.nextId));
      return ok(createdReply(toWirePayment(stored)));
    }),
};

const seedAdvancedSchema = v.looseObject({
  id: v.optional(wireIdField('id must be a number or a string of digits')),
  disbursements: v.pipe(
    v.array(v.unknown(), 'disbursements must be an array of payment JSON'),
    v.minLength(1, 'disbursements must not be empty'),
    v.maxLength(MAX_DISBURSEMENTS, `disbursements takes at most ${MAX_DISBURSEMENTS} items`),
  ),
});

/**
 * `POST /sandbox/advanced_payments` with `{ id?, disbursements: [payment JSON, …] }`: stores an
 * advanced payment over those payments (each as `POST /sandbox/payments` would) and answers
 * `{ id, payment_ids }`, 201. All or nothing: one refused payment stores none.
 */
export const seedAdvancedPaymentRoute: Route = {
  method: 'POST',
  path: '/sandbox/advanced_payments',
  handle: ({ request, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const input = yield* parseBody(seedAdvancedSchema, body);
      const builds = yield* Result.combine(input.disbursements.map(parseSeed));
      const advanced = yield* gateway.seedAdvancedPayment({
        ...(input.id === undefined ? {} : { id: input.id }),
        disbursements: builds.map((build) => build(gateway.nextId)),
      });
      return ok(
        createdReply({ id: Number(advanced.id), payment_ids: advanced.paymentIds.map(Number) }),
      );
    }),
};

/**
 * `POST /sandbox/payments/{id}/approve`: a `pending` or `in_process` payment becomes
 * `approved`/`accredited` now, as if the payer had paid; answers it, 200. Another status → 2063.
 */
export const approvePaymentRoute: Route = {
  method: 'POST',
  path: '/sandbox/payments/:id/approve',
  handle: ({ params, gateway }) =>
    safeTry(async function* () {
      const payment = yield* gateway.approvePayment(params.id ?? '').mapErr(sandboxErrorOf);
      return ok(okReply(toWirePayment(payment)));
    }),
};

const clockReply = (now: Date) => okReply({ now: toWireDate(now) });

/** `GET /sandbox/clock`: the account's instant, `{ now }`, 200. */
export const getClockRoute: Route = {
  method: 'GET',
  path: '/sandbox/clock',
  handle: ({ gateway }) => okAsync(clockReply(gateway.now())),
};

const setClockSchema = v.looseObject({
  now: v.pipe(
    v.string('now must be an ISO-8601 instant'),
    v.check((text) => !Number.isNaN(Date.parse(text)), 'now must be an ISO-8601 instant'),
    v.check(
      (text) => Math.abs(Date.parse(text)) <= MAX_INSTANT_MS,
      'now must be an instant within the range of dates',
    ),
  ),
});

/** `PUT /sandbox/clock` with `{ "now": "2025-01-31T12:00:00Z" }`: moves the account's clock there; `{ now }`, 200. */
export const setClockRoute: Route = {
  method: 'PUT',
  path: '/sandbox/clock',
  handle: ({ request, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const input = yield* parseBody(setClockSchema, body);
      gateway.setClock(new Date(input.now));
      notifierOf(gateway)?.runDue();
      return ok(clockReply(gateway.now()));
    }),
};

const advanceClockSchema = v.looseObject({
  ms: v.optional(v.pipe(v.number('ms must be a number'), v.safeInteger('ms must be an integer'))),
  days: v.optional(v.pipe(v.number('days must be a number'), v.finite('days must be finite'))),
});

/**
 * `POST /sandbox/clock/advance` with `{ "ms": n }` or `{ "days": n }` (negative moves back):
 * moves the account's clock; `{ now }`, 200.
 */
export const advanceClockRoute: Route = {
  method: 'POST',
  path: '/sandbox/clock/advance',
  handle: ({ request, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const input = yield* parseBody(advanceClockSchema, body);
      if ((input.ms === undefined) === (input.days === undefined)) {
        return err(badRequest('give exactly one of ms and days'));
      }
      const ms = input.ms ?? Math.round((input.days ?? 0) * DAY_MS);
      if (Math.abs(gateway.now().getTime() + ms) > MAX_INSTANT_MS) {
        return err(badRequest('the clock cannot move that far'));
      }
      gateway.advanceClock(ms);
      // Retries are measured on this clock: moving it sends what has come due.
      notifierOf(gateway)?.runDue();
      return ok(clockReply(gateway.now()));
    }),
};

const balanceSchema = v.looseObject({
  currency_id: v.string('currency_id must be a string'),
  amount: v.nullable(v.number('amount must be a number or null')),
});

/**
 * `PUT /sandbox/balance` with `{ "currency_id": "BRL", "amount": 100.5 }`: sets the account's
 * available balance in that currency (R8 then runs); `amount: null` stops tracking it. Answers
 * `{ currency_id, amount }`, 200.
 */
export const setBalanceRoute: Route = {
  method: 'PUT',
  path: '/sandbox/balance',
  handle: ({ request, gateway }) =>
    safeTry(async function* () {
      const body = yield* readJsonObject(request);
      const input = yield* parseBody(balanceSchema, body);
      const currency = yield* parseCurrency(input.currency_id);
      const minor = input.amount === null ? undefined : yield* toMinor(input.amount, currency);
      gateway.setBalance(currency, minor);
      return ok(okReply({ currency_id: currency, amount: input.amount }));
    }),
};

/**
 * `POST /sandbox/reset`: forgets everything of the caller's account, its webhook deliveries
 * included (not its webhook URL and secret); answers its empty state, 200.
 */
export const resetRoute: Route = {
  method: 'POST',
  path: '/sandbox/reset',
  handle: ({ gateway }) => {
    gateway.reset();
    notifierOf(gateway)?.reset();
    return okAsync(okReply(wireStateOf(gateway.snapshot())));
  },
};
