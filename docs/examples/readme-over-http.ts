// The README's over-HTTP example, verbatim between the region markers (docs/snippets.test.ts
// checks). It talks to https://api.mercadopago.com, which the sandbox's msw handlers answer here.
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { createSandboxHandlers } from '@reembolso/sandbox';
import { setupServer } from 'msw/node';
import { paymentJson } from './payment-json.js';

// Mercado Pago for this run: a collector account holding a payment approved yesterday, and the
// token the example reads from the environment (any token will do for the sandbox).
const provider = createMemoryGateway();
const seeded = provider.seedWirePayment(paymentJson(new Date(Date.now() - 86_400_000)));
if (seeded.isErr()) throw new Error(`not seeded: ${seeded.error.message}`);
const server = setupServer(...createSandboxHandlers({ gateway: provider }));
server.listen({ onUnhandledRequest: 'error' });
process.env.MERCADO_PAGO_ACCESS_TOKEN ??= 'TEST-readme';

// #region readme-over-http
import { createHttpGateway } from '@reembolso/adapter-http';
import { refundPayment } from '@reembolso/core';

// Mercado Pago's REST API, with your application's access token.
const mercadoPago = createHttpGateway({
  accessToken: process.env.MERCADO_PAGO_ACCESS_TOKEN ?? '',
});
const refunded = await refundPayment(
  mercadoPago,
  '20359978',
  { amount: 1050 },
  { now: new Date() },
);
// #endregion readme-over-http

server.close();

export { provider, refunded };
