import { MercadoPagoConfig, Payment, PaymentRefund } from 'mercadopago-v2';
import { codesOf, describeOfficialSdk } from './support/official-sdk-suite.js';

// SDK 2.x (installed as the `mercadopago-v2` alias) still works against the handlers. It rejects
// with Mercado Pago's error body as it came: the codes are in `cause`, not in SDK 3's `.causes`.
describeOfficialSdk({
  name: '2.x',
  clients: (accessToken) => {
    const client = new MercadoPagoConfig({ accessToken, options: { timeout: 5_000 } });
    return { payments: new Payment(client), refunds: new PaymentRefund(client) };
  },
  refusalOf: (thrown) => {
    const body: { status?: unknown; cause?: unknown } =
      typeof thrown === 'object' && thrown !== null ? thrown : {};
    return {
      status: typeof body.status === 'number' ? body.status : 0,
      codes: codesOf(body.cause),
    };
  },
});
