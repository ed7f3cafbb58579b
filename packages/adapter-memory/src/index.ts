/**
 * `@reembolso/adapter-memory`: the gateway port in memory, a stateful Mercado Pago fake that
 * enforces the very rules of `@reembolso/core`.
 *
 * @module @reembolso/adapter-memory
 */

export type { ClockSource, ManualClock } from './clock.js';
export { createClock } from './clock.js';
export { createIdSource, type IdSource, type IdsOption } from './id-source.js';
export {
  type AdvancedPayment,
  createMemoryGateway,
  type MemoryControls,
  type MemoryGateway,
  type MemoryGatewayOptions,
  type MemorySnapshot,
} from './memory-gateway.js';
export type {
  PaymentChange,
  PaymentListener,
} from './payment-listeners.js';
export type { IdempotentWrite } from './run-idempotently.js';
