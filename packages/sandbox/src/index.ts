/**
 * `@reembolso/sandbox`: Mercado Pago's payments and refunds REST surface, backed by
 * the reembolso memory gateway: msw handlers for in-process tests (the official `mercadopago`
 * SDK included), the same handlers served over real HTTP, and the `reembolso-sandbox` CLI.
 *
 * @module @reembolso/sandbox
 */

export type { SandboxAccountOptions, SandboxAccounts } from './accounts.js';
export { createAccounts, DEFAULT_MAX_ACCOUNTS } from './accounts.js';
export {
  type PayloadTooLarge,
  payloadTooLarge,
  type RouteNotFound,
  routeNotFound,
  type SandboxError,
  type SandboxFault,
  type SandboxRequestError,
  sandboxErrorOf,
  sandboxFault,
  toSandboxWireError,
  type UnsupportedMediaType,
  unsupportedMediaType,
} from './errors.js';
export {
  createSandboxHandlers,
  handlersFor,
  MERCADO_PAGO_BASE_URL,
  type SandboxHandlersOptions,
} from './handlers.js';
export { BODY_LIMIT_BYTES } from './http/read-json-body.js';
export { CARDHOLDER_NAMES, type CardholderName } from './payments/cardholder-outcome.js';
export {
  type SandboxServer,
  type SandboxServerOptions,
  type SandboxServerTimeouts,
  SERVER_TIMEOUTS,
  startSandbox,
} from './server.js';
export {
  DEFAULT_WEBHOOK_SECRET,
  type NotificationHandler,
  type SandboxNotification,
  type SandboxWebhookOptions,
  WEBHOOK_RETRY_SCHEDULE_MS,
} from './webhooks/webhook-options.js';
