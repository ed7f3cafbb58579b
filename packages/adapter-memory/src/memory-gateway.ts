import {
  aborted,
  advancedPaymentNotFound,
  applyCancellation,
  applyRefund,
  type CallOptions,
  type Currency,
  classicPolicy,
  type GatewayError,
  invalidId,
  invalidPaymentState,
  invalidSplitterId,
  type Payment,
  type PaymentGateway,
  type PaymentParseError,
  parsePayment,
  paymentNotFound,
  planAdvancedRefund,
  planCancellation,
  planRefund,
  type Refund,
  type RefundPlan,
  type RefundPolicy,
  type RefundRequest,
  refundNotFound,
  toWirePayment,
  type WriteOptions,
} from '@reembolso/core';
import { err, ok, Result, ResultAsync } from 'neverthrow';
import { type ClockSource, createClock } from './clock.js';
import { freezePayment } from './freeze-payment.js';
import { createIdSource, type IdsOption } from './id-source.js';
import { createIdempotencyStore } from './idempotency-store.js';

/** How to build a memory gateway; every field is optional. */
export interface MemoryGatewayOptions {
  /** The time source: a fixed `Date` (stands still until moved) or a function. System time by default. */
  readonly clock?: ClockSource;
  /** The rules to enforce; `classicPolicy` by default. */
  readonly policy?: RefundPolicy;
  /** The collector's available balance per currency, in minor units; R8 runs where one is set. */
  readonly balances?: Readonly<Partial<Record<Currency, number>>>;
  /** `{ seed }` for reproducible ids (stable snapshots); random by default. */
  readonly ids?: IdsOption;
  /** Simulated provider latency per write, in ms; while it runs, its idempotency key is busy (409). */
  readonly latencyMs?: number;
  /** Who the refunds' `source` names. */
  readonly collector?: { readonly id: string; readonly name: string };
}

/** An advanced (split) payment: one charge over several disbursement payments. */
export interface AdvancedPayment {
  readonly id: string;
  readonly paymentIds: readonly string[];
}

/** Everything the memory gateway holds, as plain values. */
export interface MemorySnapshot {
  readonly now: Date;
  readonly payments: readonly Payment[];
  readonly advancedPayments: readonly AdvancedPayment[];
  readonly balances: Readonly<Partial<Record<Currency, number>>>;
}

/** The controls tests use to arrange the fake's world. */
export interface MemoryControls {
  /**
   * Stores a payment (replacing one with the same id). It is checked by a round trip through the
   * wire codec, so only payments `parsePayment` accepts get in. Returns the stored payment or the
   * `PaymentParseError`.
   */
  readonly seedPayment: (payment: Payment) => Result<Payment, PaymentParseError>;
  /** Stores a payment given as Mercado Pago JSON. Returns it, or the `PaymentParseError`. */
  readonly seedWirePayment: (json: unknown) => Result<Payment, PaymentParseError>;
  /**
   * Stores an advanced payment over `disbursements`, each seeded as an ordinary payment. Returns
   * it with a new id unless one is given, or the first disbursement's `PaymentParseError`.
   */
  readonly seedAdvancedPayment: (input: {
    readonly id?: string;
    readonly disbursements: readonly Payment[];
  }) => Result<AdvancedPayment, PaymentParseError>;
  /**
   * Approves a `pending` or `in_process` payment now, as if the payer had paid. Returns it, or
   * `PaymentNotFound` / `InvalidPaymentState`.
   */
  readonly approvePayment: (paymentId: string) => Result<Payment, GatewayError>;
  /** A new id from the gateway's id source, for payments built outside. */
  readonly nextId: () => string;
  /** The gateway's current instant. */
  readonly now: () => Date;
  /** Moves the clock to `instant`. */
  readonly setClock: (instant: Date) => void;
  /** Moves the clock forward by `ms` milliseconds. */
  readonly advanceClock: (ms: number) => void;
  /** Sets (or with `undefined`, forgets) the available balance in `currency`, in minor units. */
  readonly setBalance: (currency: Currency, minor: number | undefined) => void;
  /** The available balance in `currency`, or `undefined` when not tracked. */
  readonly balance: (currency: Currency) => number | undefined;
  /** A copy of everything held. */
  readonly snapshot: () => MemorySnapshot;
  /** Forgets every payment, refund, advanced payment and idempotency record; clock and balances back to the options. */
  readonly reset: () => void;
  /** The policy it enforces. */
  readonly policy: RefundPolicy;
}

/**
 * A write's options in memory: the port's, plus the body of the request as it came over the
 * wire, when it did. The sandbox passes it, so that a different body under a used idempotency key
 * is a conflict even where the body differs only in fields the rules do not read.
 */
export interface MemoryWriteOptions extends WriteOptions {
  readonly body?: string;
}

/** The port in memory, whose writes also take {@link MemoryWriteOptions}, plus its test controls. */
export type MemoryGateway = Omit<
  PaymentGateway,
  'createRefund' | 'cancelPayment' | 'refundAdvancedPayment'
> & {
  readonly createRefund: (
    paymentId: string,
    request: RefundRequest,
    options?: MemoryWriteOptions,
  ) => ResultAsync<Refund, GatewayError>;
  readonly cancelPayment: (
    paymentId: string,
    options?: MemoryWriteOptions,
  ) => ResultAsync<Payment, GatewayError>;
  readonly refundAdvancedPayment: (
    advancedPaymentId: string,
    request: RefundRequest,
    options?: MemoryWriteOptions,
  ) => ResultAsync<readonly Refund[], GatewayError>;
} & MemoryControls;

// What makes two writes the same request: operation and target, and the body — as the wire
// carried it when known, else the amount (`String`, so NaN and Infinity stay apart from "none").
const fingerprintOf = (
  target: string,
  request: RefundRequest,
  options: MemoryWriteOptions | undefined,
): string =>
  `${target} ${options?.body ?? (request.amount === undefined ? '-' : String(request.amount))}`;

const DIGITS = /^\d+$/;

// Requests that never reached the rules are not kept for replay.
const NOT_KEPT: ReadonlySet<GatewayError['type']> = new Set([
  'PaymentNotFound',
  'InvalidId',
  'InvalidSplitterId',
  'AdvancedPaymentNotFound',
]);
const keepOutcome = (outcome: Result<unknown, GatewayError>): boolean =>
  outcome.isOk() || !NOT_KEPT.has(outcome.error.type);

/**
 * A stateful Mercado Pago fake behind the port: it stores payments, refunds, advanced payments,
 * balances and idempotency records, and decides every write with the core's own rules
 * (`planRefund`, `planCancellation`, `planAdvancedRefund`), so it refuses exactly what the
 * library refuses. Each write plans and applies in one synchronous step, so concurrent calls can
 * never together over-refund, pass the refund limit or overdraw the balance.
 *
 * Returns the gateway; its calls never reject, they resolve to `Result`s.
 */
export const createMemoryGateway = (options: MemoryGatewayOptions = {}): MemoryGateway => {
  const policy = options.policy ?? classicPolicy;
  const clock = createClock(options.clock);
  const ids = createIdSource(options.ids);
  const collector = options.collector ?? { id: '1000000001', name: 'reembolso sandbox' };
  const latencyMs = options.latencyMs ?? 0;
  const payments = new Map<string, Payment>();
  const advanced = new Map<string, AdvancedPayment>();
  const balances = new Map<Currency, number>();
  const resetBalances = (): void => {
    balances.clear();
    for (const [currency, minor] of Object.entries(options.balances ?? {})) {
      if (minor !== undefined) balances.set(currency as Currency, minor);
    }
  };
  resetBalances();
  const idempotency = createIdempotencyStore(clock.now, () =>
    latencyMs > 0 ? new Promise((resolve) => setTimeout(resolve, latencyMs)) : undefined,
  );

  const findPayment = (paymentId: string): Result<Payment, GatewayError> => {
    if (!DIGITS.test(paymentId)) return err(invalidId({ id: paymentId }));
    const payment = payments.get(paymentId);
    return payment ? ok(payment) : err(paymentNotFound({ paymentId }));
  };

  const newRefund = (payment: Payment, amount: number): Refund => ({
    id: ids.next(),
    paymentId: payment.id,
    amount,
    status: 'approved',
    dateCreated: clock.now(),
    source: { id: collector.id, name: collector.name, type: 'collector' },
    metadata: {},
    reason: null,
    uniqueSequenceNumber: null,
    refundMode: 'standard',
    adjustmentAmount: 0,
  });

  // Carries out a plan made under the same tick: the payment, its refund and the balance.
  const carryOut = (payment: Payment, plan: RefundPlan): Refund => {
    const refund = newRefund(payment, plan.amount);
    store(applyRefund(payment, plan, refund));
    const balance = balances.get(payment.currency);
    if (balance !== undefined) balances.set(payment.currency, balance - plan.collectorDebit);
    return refund;
  };

  const store = (payment: Payment): Payment => {
    payments.set(payment.id, freezePayment(payment));
    return payment;
  };

  // Only payments the library itself would accept get in: a round trip through the wire codec.
  const checked = (payment: Payment): Result<Payment, PaymentParseError> =>
    parsePayment(toWirePayment(payment));

  const seedPayment = (payment: Payment): Result<Payment, PaymentParseError> =>
    checked(payment).map(store);

  const guarded = <T>(
    signal: AbortSignal | undefined,
    work: () => Promise<Result<T, GatewayError>>,
  ): ResultAsync<T, GatewayError> =>
    new ResultAsync(signal?.aborted ? Promise.resolve(err(aborted())) : work());

  const read = <T>(options: CallOptions | undefined, work: () => Result<T, GatewayError>) =>
    guarded(options?.signal, async () => work());

  const gateway: MemoryGateway = {
    policy,
    getPayment: (paymentId, callOptions) => read(callOptions, () => findPayment(paymentId)),

    listRefunds: (paymentId, callOptions) =>
      read(callOptions, () => findPayment(paymentId).map((payment) => payment.refunds)),

    getRefund: (paymentId, refundId, callOptions) =>
      read(callOptions, () =>
        findPayment(paymentId).andThen((payment) => {
          if (!DIGITS.test(refundId)) return err(invalidId({ id: refundId }));
          const refund = payment.refunds.find((r) => r.id === refundId);
          return refund ? ok(refund) : err(refundNotFound({ refundId }));
        }),
      ),

    createRefund: (paymentId, request, writeOptions) =>
      guarded(writeOptions?.signal, () =>
        idempotency.execute({
          key: writeOptions?.idempotencyKey,
          fingerprint: fingerprintOf(
            `POST /v1/payments/${paymentId}/refunds`,
            request,
            writeOptions,
          ),
          keep: keepOutcome,
          run: () =>
            findPayment(paymentId).andThen((payment) =>
              planRefund(payment, request, {
                now: clock.now(),
                policy,
                ...availableBalance(payment.currency),
              }).map((plan) => carryOut(payment, plan)),
            ),
        }),
      ),

    cancelPayment: (paymentId, writeOptions) =>
      guarded(writeOptions?.signal, () =>
        idempotency.execute({
          key: writeOptions?.idempotencyKey,
          fingerprint: fingerprintOf(`PUT /v1/payments/${paymentId}`, {}, writeOptions),
          keep: keepOutcome,
          run: () =>
            findPayment(paymentId).andThen((payment) =>
              planCancellation(payment, { policy }).map((plan) => {
                return store(applyCancellation(payment, plan));
              }),
            ),
        }),
      ),

    refundAdvancedPayment: (advancedPaymentId, request, writeOptions) =>
      guarded(writeOptions?.signal, () =>
        idempotency.execute<readonly Refund[]>({
          key: writeOptions?.idempotencyKey,
          fingerprint: fingerprintOf(
            `POST /v1/advanced_payments/${advancedPaymentId}/refunds`,
            request,
            writeOptions,
          ),
          keep: keepOutcome,
          run: () => refundAdvanced(advancedPaymentId, request),
        }),
      ),

    seedPayment,
    seedWirePayment: (json) => parsePayment(json).andThen(seedPayment),
    // Every disbursement is checked before any is stored: all or nothing.
    seedAdvancedPayment: ({ id, disbursements }) =>
      Result.combine(disbursements.map(checked)).map((valid) => {
        const seeded = valid.map(store);
        const advancedPayment = { id: id ?? ids.next(), paymentIds: seeded.map((p) => p.id) };
        advanced.set(advancedPayment.id, advancedPayment);
        return advancedPayment;
      }),
    approvePayment: (paymentId) =>
      findPayment(paymentId).andThen((payment) => {
        if (payment.status !== 'pending' && payment.status !== 'in_process') {
          return err(
            invalidPaymentState({ status: payment.status, statusDetail: payment.statusDetail }),
          );
        }
        const approved: Payment = {
          ...payment,
          status: 'approved',
          statusDetail: 'accredited',
          dateApproved: clock.now(),
          captured: true,
        };
        return ok(store(approved));
      }),
    nextId: ids.next,
    now: clock.now,
    setClock: clock.set,
    advanceClock: clock.advance,
    setBalance: (currency, minor) => {
      if (minor === undefined) balances.delete(currency);
      else balances.set(currency, minor);
    },
    balance: (currency) => balances.get(currency),
    snapshot: () => ({
      now: clock.now(),
      payments: [...payments.values()],
      advancedPayments: [...advanced.values()],
      balances: Object.fromEntries(balances),
    }),
    reset: () => {
      payments.clear();
      advanced.clear();
      idempotency.reset();
      ids.reset();
      clock.reset();
      resetBalances();
    },
  };

  function availableBalance(currency: Currency): { availableBalance?: number } {
    const balance = balances.get(currency);
    return balance === undefined ? {} : { availableBalance: balance };
  }

  function refundAdvanced(
    advancedPaymentId: string,
    request: RefundRequest,
  ): Result<readonly Refund[], GatewayError> {
    if (!DIGITS.test(advancedPaymentId)) return err(invalidSplitterId());
    const found = advanced.get(advancedPaymentId);
    if (!found) return err(advancedPaymentNotFound());
    return Result.combine(found.paymentIds.map(findPayment)).andThen((disbursements) => {
      const currency = disbursements[0]?.currency;
      const balance = currency === undefined ? {} : availableBalance(currency);
      return planAdvancedRefund(disbursements, request, { now: clock.now(), policy, ...balance })
        .mapErr((rejection): GatewayError => rejection)
        .andThen((plans) =>
          Result.combine(
            plans.map((plan) =>
              findPayment(plan.paymentId).map((payment) => carryOut(payment, plan)),
            ),
          ),
        );
    });
  }

  return gateway;
};
