import { createMemoryGateway } from '@reembolso/adapter-memory';
import { runGatewayContract } from '@reembolso/contract';

runGatewayContract({
  name: 'adapter-memory',
  create: ({ clock, policy, latencyMs }) => {
    const gateway = createMemoryGateway({ clock, policy, latencyMs, ids: { seed: 7 } });
    return { gateway, controls: gateway };
  },
  capabilities: { observesInFlight: true },
});
