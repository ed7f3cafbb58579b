import type {
  Currency,
  InvalidAdvancedPayment,
  Payment,
  PaymentGateway,
  PaymentParseError,
  RefundPolicy,
} from '@reembolso/core';
import type { Result } from 'neverthrow';

/** A value, or a promise of it: controls may be local calls or requests to a server. */
export type Awaitable<T> = T | Promise<T>;

/**
 * How the contract suite arranges the world behind an adapter. The memory gateway satisfies it
 * as it is; an HTTP adapter's harness passes the memory gateway its server runs on.
 */
export interface GatewayControls {
  /** Stores a payment as the provider would hold it. */
  readonly seedPayment: (payment: Payment) => Awaitable<Result<Payment, PaymentParseError>>;
  /**
   * Stores an advanced payment over `disbursements`; answers its id, or why it was refused (a
   * payment JSON, or disbursements that repeat a payment, mix currencies or belong elsewhere).
   */
  readonly seedAdvancedPayment: (input: {
    readonly id?: string;
    readonly disbursements: readonly Payment[];
  }) => Awaitable<Result<{ readonly id: string }, PaymentParseError | InvalidAdvancedPayment>>;
  /** Moves the provider's clock forward. */
  readonly advanceClock: (ms: number) => Awaitable<void>;
  /** Sets or forgets the collector's available balance in a currency, in minor units. */
  readonly setBalance: (currency: Currency, minor: number | undefined) => Awaitable<void>;
}

/** What the suite asks an adapter's factory for each test. */
export interface ContractSetup {
  /** The provider's clock at the start; it stands still until moved. */
  readonly clock: Date;
  /** The rules the provider enforces. */
  readonly policy: RefundPolicy;
  /** Simulated provider latency per write, in ms (0 unless a test needs writes in flight). */
  readonly latencyMs: number;
  /**
   * Present in the concurrency tests, whose calls a fast-check scheduler drives: a harness may
   * pass any of its adapter's inner steps through it (`await schedule(Promise.resolve())` between
   * a read and a write, or a provider's answer) so that the suite explores the interleavings
   * inside the adapter, not only the order of the calls. Answers `task`'s value once released.
   */
  readonly schedule?: <T>(task: Promise<T>, label?: string) => Promise<T>;
}

/** One adapter under test: the port, the controls behind it, and how to tear it down. */
export interface ContractHarness {
  readonly gateway: PaymentGateway;
  readonly controls: GatewayControls;
  readonly close?: () => Awaitable<void>;
}

/** What an adapter can show; tests of a capability it lacks are skipped. */
export interface GatewayCapabilities {
  /** Whether a write in flight can be observed (409 `IdempotencyInProgress`); needs `latencyMs`. */
  readonly observesInFlight?: boolean;
  /** Advanced (split) payments. Default true. */
  readonly advancedPayments?: boolean;
  /** At most how many concurrent calls each run of a concurrency test makes. Default 200. */
  readonly concurrency?: number;
  /** How many random interleavings each concurrency test explores. Default 10. */
  readonly concurrencyRuns?: number;
  /** How many random sequences the model-based test runs. Default 200. */
  readonly modelRuns?: number;
}

/** The argument of `runGatewayContract`. */
export interface GatewayContractOptions {
  /** Names the `describe` block. */
  readonly name: string;
  /** Builds a fresh adapter over an empty provider. */
  readonly create: (setup: ContractSetup) => Awaitable<ContractHarness>;
  readonly capabilities?: GatewayCapabilities;
}
