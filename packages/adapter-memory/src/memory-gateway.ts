import {
  aborted,
  advancedPaymentNotFound,
  applyCancellation,
  applyRefund,
  type CallOptions,
  type Currency,
  checkDisbursements,
  checkIdempotencyKey,
  classicPolicy,
  currencyMismatch,
  type GatewayError,
  type InvalidAdvancedPayment,
  invalidAdvancedPayment,
  invalidId,
  invalidPaymentState,
  invalidSplitterId,
  isMercadoPagoId,
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
  type WriteRequest,
} from '@reembolso/core';
import { err, ok, Result, ResultAsync } from 'neverthrow';
import { type ClockSource, createClock } from './clock.js';
import { freezePayment, freezePaymentShell, freezeRefund } from './freeze-payment.js';
import { createIdSource, type IdsOption } from './id-source.js';
import { createIdempotencyStore } from './idempotency-store.js';
import { createPaymentListeners, type PaymentListener } from './payment-listeners.js';
import { type IdempotentWrite, runIdempotently } from './run-idempotently.js';

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
   * Stores an advanced payment over `disbursements`, each seeded as an ordinary payment; all or
   * nothing. Returns it with a new id unless one is given, or the first disbursement's
   * `PaymentParseError`, or `InvalidAdvancedPayment` when the disbursements repeat a payment, mix
   * currencies, or include a payment of another advanced payment (re-seeding the same id may
   * keep its own).
   */
  readonly seedAdvancedPayment: (input: {
    readonly id?: string;
    readonly disbursements: readonly Payment[];
  }) => Result<AdvancedPayment, PaymentParseError | InvalidAdvancedPayment>;
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
  /**
   * Runs `write.run` under `write.key` with the gateway's own idempotency records:
   * replays the outcome stored for the same `write.request`, refuses another request under the
   * key (`IdempotencyConflict`) or one still running (`IdempotencyInProgress`). The sandbox runs
   * each wire request through it, fingerprinted by its method, path and body; `run` then calls
   * the gateway's write without a key.
   */
  readonly runIdempotently: <T>(write: IdempotentWrite<T>) => ResultAsync<T, GatewayError>;
  /** How many idempotency keys the gateway holds now (running, or stored and not expired yet). */
  readonly idempotencyKeysHeld: () => number;
  /** The policy it enforces. */
  readonly policy: RefundPolicy;
  /**
   * Calls `listener` after every committed change to a payment (created, approved, refunded,
   * cancelled, seeded), with the events `diffPayment` lists; a replayed write changes nothing and
   * tells nothing. Listeners run synchronously inside the write: queue work, do not call back.
   * They outlive `reset`. Returns the function that unsubscribes.
   */
  readonly subscribe: (listener: PaymentListener) => () => void;
}

/** The port in memory, plus its test controls. */
export type MemoryGateway = PaymentGateway & MemoryControls;

// What the records fingerprint for a port write: its method and path on the wire, and the
// port's request in minor units (NaN and Infinity stay apart from "none").
const portRequest = (method: string, path: string, request?: RefundRequest): WriteRequest =>
  request?.amount === undefined
    ? { method, path }
    : { method, path, body: { amount: request.amount } };

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
  const listeners = createPaymentListeners();
  const advanced = new Map<string, AdvancedPayment>();
  const balances = new Map<Currency, number>();
  const resetBalances = (): void => {
    balances.clear();
    for (const [currency, minor] of Object.entries(options.balances ?? {})) {
      if (minor !== undefined) balances.set(currency as Currency, minor);
    }
  };
  resetBalances();
  const idempotency = createIdempotencyStore<Result<unknown, GatewayError>>(() =>
    clock.now().getTime(),
  );
  // The simulated provider latency, then the write in one synchronous step, so it is atomic.
  // Without latency nothing is awaited: a write and its record happen in one tick.
  const afterLatency = <T>(
    work: () => Result<T, GatewayError>,
  ): Result<T, GatewayError> | Promise<Result<T, GatewayError>> =>
    latencyMs > 0 ? new Promise((resolve) => setTimeout(() => resolve(work()), latencyMs)) : work();

  // A write that states a currency must state its payments' own: the units mean nothing else.
  // Checked before the key is looked at, so even a replay is refused; nothing is stored.
  const currencyCheck = (
    paymentIds: readonly string[],
    currency: Currency | undefined,
  ): Result<void, GatewayError> => {
    for (const id of currency === undefined ? [] : paymentIds) {
      const held = payments.get(id)?.currency;
      if (held !== undefined && currency !== undefined && held !== currency) {
        return err(currencyMismatch({ expected: held, received: currency }));
      }
    }
    return ok(undefined);
  };

  const keyed = <T>(
    writeOptions: WriteOptions | undefined,
    request: WriteRequest,
    checks: () => Result<void, GatewayError>,
    work: () => Result<T, GatewayError>,
  ): ResultAsync<T, GatewayError> =>
    guarded(writeOptions?.signal, async () => {
      const key = writeOptions?.idempotencyKey;
      const checked = key === undefined ? checks() : checkIdempotencyKey(key).andThen(checks);
      if (checked.isErr()) return err(checked.error);
      // Checked again once the latency has passed: a payment seeded anew meanwhile is refused too.
      const run = () => afterLatency(() => checks().andThen(work));
      return runIdempotently(idempotency, { key, request, run });
    });

  const findPayment = (paymentId: string): Result<Payment, GatewayError> => {
    if (!isMercadoPagoId(paymentId)) return err(invalidId({ id: paymentId }));
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
    const refund = freezeRefund(newRefund(payment, plan.amount));
    store(freezePaymentShell(applyRefund(payment, plan, refund)));
    const balance = balances.get(payment.currency);
    if (balance !== undefined) balances.set(payment.currency, balance - plan.collectorDebit);
    return refund;
  };

  // Stores a payment already frozen: whole when seeded, its new shell when derived from a stored
  // one, whose parts are frozen already (so a write costs the same however many refunds it has).
  const store = (frozen: Payment): Payment => {
    const before = payments.get(frozen.id) ?? null;
    payments.set(frozen.id, frozen);
    listeners.emit(before, frozen);
    return frozen;
  };
  const seed = (payment: Payment): Payment => store(freezePayment(payment));

  // Only payments the library itself would accept get in: a round trip through the wire codec.
  const checked = (payment: Payment): Result<Payment, PaymentParseError> =>
    parsePayment(toWirePayment(payment));

  const seedPayment = (payment: Payment): Result<Payment, PaymentParseError> =>
    checked(payment).map(seed);

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
          if (!isMercadoPagoId(refundId)) return err(invalidId({ id: refundId }));
          const refund = payment.refunds.find((r) => r.id === refundId);
          return refund ? ok(refund) : err(refundNotFound({ refundId }));
        }),
      ),

    createRefund: (paymentId, request, writeOptions) =>
      keyed(
        writeOptions,
        portRequest('POST', `/v1/payments/${paymentId}/refunds`, request),
        () => currencyCheck([paymentId], request.currency),
        () =>
          findPayment(paymentId).andThen((payment) =>
            planRefund(payment, request, {
              now: clock.now(),
              policy,
              ...availableBalance(payment.currency),
            }).map((plan) => carryOut(payment, plan)),
          ),
      ),

    cancelPayment: (paymentId, writeOptions) =>
      keyed(
        writeOptions,
        portRequest('PUT', `/v1/payments/${paymentId}`),
        () => ok(undefined),
        () =>
          findPayment(paymentId).andThen((payment) =>
            planCancellation(payment, { policy }).map((plan) =>
              store(freezePaymentShell(applyCancellation(payment, plan))),
            ),
          ),
      ),

    refundAdvancedPayment: (advancedPaymentId, request, writeOptions) =>
      keyed(
        writeOptions,
        portRequest('POST', `/v1/advanced_payments/${advancedPaymentId}/refunds`, request),
        () => currencyCheck(advanced.get(advancedPaymentId)?.paymentIds ?? [], request.currency),
        () => refundAdvanced(advancedPaymentId, request),
      ),

    runIdempotently: (write) =>
      new ResultAsync(Promise.resolve(runIdempotently(idempotency, write))),
    idempotencyKeysHeld: idempotency.size,

    seedPayment,
    seedWirePayment: (json) => parsePayment(json).andThen(seedPayment),
    // Every disbursement is checked before any is stored: all or nothing.
    seedAdvancedPayment: ({ id, disbursements }) =>
      Result.combine(disbursements.map(checked))
        .andThen((valid) => checkDisbursements(valid))
        .andThen((valid) => unclaimed(valid, id))
        .map((valid) => {
          const seeded = valid.map(seed);
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
        return ok(store(freezePaymentShell(approved)));
      }),
    nextId: ids.next,
    subscribe: listeners.subscribe,
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

  // A payment refunds through one advanced payment only, or its refunds could add up twice.
  function unclaimed(
    disbursements: readonly Payment[],
    ownId: string | undefined,
  ): Result<readonly Payment[], InvalidAdvancedPayment> {
    const index = disbursements.findIndex((payment) =>
      [...advanced.values()].some((a) => a.id !== ownId && a.paymentIds.includes(payment.id)),
    );
    return index < 0
      ? ok(disbursements)
      : err(invalidAdvancedPayment({ reason: 'payment_of_another_advanced_payment', index }));
  }

  function availableBalance(currency: Currency): { availableBalance?: number } {
    const balance = balances.get(currency);
    return balance === undefined ? {} : { availableBalance: balance };
  }

  function refundAdvanced(
    advancedPaymentId: string,
    request: RefundRequest,
  ): Result<readonly Refund[], GatewayError> {
    if (!isMercadoPagoId(advancedPaymentId)) return err(invalidSplitterId());
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
