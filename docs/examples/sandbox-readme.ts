// The examples of packages/sandbox/README.md, verbatim between the region markers
// (docs/snippets.test.ts checks).
import { paymentJson } from './payment-json.js';

// A payment as GET /v1/payments/{id} answers it, approved the day before the gateway's clock.
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region sandbox-readme-msw
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { createSandboxHandlers } from '@reembolso/sandbox';
import { MercadoPagoConfig, PaymentRefund } from 'mercadopago';
import { setupServer } from 'msw/node';

const gateway = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
const server = setupServer(...createSandboxHandlers({ gateway }));
server.listen({ onUnhandledRequest: 'error' });

const seeded = gateway.seedWirePayment(json); // a payment as GET /v1/payments/{id} answers it
if (seeded.isErr()) throw new Error(`not seeded: ${seeded.error.message}`); // names the field
const refunds = new PaymentRefund(new MercadoPagoConfig({ accessToken: 'TEST-123' }));
const refund = await refunds.create({ payment_id: String(json.id), body: { amount: 10.5 } });
// #endregion sandbox-readme-msw

server.close();

// #region sandbox-readme-server
import { startSandbox } from '@reembolso/sandbox';

const sandbox = await startSandbox({ port: 0, clock: new Date('2026-03-02T12:00:00Z') });
// sandbox.url is http://127.0.0.1:PORT; sandbox.gatewayFor('TEST-123') reaches that account.
await sandbox.close();

// #endregion sandbox-readme-server

export { refund, sandbox };
