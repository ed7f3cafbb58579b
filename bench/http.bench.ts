import { randomUUID } from 'node:crypto';
import { createHttpGateway } from '@reembolso/adapter-http';
import { toWirePayment, toWireRefund } from '@reembolso/core';
import { MercadoPagoConfig, PaymentRefund, Payment as SdkPayment } from 'mercadopago';
import { Pool } from 'undici';
import type { BareQuestion } from './bare-server.js';
import { startChild } from './child.js';
import { benchPayment, benchRefund } from './fixtures.js';
import type { Section } from './goal.js';
import {
  type Figure,
  figuresOf,
  formatRate,
  formatRatio,
  formatRatioFigure,
  interleave,
  ratioOf,
  timed,
} from './measure.js';

const TOKEN = 'TEST-bench-0000';
const WARM_UP_CALLS = 2_000;
const payment = benchPayment(1);
const refund = benchRefund(payment.id, 1, 100);

// The SDK's base URL is a static field; pointing it at the server is the one change that lets
// every client make the same calls to the same server.
const pointSdkAt = async (url: string): Promise<void> => {
  const config = (await import('mercadopago/dist/utils/config/index.js')) as {
    AppConfig: { BASE_URL: string };
  };
  config.AppConfig.BASE_URL = url;
};

// `total` calls with `inFlight` of them outstanding at any time.
const inFlight = (count: number, total: number, call: () => Promise<unknown>) => async () => {
  let started = 0;
  const worker = async () => {
    while (started < total) {
      started += 1;
      await call();
    }
  };
  await Promise.all(Array.from({ length: count }, worker));
};

type Client = 'adapter' | 'sdk' | 'pool';
type Scenario = Record<Client, Figure> & {
  readonly toSdk: Figure;
  readonly toPool: Figure;
  /** The bench process's CPU time per call, in microseconds: what each client itself costs. */
  readonly cpu: Record<Client, Figure>;
};

/** adapter-http, the official SDK 3.6.1 and a bare undici Pool against one bare node:http server. */
export const benchHttpClients = async (): Promise<Section> => {
  const bare = startChild(new URL('./bare-server.ts', import.meta.url));
  const ask = <T>(question: BareQuestion) => bare.ask<T>(question);
  const port = await ask<number>({
    type: 'start',
    payment: JSON.stringify(toWirePayment(payment)),
    refund: JSON.stringify(toWireRefund(refund, 'BRL')),
  });
  const url = `http://127.0.0.1:${port}`;
  const pool = new Pool(url);
  try {
    await pointSdkAt(url);
    const config = new MercadoPagoConfig({ accessToken: TOKEN });
    const sdkPayments = new SdkPayment(config);
    const sdkRefunds = new PaymentRefund(config);
    const adapter = createHttpGateway({ accessToken: TOKEN, baseUrl: url });
    const auth = { authorization: `Bearer ${TOKEN}` };
    const expectOk = (result: { isErr: () => boolean }) => {
      if (result.isErr()) throw new Error('the adapter failed');
    };
    const get: Record<Client, () => Promise<unknown>> = {
      adapter: async () => expectOk(await adapter.getPayment(payment.id)),
      sdk: () => sdkPayments.get({ id: payment.id }),
      pool: async () => {
        const answer = await pool.request({
          method: 'GET',
          path: `/v1/payments/${payment.id}`,
          headers: auth,
        });
        await answer.body.json();
      },
    };
    const post: Record<Client, () => Promise<unknown>> = {
      // The caller planned with the payment, so its currency travels with the request.
      adapter: async () =>
        expectOk(await adapter.createRefund(payment.id, { amount: 100, currency: 'BRL' })),
      sdk: () => sdkRefunds.create({ payment_id: payment.id, body: { amount: 1 } }),
      pool: async () => {
        const answer = await pool.request({
          method: 'POST',
          path: `/v1/payments/${payment.id}/refunds`,
          headers: {
            ...auth,
            'content-type': 'application/json',
            'x-idempotency-key': randomUUID(),
          },
          body: '{"amount":1}',
        });
        await answer.body.json();
      },
    };
    const scenario = async (
      calls: Record<Client, () => Promise<unknown>>,
      concurrency: number,
    ): Promise<Scenario> => {
      const total = concurrency === 1 ? 500 : 2_000;
      const cpu: Record<Client, number[]> = { adapter: [], sdk: [], pool: [] };
      const measured = (client: Client) => async () => {
        const start = process.cpuUsage();
        const rate = await timed(inFlight(concurrency, total, calls[client]), total)();
        const used = process.cpuUsage(start);
        cpu[client].push((used.user + used.system) / total);
        return rate;
      };
      const samples = await interleave(
        { adapter: measured('adapter'), sdk: measured('sdk'), pool: measured('pool') },
        { rounds: 7, warmup: 2 },
      );
      const kept = (values: number[]) => values.slice(2);
      return {
        ...figuresOf(samples),
        toSdk: ratioOf(samples.adapter, samples.sdk),
        toPool: ratioOf(samples.adapter, samples.pool),
        cpu: figuresOf({
          adapter: kept(cpu.adapter),
          sdk: kept(cpu.sdk),
          pool: kept(cpu.pool),
        }),
      };
    };
    // The JIT first: every client's calls run warm before any scenario is timed, so the first
    // scenario does not pay for the others' compilation.
    for (const client of ['adapter', 'sdk', 'pool'] as const) {
      await inFlight(1, WARM_UP_CALLS, post[client])();
      await inFlight(1, WARM_UP_CALLS, get[client])();
    }
    const post1 = await scenario(post, 1);
    const post32 = await scenario(post, 32);
    const get1 = await scenario(get, 1);
    const get32 = await scenario(get, 32);

    // A write to a payment this gateway has not seen, with the currency the caller planned with:
    // how many requests reach the server.
    const before = await ask<number>({ type: 'count' });
    const fresh = createHttpGateway({ accessToken: TOKEN, baseUrl: url });
    expectOk(await fresh.createRefund(benchPayment(2).id, { amount: 100, currency: 'BRL' }));
    const firstWriteTrips = (await ask<number>({ type: 'count' })) - before;

    const row = (name: string, s: Scenario) =>
      `| ${name} | ${formatRate(s.adapter, 'calls/s')} | ${formatRate(s.sdk, 'calls/s')} | ${formatRate(s.pool, 'calls/s')} | ${formatRatioFigure(s.toSdk)} | ${formatRatioFigure(s.toPool)} |`;
    const micros = (figure: Figure) => `${figure.median.toFixed(0)} µs`;
    const cpuRow = (name: string, s: Scenario) =>
      `| ${name} | ${micros(s.cpu.adapter)} | ${micros(s.cpu.sdk)} | ${micros(s.cpu.pool)} |`;
    const twiceSdk = (s: Scenario) => s.toSdk.median >= 2;
    const sdkWhy = (s: Scenario) =>
      `the SDK runs at ${formatRatio(s.sdk.median / s.pool.median)} of the bare pool and the adapter at ${formatRatio(s.toPool.median)}; in CPU per call in the bench process the adapter costs ${micros(s.cpu.adapter)}, the SDK ${micros(s.cpu.sdk)}, the pool ${micros(s.cpu.pool)}, so on this loaded machine the rest of each call is spent waiting for the server process and for a core: `;
    return {
      goals: [
        {
          path: 'adapter-http POST refund, 1 in flight',
          today: `${formatRate(post1.adapter, 'calls/s')}; ${formatRatioFigure(post1.toSdk)} the SDK, ${formatRatioFigure(post1.toPool)} the bare Pool`,
          goal: '≥ 2× SDK 3.6.1; ≥ 0.6× a bare undici Pool',
          met: twiceSdk(post1) && post1.toPool.median >= 0.6,
          why: `${sdkWhy(post1)}per call the adapter checks the id and amount, builds headers with a fresh idempotency key, arms a per-attempt timeout linked to the caller's signal, and reads the answer through the wire codec into minor units.`,
        },
        {
          path: 'adapter-http POST refund, 32 in flight',
          today: `${formatRate(post32.adapter, 'calls/s')}; ${formatRatioFigure(post32.toSdk)} the SDK`,
          goal: '≥ 2× SDK 3.6.1',
          met: twiceSdk(post32),
          why: `${sdkWhy(post32)}with 32 in flight both clients share the same 2 cores with the server process.`,
        },
        {
          path: 'adapter-http GET payment, 1 in flight',
          today: `${formatRate(get1.adapter, 'calls/s')}; ${formatRatioFigure(get1.toSdk)} the SDK`,
          goal: '≥ 2× SDK 3.6.1',
          met: twiceSdk(get1),
          why: `${sdkWhy(get1)}the adapter validates the whole payment (dates, amounts in minor units) where the SDK parses JSON only.`,
        },
        {
          path: 'adapter-http GET payment, 32 in flight',
          today: `${formatRate(get32.adapter, 'calls/s')}; ${formatRatioFigure(get32.toSdk)} the SDK`,
          goal: '≥ 2× SDK 3.6.1',
          met: twiceSdk(get32),
          why: `${sdkWhy(get32)}the adapter validates the whole payment where the SDK parses JSON only.`,
        },
        {
          path: 'first write on an unseen payment',
          today: `${firstWriteTrips} request${firstWriteTrips === 1 ? '' : 's'} to the server`,
          goal: 'no extra round trip (1 request)',
          met: firstWriteTrips === 1,
          why: 'the adapter read the payment (GET) to learn its currency although the request carried it.',
        },
      ].map(({ why, ...goal }) => (goal.met ? goal : { ...goal, why })),
      markdown: `## HTTP clients

One bare \`node:http\` server, in its own process, answers \`GET /v1/payments/{id}\` with a fixed
payment and \`POST /v1/payments/{id}/refunds\` with a fixed refund (reading the body). Against it,
from the bench process, in interleaved rounds: \`@reembolso/adapter-http\` (default transport:
undici's \`Pool.request\`; every answer validated into the domain types), the official
\`mercadopago\` SDK 3.6.1 (global \`fetch\`) and a bare undici \`Pool\` that parses the JSON and checks
nothing. Ratios are the adapter's, within each round.

| calls | adapter-http | SDK 3.6.1 | bare undici Pool | adapter ÷ SDK | adapter ÷ Pool |
|---|---|---|---|---|---|
${row('POST refund, 1 in flight', post1)}
${row('POST refund, 32 in flight', post32)}
${row('GET payment, 1 in flight', get1)}
${row('GET payment, 32 in flight', get32)}

CPU time of the bench process per call (median), which the machine's other load does not inflate
as much as wall time:

| calls | adapter-http | SDK 3.6.1 | bare undici Pool |
|---|---|---|---|
${cpuRow('POST refund, 1 in flight', post1)}
${cpuRow('POST refund, 32 in flight', post32)}
${cpuRow('GET payment, 1 in flight', get1)}
${cpuRow('GET payment, 32 in flight', get32)}

A refund on a payment the gateway has not seen yet reaches the server in ${firstWriteTrips} request${firstWriteTrips === 1 ? '' : 's'}.
`,
    };
  } finally {
    await pool.close();
    await bare.close();
  }
};
