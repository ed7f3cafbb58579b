import { runGatewayContract } from '@reembolso/contract';
import { createSandboxHandlers } from '@reembolso/sandbox';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  CONTRACT_CAPABILITIES,
  contractGateway,
  contractMemory,
} from './support/contract-harness.js';
import { BASE_URL, TOKEN } from './support/fixtures.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

runGatewayContract({
  name: 'adapter-http over msw, against the sandbox handlers',
  create: (setup) => {
    const memory = contractMemory(setup);
    server.use(...createSandboxHandlers({ gateway: memory, tokens: [TOKEN], baseUrl: BASE_URL }));
    // The model test makes many harnesses in one test: each leaves no handler behind.
    return {
      gateway: contractGateway(BASE_URL),
      controls: memory,
      close: () => server.resetHandlers(),
    };
  },
  capabilities: CONTRACT_CAPABILITIES,
});
