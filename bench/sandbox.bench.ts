import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startSandbox } from '@reembolso/sandbox';
import { BENCH_START, benchPayment } from './fixtures.js';
import type { Section } from './goal.js';
import { type LoadGenerator, type LoadResult, startLoadGenerator } from './load.js';
import {
  type Figure,
  figureOf,
  formatCount,
  formatRate,
  formatRatio,
  formatRatioFigure,
  interleave,
  ratioOf,
} from './measure.js';

const TOKEN = 'TEST-bench-0001';
const CONNECTIONS = 10;
const SAMPLE_SECONDS = 3;
const REFUNDS_PER_PAYMENT = 20;
// Payments for the refunds of the comparison and of the sustained run (20 refunds of 1.00 each).
const COMPARISON_PAYMENTS = 30_000;
const SUSTAINED_PAYMENTS = 60_000;
const REFUND_BODY = '{"amount":1}';
const WINDOW_SECONDS = 10;

/** How the sandbox bench runs; the committed page uses the defaults. */
export interface SandboxBenchOptions {
  /** Seconds of the sustained run of refunds; 60 by default. */
  readonly sustainedSeconds?: number;
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

const close = async (server: Server): Promise<void> => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
};

interface Compared {
  readonly sandbox: Figure;
  readonly bare: Figure;
  readonly ratio: Figure;
  readonly sandboxP99: Figure;
  readonly bareP99: Figure;
  /** CPU time of this process (where both servers run) per answered request, in µs. */
  readonly sandboxCpu: Figure;
  readonly bareCpu: Figure;
}

const compare = async (
  load: (target: 'sandbox' | 'bare') => Promise<LoadResult>,
): Promise<Compared> => {
  const p99 = { sandbox: [] as number[], bare: [] as number[] };
  const cpu = { sandbox: [] as number[], bare: [] as number[] };
  const run = (target: 'sandbox' | 'bare') => async () => {
    const start = process.cpuUsage();
    const result = await load(target);
    const used = process.cpuUsage(start);
    p99[target].push(result.p99Ms);
    cpu[target].push((used.user + used.system) / (result.requestsPerSecond * SAMPLE_SECONDS));
    return result.requestsPerSecond;
  };
  const samples = await interleave(
    { sandbox: run('sandbox'), bare: run('bare') },
    { rounds: 5, warmup: 1 },
  );
  // The warm-up round's latencies go too.
  return {
    sandbox: figureOf(samples.sandbox),
    bare: figureOf(samples.bare),
    ratio: ratioOf(samples.sandbox, samples.bare),
    sandboxP99: figureOf(p99.sandbox.slice(1)),
    bareP99: figureOf(p99.bare.slice(1)),
    sandboxCpu: figureOf(cpu.sandbox.slice(1)),
    bareCpu: figureOf(cpu.bare.slice(1)),
  };
};

const heapUsed = (): number => {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
};

/**
 * The sandbox server against a bare node:http server (both in this process), loaded by
 * autocannon from its own process: GET payment, POST refund with a fresh key each, and a
 * sustained run of refunds counted per window, with the heap before and after.
 */
export const benchSandboxServer = async (options: SandboxBenchOptions = {}): Promise<Section> => {
  const sustainedSeconds = options.sustainedSeconds ?? 60;
  const sandbox = await startSandbox({ clock: BENCH_START, tokens: [TOKEN] });
  const account = sandbox.gatewayFor(TOKEN)._unsafeUnwrap();
  const seeded = benchPayment(0);
  account.seedPayment(seeded);
  const firstComparison = 1;
  const firstSustained = firstComparison + COMPARISON_PAYMENTS;
  for (let i = 0; i < COMPARISON_PAYMENTS + SUSTAINED_PAYMENTS; i += 1) {
    account.seedPayment(benchPayment(firstComparison + i, 100_000));
  }
  const headers = { authorization: `Bearer ${TOKEN}` };
  const getPath = `/v1/payments/${seeded.id}`;
  const paymentBody = await (await fetch(`${sandbox.url}${getPath}`, { headers })).text();
  const refundBody = await (
    await fetch(`${sandbox.url}/v1/payments/${seeded.id}/refunds`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'x-idempotency-key': 'probe' },
      body: REFUND_BODY,
    })
  ).text();
  // The bare server reads each body and answers the sandbox's own answers, fixed.
  const bare = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const refund = request.method === 'POST';
      response.writeHead(refund ? 201 : 200, { 'content-type': 'application/json' });
      response.end(refund ? refundBody : paymentBody);
    });
  });
  const urls = { sandbox: sandbox.url, bare: await listen(bare) };
  const generator: LoadGenerator = startLoadGenerator();
  try {
    const base = { connections: CONNECTIONS, seconds: SAMPLE_SECONDS, headers };
    const get = await compare((target) =>
      generator.load({
        ...base,
        target,
        url: urls[target],
        request: { kind: 'get', path: getPath },
      }),
    );
    const refundRequest = (firstPaymentId: number) => ({
      kind: 'refund' as const,
      firstPaymentId,
      refundsPerPayment: REFUNDS_PER_PAYMENT,
      body: REFUND_BODY,
    });
    const post = await compare((target) =>
      generator.load({
        ...base,
        headers: { ...headers, 'content-type': 'application/json' },
        target,
        url: urls[target],
        request: refundRequest(Number(benchPayment(firstComparison).id)),
      }),
    );
    const heapBefore = heapUsed();
    // The server process's CPU per window, sampled beside the load generator's own windows.
    const cpuWindows: number[] = [];
    let cpuMark = process.cpuUsage();
    const sampler = setInterval(() => {
      const used = process.cpuUsage(cpuMark);
      cpuMark = process.cpuUsage();
      cpuWindows.push(used.user + used.system);
    }, WINDOW_SECONDS * 1000);
    const sustained = await generator
      .load({
        ...base,
        headers: { ...headers, 'content-type': 'application/json' },
        seconds: sustainedSeconds,
        windowSeconds: WINDOW_SECONDS,
        target: 'sustained',
        url: urls.sandbox,
        request: refundRequest(Number(benchPayment(firstSustained).id)),
      })
      .finally(() => clearInterval(sampler));
    // CPU µs per refund in each window: flat means the sandbox's cost per refund does not grow.
    const cpuPerRefund = sustained.windows.map(
      (rate, i) => (cpuWindows[i] ?? Number.NaN) / (rate * WINDOW_SECONDS),
    );
    const heapAfter = heapUsed();
    const refunds = sustained.requestsPerSecond * sustainedSeconds;
    const bytesPerRefund = (heapAfter - heapBefore) / refunds;
    const first = sustained.windows[0] ?? 0;
    const last = sustained.windows.at(-1) ?? 0;
    const flat = last / first;
    const fastest = sustained.windows.indexOf(Math.max(...sustained.windows));
    const cpuGrowth = (cpuPerRefund.at(-1) ?? Number.NaN) / (cpuPerRefund[0] ?? Number.NaN);
    const row = (name: string, c: Compared) =>
      `| ${name} | ${formatRate(c.sandbox, 'req/s')}, p99 ${formatCount(c.sandboxP99.median)} ms | ${formatRate(c.bare, 'req/s')}, p99 ${formatCount(c.bareP99.median)} ms | ${formatRatioFigure(c.ratio)} | ${c.sandboxCpu.median.toFixed(0)} µs / ${c.bareCpu.median.toFixed(0)} µs |`;
    const cpuWhy = (c: Compared, work: string) =>
      `the server process spends ${c.sandboxCpu.median.toFixed(0)} µs of CPU per request on the sandbox and ${c.bareCpu.median.toFixed(0)} µs on bare node:http (whose time is mostly the socket write both share); the difference is ${work}. With the load generator on the same 2 shared cores, throughput follows that CPU.`;
    return {
      goals: [
        {
          path: `sandbox GET payment (${CONNECTIONS} connections, load from a separate process)`,
          today: `${formatRate(get.sandbox, 'req/s')}, p99 ${get.sandboxP99.median} ms; ${formatRatioFigure(get.ratio)} bare node:http`,
          goal: '≥ 0.5× bare node:http',
          met: get.ratio.median >= 0.5,
          why: cpuWhy(
            get,
            "the sandbox's own work: authentication, the route table, the memory gateway, the payment's wire form (dates in Mercado Pago's offset) and JSON.stringify",
          ),
        },
        {
          path: 'sandbox POST refund, fresh key each',
          today: `${formatRate(post.sandbox, 'req/s')}, p99 ${post.sandboxP99.median} ms; ${formatRatioFigure(post.ratio)} bare node:http`,
          goal: '≥ 0.35× bare node:http',
          met: post.ratio.median >= 0.35,
          why: cpuWhy(
            post,
            'reading and checking the body, planning the refund, storing it with its idempotency record (fingerprint of method, path and body), and writing the refund',
          ),
        },
        {
          path: `sandbox, ${sustainedSeconds} s of refunds`,
          today: `${sustained.windows.map((w) => formatCount(w)).join(' → ')} req/s per ${WINDOW_SECONDS} s; heap ${formatCount(bytesPerRefund)} bytes per refund`,
          goal: 'last window ≥ 0.9× the first; memory per key bounded',
          met: flat >= 0.9,
          why: `the last window ran at ${formatRatio(flat)} the first (the fastest was window ${fastest + 1} of ${sustained.windows.length}). The server's CPU per refund, window by window, was ${cpuPerRefund.map((us) => us.toFixed(0)).join(' → ')} µs, and the heap per refund ${formatCount(bytesPerRefund)} bytes: ${cpuGrowth <= 1.15 ? 'a refund did not cost more as keys piled up, so the windows fell with the CPU this process got on the shared machine, not with what the sandbox holds' : 'a refund cost more CPU as keys piled up'}.`,
        },
      ].map(({ why, ...goal }) => (goal.met ? goal : { ...goal, why })),
      markdown: `## Sandbox server

The sandbox server and a bare \`node:http\` server (which reads each request's body and answers the
sandbox's own answer, fixed) run in the bench process; autocannon 8 loads them from its own process
with ${CONNECTIONS} keep-alive connections, ${SAMPLE_SECONDS} s per sample, in interleaved rounds. Every
answer counted is a 2xx (a run with any other answer or a failed connection is refused). Refunds are
\`POST /v1/payments/{id}/refunds\` of 1.00 with a fresh \`X-Idempotency-Key\` each, ${REFUNDS_PER_PAYMENT} per
payment over ${formatCount(COMPARISON_PAYMENTS + SUSTAINED_PAYMENTS)} seeded payments.

| request | sandbox | bare node:http | ratio | server CPU per request, sandbox / bare |
|---|---|---|---|---|
${row('GET payment', get)}
${row('POST refund', post)}

### ${sustainedSeconds} s of refunds

| window (${WINDOW_SECONDS} s) | ${sustained.windows.map((_, i) => `${i + 1}`).join(' | ')} |
|---|${sustained.windows.map(() => '---').join('|')}|
| refunds/s | ${sustained.windows.map((w) => formatCount(w)).join(' | ')} |
| server CPU per refund | ${cpuPerRefund.map((us) => `${us.toFixed(0)} µs`).join(' | ')} |

p99 ${formatCount(sustained.p99Ms)} ms over the run; ${formatCount(refunds)} refunds; the heap grew by
${formatCount((heapAfter - heapBefore) / 1024)} KiB (after a full GC each side), ${formatCount(bytesPerRefund)} bytes per
refund (the refund on its payment and its idempotency record).
`,
    };
  } finally {
    await generator.close();
    await sandbox.close();
    await close(bare);
  }
};
