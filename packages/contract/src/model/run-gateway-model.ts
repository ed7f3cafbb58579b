import { classicPolicy } from '@reembolso/core';
import fc from 'fast-check';
import { CONTRACT_EPOCH } from '../fixtures.js';
import type { GatewayContractOptions } from '../harness.js';
import { gatewayCommands } from './gateway-commands.js';

/**
 * Runs `runs` random command sequences against fresh adapters from `create` (classic policy),
 * each checked step by step against the model, whose expectations are written out from the
 * spec, never computed by the core functions an adapter calls; a failure shrinks to the
 * shortest sequence and prints it.
 */
export const runGatewayModel = async (
  create: GatewayContractOptions['create'],
  runs: number,
): Promise<void> => {
  await fc.assert(
    fc.asyncProperty(gatewayCommands(), async (commands) => {
      const harness = await create({ clock: CONTRACT_EPOCH, policy: classicPolicy, latencyMs: 0 });
      try {
        await fc.asyncModelRun(
          () => ({
            model: {
              now: CONTRACT_EPOCH.getTime(),
              payments: [],
              advanced: [],
              balances: new Map(),
              keys: new Map(),
              lastKeyedWrite: undefined,
            },
            real: harness,
          }),
          commands,
        );
      } finally {
        await harness.close?.();
      }
    }),
    { numRuns: runs },
  );
};
