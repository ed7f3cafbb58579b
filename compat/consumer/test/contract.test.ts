// The gateway contract suite, as a user's adapter test would call it, on the memory gateway.
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { runGatewayContract } from '@reembolso/contract';

runGatewayContract({
  name: 'the memory gateway, from the packed tarballs',
  create: ({ clock, policy, latencyMs }) => {
    const gateway = createMemoryGateway({ clock, policy, latencyMs });
    return { gateway, controls: gateway };
  },
  capabilities: { observesInFlight: true },
});
