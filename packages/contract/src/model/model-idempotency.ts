import { expect } from 'vitest';
import type { GatewayModel, ModelOutcome } from './gateway-model.js';

const KEY_LIFETIME_MS = 86_400_000;

/** What a key means for a request: run it, replay the first outcome, or conflict. */
export type KeyDecision =
  | { readonly type: 'run' }
  | { readonly type: 'replay'; readonly outcome: ModelOutcome }
  | { readonly type: 'conflict' };

/**
 * The decision for `request` (method, path and body, as text) under `key`: a key unused, or used
 * 24 hours ago or more, runs; used for the same request, replays; used for another, conflicts.
 */
export const decideKey = (
  model: Readonly<GatewayModel>,
  key: string | undefined,
  request: string,
): KeyDecision => {
  const record = key === undefined ? undefined : model.keys.get(key);
  if (record === undefined || model.now >= record.expiresAt) return { type: 'run' };
  return record.request === request
    ? { type: 'replay', outcome: record.outcome }
    : { type: 'conflict' };
};

/** Records what `request` under `key` answered, for 24 hours of the provider's clock. */
export const rememberKey = (
  model: GatewayModel,
  key: string | undefined,
  request: string,
  outcome: ModelOutcome,
): void => {
  if (key !== undefined) {
    model.keys.set(key, { request, outcome, expiresAt: model.now + KEY_LIFETIME_MS });
  }
};

/**
 * Asserts what the key decided, when it did: a conflict, or the first outcome again. Returns
 * whether it did; if not, the write ran and is checked against the rules.
 */
export const answeredByKey = (decision: KeyDecision, outcome: ModelOutcome): boolean => {
  if (decision.type === 'conflict') expect(outcome.type).toBe('IdempotencyConflict');
  if (decision.type === 'replay') expect(outcome).toEqual(decision.outcome);
  return decision.type !== 'run';
};
