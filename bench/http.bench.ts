import { createHttpGateway } from '@reembolso/adapter-http';
import { startSandbox } from '@reembolso/sandbox';
import { MercadoPagoConfig, Payment as SdkPayment } from 'mercadopago';
import { BENCH_START, benchPayment } from './fixtures.js';
import { compareOpsPerSecond, type Figure } from './measure.js';

const TOKEN = 'TEST-bench-0000';
const CALLS = 400;

const seeded = benchPayment(1);

// The official SDK's base URL is a static field; pointing it at the sandbox is the one change
// that lets the three clients make the same calls to the same server.
const pointSdkAt = async (url: string): Promise<void> => {
  const config = (await import('mercadopago/dist/utils/config/index.js')) as {
    AppConfig: { BASE_URL: string };
  };
  config.AppConfig.BASE_URL = url;
};

/** GET /v1/payments/{id} through the HTTP adapter, raw fetch and the official SDK, one at a time. */
export const benchHttpClients = async (): Promise<{
  adapter: Figure;
  fetch: Figure;
  sdk: Figure;
}> => {
  const sandbox = await startSandbox({ clock: BENCH_START, tokens: [TOKEN] });
  try {
    const gateway = sandbox.gatewayFor(TOKEN);
    if (gateway.isErr()) throw new Error('no account');
    gateway.value.seedPayment(seeded);
    const http = createHttpGateway({ accessToken: TOKEN, baseUrl: sandbox.url });
    const url = `${sandbox.url}/v1/payments/${seeded.id}`;
    await pointSdkAt(sandbox.url);
    const sdk = new SdkPayment(new MercadoPagoConfig({ accessToken: TOKEN }));

    const sequentially = (call: () => Promise<unknown>) => async () => {
      for (let i = 0; i < CALLS; i += 1) await call();
    };
    const figures = await compareOpsPerSecond(
      {
        adapter: sequentially(async () => {
          const result = await http.getPayment(seeded.id);
          if (result.isErr()) throw new Error(result.error.type);
        }),
        fetch: sequentially(async () => {
          const response = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
          await response.json();
        }),
        sdk: sequentially(() => sdk.get({ id: seeded.id })),
      },
      CALLS,
    );
    return figures;
  } finally {
    await sandbox.close();
  }
};
