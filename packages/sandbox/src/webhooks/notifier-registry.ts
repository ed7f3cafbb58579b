import type { MemoryGateway } from '@reembolso/adapter-memory';
import { createNotifier, type Notifier } from './notifier.js';
import type { NotificationHandler, SandboxWebhookOptions } from './webhook-options.js';

// One notifier per account gateway, found from the gateway the routes are given.
const notifiers = new WeakMap<MemoryGateway, Notifier>();

/** The notifier of `gateway`, made (and subscribed) the first time. */
export const attachNotifier = (
  gateway: MemoryGateway,
  options: SandboxWebhookOptions | undefined,
  onNotification: NotificationHandler | undefined,
): Notifier => {
  const existing = notifiers.get(gateway);
  if (existing) return existing;
  const created = createNotifier(gateway, options, onNotification);
  notifiers.set(gateway, created);
  return created;
};

/** The notifier attached to `gateway`, if any. */
export const notifierOf = (gateway: MemoryGateway): Notifier | undefined => notifiers.get(gateway);
