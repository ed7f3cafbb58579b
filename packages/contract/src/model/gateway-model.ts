import type { Payment, RefundPolicy } from '@reembolso/core';

/**
 * What the model-based test believes the provider holds: the payments as the core's own
 * functions (`planRefund`/`applyRefund`, `planCancellation`/`applyCancellation`) leave them,
 * and the provider's clock.
 */
export interface GatewayModel {
  readonly payments: Payment[];
  now: Date;
  readonly policy: RefundPolicy;
}
