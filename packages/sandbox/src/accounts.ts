import {
  type ClockSource,
  createMemoryGateway,
  type MemoryGateway,
} from '@reembolso/adapter-memory';
import { type RefundPolicy, type Unauthorized, unauthorized } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';
import { attachNotifier } from './webhooks/notifier-registry.js';
import type { NotificationHandler, SandboxWebhookOptions } from './webhooks/webhook-options.js';

/** Which collector accounts the sandbox holds and how they are made; every field is optional. */
export interface SandboxAccountOptions {
  /**
   * One memory gateway that answers for every access token: a single collector account that the
   * test arranges directly (`gateway.seedPayment(…)`). Takes precedence over `createGateway`.
   */
  readonly gateway?: MemoryGateway;
  /**
   * Makes the account of a token the first time the token is used; by default
   * `createMemoryGateway({ clock, policy })`. Pass your own to reach or arrange the gateways.
   */
  readonly createGateway?: (token: string) => MemoryGateway;
  /** The only access tokens accepted; any other gets 401. Every token is accepted when absent. */
  readonly tokens?: readonly string[];
  /**
   * The most accounts held at once; {@link DEFAULT_MAX_ACCOUNTS} by default. One more token
   * evicts the account used least recently (its payments are forgotten; the token starts afresh
   * if it comes back), so any number of tokens costs bounded memory.
   */
  readonly maxAccounts?: number;
  /** The time source of each default gateway (a fixed `Date` stands still until moved). */
  readonly clock?: ClockSource;
  /** The rules of each default gateway; `classicPolicy` when absent. */
  readonly policy?: RefundPolicy;
  /** Where and how every account sends its payment notifications. */
  readonly webhooks?: SandboxWebhookOptions;
  /**
   * Receives every account's notifications in process instead of `POST`s to a URL (msw mode);
   * see {@link NotificationHandler} for what its answer means.
   */
  readonly onNotification?: NotificationHandler;
}

/** The collector accounts of a sandbox, one memory gateway per access token. */
export interface SandboxAccounts {
  /**
   * The gateway behind `token`, created on first use. Returns it, or `Unauthorized` when the
   * sandbox was given `tokens` and this is not one of them (the error never carries the token).
   */
  readonly gatewayFor: (token: string) => Result<MemoryGateway, Unauthorized>;
}

/**
 * How many accounts a sandbox holds by default: an empty account weighs about 13 KB of heap, so
 * 2 000 of them stay near 26 MiB, and 100 000 distinct tokens grow the heap well under 50 MiB
 * (`docs/benchmarks.md`). Plenty for a test suite: only the account idle longest is evicted.
 */
export const DEFAULT_MAX_ACCOUNTS = 2_000;

/**
 * The accounts of one sandbox: each access token is a separate collector whose payments no other
 * token sees, made on first use, unless a single shared `gateway` is given. At most
 * `maxAccounts` are held; the least recently used goes first, in O(1) (a `Map` kept in order of
 * use). Returns the accounts; never fails.
 */
export const createAccounts = (options: SandboxAccountOptions = {}): SandboxAccounts => {
  const allowed = options.tokens === undefined ? null : new Set(options.tokens);
  const limit = options.maxAccounts ?? DEFAULT_MAX_ACCOUNTS;
  const maxAccounts = Number.isNaN(limit) ? DEFAULT_MAX_ACCOUNTS : Math.max(1, Math.floor(limit));
  const create =
    options.createGateway ??
    (() =>
      createMemoryGateway({
        ...(options.clock === undefined ? {} : { clock: options.clock }),
        ...(options.policy === undefined ? {} : { policy: options.policy }),
      }));
  // Insertion order is order of use: each use moves its token to the end, the first is the idlest.
  const gateways = new Map<string, MemoryGateway>();
  // Every account notifies its changes from the moment it is first reached.
  const notifying = (gateway: MemoryGateway): MemoryGateway => {
    attachNotifier(gateway, options.webhooks, options.onNotification);
    return gateway;
  };
  return {
    gatewayFor: (token) => {
      if (allowed !== null && !allowed.has(token)) return err(unauthorized());
      if (options.gateway) return ok(notifying(options.gateway));
      const existing = gateways.get(token);
      if (existing) {
        gateways.delete(token);
        gateways.set(token, existing);
        return ok(existing);
      }
      if (gateways.size >= maxAccounts) {
        const idlest = gateways.keys().next();
        if (!idlest.done) gateways.delete(idlest.value);
      }
      const created = notifying(create(token));
      gateways.set(token, created);
      return ok(created);
    },
  };
};
