// The README's second example, verbatim between the region markers (docs/snippets.test.ts checks).
import { paymentJson } from './payment-json.js';

// What GET /v1/payments/{id} answered for a payment approved the day before the gateway's clock.
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region readme-gateway
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { refundPayment } from '@reembolso/core';

const gateway = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
const seeded = gateway.seedWirePayment(json);
if (seeded.isErr()) throw new Error(`not seeded: ${seeded.error.message}`);
const outcome = await refundPayment(
  gateway,
  String(json.id),
  { amount: 1050 },
  { now: gateway.now() },
);

// #endregion readme-gateway

export { gateway, outcome };
