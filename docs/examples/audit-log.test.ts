// The contract-suite example of docs/guide/testing.md, run by `vitest run docs`.

// #region audit-log-contract
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { runGatewayContract } from '@reembolso/contract';
import { withAuditLog } from './audit-log.js';

runGatewayContract({
  name: 'the audited gateway',
  create: ({ clock, policy, latencyMs }) => {
    // The suite arranges the world behind the wrapper through the memory gateway's controls.
    const provider = createMemoryGateway({ clock, policy, latencyMs });
    return { gateway: withAuditLog(provider, () => {}), controls: provider };
  },
  capabilities: { observesInFlight: true },
});
// #endregion audit-log-contract
