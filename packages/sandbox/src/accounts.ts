import {
  type ClockSource,
  createMemoryGateway,
  type MemoryGateway,
} from '@reembolso/adapter-memory';
import { type RefundPolicy, type Unauthorized, unauthorized } from '@reembolso/core';
import { err, ok, type Result } from 'neverthrow';

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
  /** The time source of each default gateway (a fixed `Date` stands still until moved). */
  readonly clock?: ClockSource;
  /** The rules of each default gateway; `classicPolicy` when absent. */
  readonly policy?: RefundPolicy;
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
 * The accounts of one sandbox: each access token is a separate collector whose payments no other
 * token sees, made on first use, unless a single shared `gateway` is given.
 * Returns the accounts; never fails.
 */
export const createAccounts = (options: SandboxAccountOptions = {}): SandboxAccounts => {
  const allowed = options.tokens === undefined ? null : new Set(options.tokens);
  const create =
    options.createGateway ??
    (() =>
      createMemoryGateway({
        ...(options.clock === undefined ? {} : { clock: options.clock }),
        ...(options.policy === undefined ? {} : { policy: options.policy }),
      }));
  const gateways = new Map<string, MemoryGateway>();
  return {
    gatewayFor: (token) => {
      if (allowed !== null && !allowed.has(token)) return err(unauthorized());
      if (options.gateway) return ok(options.gateway);
      const existing = gateways.get(token);
      if (existing) return ok(existing);
      const created = create(token);
      gateways.set(token, created);
      return ok(created);
    },
  };
};
