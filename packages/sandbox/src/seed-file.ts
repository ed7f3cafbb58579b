import type { MemoryGateway } from '@reembolso/adapter-memory';
import {
  type Currency,
  currencies,
  type Payment,
  parseCurrency,
  parsePayment,
  paymentParseError,
  toMinor,
} from '@reembolso/core';
import { err, ok, Result } from 'neverthrow';
import * as v from 'valibot';
import type { SandboxError } from './errors.js';
import { isJsonObject } from './http/read-json-body.js';
import { parseBody } from './payments/parse-body.js';
import { wireIdField } from './payments/wire-id-field.js';

/** What a seed file puts in every account: payments, advanced payments and balances. */
export interface SandboxSeed {
  /** Ordinary payments, each with its id. */
  readonly payments: readonly Payment[];
  /** Advanced payments, each over payments of its own. */
  readonly advancedPayments: readonly {
    /** The advanced payment's id; the account numbers it when absent. */
    readonly id?: string;
    /** Its disbursements, each an ordinary payment with its id. */
    readonly disbursements: readonly Payment[];
  }[];
  /** Available balances, in minor units. */
  readonly balances: Readonly<Partial<Record<Currency, number>>>;
}

const seedFileSchema = v.strictObject({
  payments: v.optional(v.array(v.unknown(), 'payments must be an array of payment JSON'), []),
  advanced_payments: v.optional(
    v.array(
      v.strictObject({
        id: v.optional(wireIdField('id must be a number or a string of digits')),
        disbursements: v.pipe(v.array(v.unknown()), v.minLength(1)),
      }),
      'advanced_payments must be an array of { id?, disbursements }',
    ),
    [],
  ),
  balances: v.optional(v.record(v.string(), v.number()), {}),
});

const paymentAt = (json: unknown, path: string): Result<Payment, SandboxError> =>
  isJsonObject(json) && json.id !== undefined
    ? parsePayment(json).mapErr((e) =>
        paymentParseError({
          path: e.path === '' ? path : `${path}.${e.path}`,
          // The core's message starts with the field's own path.
          message: e.path === '' ? `${path}: ${e.message}` : `${path}.${e.message}`,
        }),
      )
    : err(
        paymentParseError({ path: `${path}.id`, message: `${path}: a seeded payment needs an id` }),
      );

/**
 * Reads a seed file's JSON: either an array of payment JSON, or `{ payments?: [payment JSON],
 * advanced_payments?: [{ id?, disbursements: [payment JSON] }], balances?: { BRL: 100.5 } }`.
 * Each payment is Mercado Pago's JSON as `GET /v1/payments/{id}` answers it, id included.
 *
 * Returns the seed, or `BadRequest` for the wrong shape, `PaymentParseError` naming the field
 * (`payments.2.transaction_amount`) and the amount errors of a balance.
 */
export const parseSeedFile = (json: unknown): Result<SandboxSeed, SandboxError> =>
  parseBody(seedFileSchema, Array.isArray(json) ? { payments: json } : json).andThen((file) =>
    Result.combine([
      Result.combine(file.payments.map((p, i) => paymentAt(p, `payments.${i}`))),
      Result.combine(
        file.advanced_payments.map((a, i) =>
          Result.combine(
            a.disbursements.map((p, j) =>
              paymentAt(p, `advanced_payments.${i}.disbursements.${j}`),
            ),
          ).map((disbursements) => ({
            ...(a.id === undefined ? {} : { id: a.id }),
            disbursements,
          })),
        ),
      ),
      Result.combine(
        Object.entries(file.balances).map(([code, amount]) =>
          parseCurrency(code).andThen((currency) =>
            toMinor(amount, currency).map((minor) => [currency, minor] as const),
          ),
        ),
      ),
    ]).map(([payments, advancedPayments, balances]) => ({
      payments,
      advancedPayments,
      balances: Object.fromEntries(balances),
    })),
  );

/**
 * Puts `seed` into `gateway`. Returns nothing, or the first payment the gateway refused (none
 * when the seed came from {@link parseSeedFile}, whose payments already passed the same check).
 */
export const seedGateway = (
  gateway: MemoryGateway,
  seed: SandboxSeed,
): Result<void, SandboxError> =>
  Result.combine([
    ...seed.payments.map((payment) => gateway.seedPayment(payment).map(() => undefined)),
    ...seed.advancedPayments.map((advanced) =>
      gateway.seedAdvancedPayment(advanced).map(() => undefined),
    ),
  ]).andThen(() => {
    for (const currency of currencies) {
      const minor = seed.balances[currency];
      if (minor !== undefined) gateway.setBalance(currency, minor);
    }
    return ok(undefined);
  });
