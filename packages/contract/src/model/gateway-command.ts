import type { GatewayError, Refund } from '@reembolso/core';
import type fc from 'fast-check';
import type { Result } from 'neverthrow';
import type { ContractHarness } from '../harness.js';
import { outcomeType } from '../outcome-type.js';
import type { GatewayModel, ModelOutcome } from './gateway-model.js';

/** A step of the model-based test: pure `check`, `run` asserting then updating, readable `toString`. */
export type GatewayCommand = fc.AsyncCommand<GatewayModel, ContractHarness>;

/** The item `index` designates, counting round the list (commands are generated before items exist). */
export const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items[index % items.length];

/** What a write answered, in the form the model keeps for replays. */
export const outcomeOf = (result: Result<readonly Refund[], GatewayError>): ModelOutcome => ({
  type: outcomeType(result),
  refunds: result.isOk() ? result.value.map(({ id, amount }) => ({ id, amount })) : [],
});

/** `, key k` when a key is given: for `toString`. */
export const keySuffix = (key: string | undefined): string =>
  key === undefined ? '' : `, key ${key}`;
