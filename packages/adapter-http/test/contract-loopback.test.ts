import { runGatewayContract } from '@reembolso/contract';
import { startSandbox } from '@reembolso/sandbox';
import {
  CONTRACT_CAPABILITIES,
  contractGateway,
  contractMemory,
} from './support/contract-harness.js';
import { TOKEN } from './support/fixtures.js';

runGatewayContract({
  name: 'adapter-http over loopback, against the sandbox server',
  create: async (setup) => {
    const sandbox = await startSandbox({
      tokens: [TOKEN],
      createGateway: () => contractMemory(setup),
    });
    return {
      gateway: contractGateway(sandbox.url),
      controls: sandbox.gatewayFor(TOKEN)._unsafeUnwrap(),
      close: sandbox.close,
    };
  },
  capabilities: CONTRACT_CAPABILITIES,
});
