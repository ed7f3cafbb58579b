import { classicPolicy } from '@reembolso/core';
import fc from 'fast-check';
import { CONTRACT_EPOCH } from '../fixtures.js';
import type { GatewayContractOptions } from '../harness.js';
import { gatewayCommands } from './gateway-commands.js';

/**
 * Runs `runs` random command sequences against fresh adapters from `create`, each checked step
 * by step against the model; a failure shrinks to the shortest sequence and prints it.
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
            model: { payments: [], now: new Date(CONTRACT_EPOCH), policy: classicPolicy },
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
