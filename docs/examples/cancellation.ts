// The cancellation example of docs/guide/payment-states.md.
import { paymentJson } from './payment-json.js';

// A card reserve made with `capture: false`: authorized, not captured, never approved.
const reserve = paymentJson(new Date('2026-03-01T12:00:00Z'), {
  status: 'authorized',
  status_detail: 'pending_capture',
  date_approved: null,
  captured: false,
});

// #region cancel
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { cancelPayment, classicPolicy, currentPolicy, type RefundPolicy } from '@reembolso/core';

const cancelReserve = async (policy: RefundPolicy): Promise<string> => {
  const gateway = createMemoryGateway({ policy });
  const seeded = gateway.seedWirePayment(reserve);
  if (seeded.isErr()) throw new Error(`not seeded: ${seeded.error.message}`);
  const outcome = await cancelPayment(gateway, String(reserve.id), { policy });
  return outcome.match(
    ({ payment }) => `${payment.status}/${payment.statusDetail}, captured: ${payment.captured}`,
    (error) => `${error.type} (${error.code})`,
  );
};

console.log('classic:', await cancelReserve(classicPolicy));
console.log('current:', await cancelReserve(currentPolicy));
// #endregion cancel
