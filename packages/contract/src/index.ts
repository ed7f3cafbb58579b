/**
 * `@reembolso/contract`: the definition of a reembolso gateway adapter, as a function that
 * registers vitest tests. Call {@link runGatewayContract} from your adapter's test file.
 *
 * @module @reembolso/contract
 */

export {
  approvedPayment,
  authorizedPayment,
  CONTRACT_EPOCH,
  DAY_MS,
  freshPaymentId,
  pendingPayment,
} from './fixtures.js';
export type {
  Awaitable,
  ContractHarness,
  ContractSetup,
  GatewayCapabilities,
  GatewayContractOptions,
  GatewayControls,
} from './harness.js';
export { runGatewayContract } from './run-gateway-contract.js';
