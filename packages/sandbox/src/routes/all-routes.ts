import {
  createAdvancedPaymentRoute,
  getAdvancedPaymentRoute,
  refundAdvancedPaymentRoute,
} from './advanced-payment-routes.js';
import {
  advanceClockRoute,
  approvePaymentRoute,
  getClockRoute,
  resetRoute,
  seedAdvancedPaymentRoute,
  seedPaymentRoute,
  setBalanceRoute,
  setClockRoute,
  stateRoute,
} from './control-routes.js';
import {
  cancelPaymentRoute,
  createPaymentRoute,
  createRefundRoute,
  getPaymentRoute,
  getRefundRoute,
  listRefundsRoute,
} from './payment-routes.js';
import type { Route } from './route.js';
import {
  getWebhookRoute,
  listDeliveriesRoute,
  replayDeliveryRoute,
  setWebhookRoute,
} from './webhook-routes.js';

/** Every endpoint of the sandbox: Mercado Pago's and the test controls under `/sandbox/`. */
export const SANDBOX_ROUTES: readonly Route[] = [
  createPaymentRoute,
  getPaymentRoute,
  cancelPaymentRoute,
  createRefundRoute,
  listRefundsRoute,
  getRefundRoute,
  createAdvancedPaymentRoute,
  getAdvancedPaymentRoute,
  refundAdvancedPaymentRoute,
  stateRoute,
  seedPaymentRoute,
  seedAdvancedPaymentRoute,
  approvePaymentRoute,
  getClockRoute,
  setClockRoute,
  advanceClockRoute,
  setBalanceRoute,
  resetRoute,
  getWebhookRoute,
  setWebhookRoute,
  listDeliveriesRoute,
  replayDeliveryRoute,
];
