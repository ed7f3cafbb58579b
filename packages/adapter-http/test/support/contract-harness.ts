import { createMemoryGateway, type MemoryGateway } from '@reembolso/adapter-memory';
import type { ContractSetup, GatewayCapabilities } from '@reembolso/contract';
import type { PaymentGateway } from '@reembolso/core';
import { createHttpGateway } from '../../src/index.js';
import { TOKEN } from './fixtures.js';

/** The account behind the sandbox for one contract test, as the suite's setup asks. */
export const contractMemory = ({ clock, policy, latencyMs }: ContractSetup): MemoryGateway =>
  createMemoryGateway({ clock, policy, latencyMs, ids: { seed: 7 } });

/**
 * The HTTP gateway the contract suite drives. No retries: the suite checks what Mercado Pago
 * answers and how the adapter reads it, a 409 in flight included, which a retry would wait out
 * and turn into a replay. The retries have their own tests (fault injection).
 */
export const contractGateway = (baseUrl: string): PaymentGateway =>
  createHttpGateway({ accessToken: TOKEN, baseUrl, maxRetries: 0 });

/** Without retries the adapter shows a write in flight as `IdempotencyInProgress`. */
export const CONTRACT_CAPABILITIES: GatewayCapabilities = { observesInFlight: true };
