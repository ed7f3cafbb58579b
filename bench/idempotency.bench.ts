// The idempotency store's growth: keyed writes per second on the memory gateway while it holds
// 0 to 10^6 keys, and what one record costs in heap.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createMemoryGateway, type MemoryGateway } from '@reembolso/adapter-memory';
import { ok } from 'neverthrow';
import { BENCH_START, benchPayment } from './fixtures.js';
import { type Figure, figureOf, formatCount, formatRatio } from './measure.js';

/** How many keys the gateway holds while the writes are measured. */
export const KEYS_HELD = [0, 10_000, 100_000, 1_000_000] as const;

// Each payment takes 20 refunds; a batch refunds fresh copies of enough payments. A batch is
// long enough (tens of milliseconds) that each holds several scavenges, not one or none, and the
// warm-up runs on a gateway of its own, so the measured gateway gains only RUNS × WRITES keys.
const WRITES = 5_000;
const PAYMENTS = WRITES / 20;
const RUNS = 9;
const WARMUP = 2;

// A UUID-shaped key, as callers send: one flat string, as a header value is.
const keyOf = (prefix: number, i: number): string =>
  [prefix.toString(16).padStart(8, '0'), '0000-4000-8000', i.toString(16).padStart(12, '0')].join(
    '-',
  );

// Holds `count` keys, each as a finished refund would leave it: a fingerprint and an outcome.
const hold = (gateway: MemoryGateway, count: number): void => {
  for (let i = 0; i < count; i += 1) {
    void gateway.runIdempotently({
      key: keyOf(0xffff_ffff, i),
      request: {
        method: 'POST',
        path: `/v1/payments/${40_000_000_000 + i}/refunds`,
        body: { amount: 100 },
      },
      run: () => ok(i),
    });
  }
  if (gateway.idempotencyKeysHeld() !== count) throw new Error('keys not held');
};

// Wall-clock and CPU-time rates: on a shared machine the CPU time this process got is the
// steadier measure of what a write costs.
// One batch of WRITES keyed refunds under fresh keys; returns its wall-clock and CPU time.
const batch = async (
  gateway: MemoryGateway,
  run: number,
): Promise<{ elapsedMs: number; cpuUs: number }> => {
  // Fresh payments, outside the measured time: only the keyed writes are timed.
  for (let p = 0; p < PAYMENTS; p += 1) gateway.seedPayment(benchPayment(p, 100_000));
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < WRITES; i += 1) {
    const id = benchPayment(Math.floor(i / 20)).id;
    const refund = await gateway.createRefund(
      id,
      { amount: 100 },
      { idempotencyKey: keyOf(run, i) },
    );
    if (refund.isErr()) throw new Error(refund.error.message);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { elapsedMs: performance.now() - start, cpuUs: cpu.user + cpu.system };
};

const writesPerSecond = async (held: number): Promise<{ wall: Figure; cpu: Figure }> => {
  const warm = createMemoryGateway({ clock: BENCH_START, ids: { seed: 1 } });
  for (let run = 0; run < WARMUP; run += 1) await batch(warm, run);
  const gateway = createMemoryGateway({ clock: BENCH_START, ids: { seed: 1 } });
  hold(gateway, held);
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const { elapsedMs, cpuUs } = await batch(gateway, run);
    samples.push((WRITES * 1000) / elapsedMs);
    cpuSamples.push((WRITES * 1_000_000) / cpuUs);
  }
  return { wall: figureOf(samples), cpu: figureOf(cpuSamples) };
};

const RECORDS = 100_000;

// Heap held per record, in bytes: a gateway holding RECORDS keys, less an empty one.
const bytesPerRecord = (): Figure => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const samples: number[] = [];
  let gateway: MemoryGateway | undefined;
  for (let run = 0; run < 5; run += 1) {
    gateway = undefined;
    gc();
    gateway = createMemoryGateway({ clock: BENCH_START });
    gc();
    const before = process.memoryUsage().heapUsed;
    hold(gateway, RECORDS);
    gc();
    samples.push((process.memoryUsage().heapUsed - before) / RECORDS);
  }
  if (gateway?.idempotencyKeysHeld() !== RECORDS) throw new Error('lost records');
  return figureOf(samples);
};

/** What {@link benchIdempotencyStore} measured. */
export interface IdempotencyFigures {
  readonly writes: readonly {
    readonly held: number;
    readonly wall: Figure;
    readonly cpu: Figure;
  }[];
  readonly bytesPerRecord: Figure;
}

/** Keyed createRefund per second at each of {@link KEYS_HELD}, and heap bytes per record. */
export const benchIdempotencyStore = async (): Promise<IdempotencyFigures> => {
  const writes: { held: number; wall: Figure; cpu: Figure }[] = [];
  for (const held of KEYS_HELD) writes.push({ held, ...(await writesPerSecond(held)) });
  return { writes, bytesPerRecord: bytesPerRecord() };
};

const rate = (figure: Figure): string =>
  `${formatCount(figure.median)}/s (min ${formatCount(figure.min)}, max ${formatCount(figure.max)}, ${figure.runs} runs)`;

/** The section of docs/benchmarks.md for these figures. */
export const idempotencySection = (figures: IdempotencyFigures): string => {
  const spreadOf = (medians: readonly number[]) => Math.max(...medians) / Math.min(...medians);
  const spread = spreadOf(figures.writes.map((w) => w.cpu.median));
  const wallSpread = spreadOf(figures.writes.map((w) => w.wall.median));
  const at100k = figures.writes.find((w) => w.held === 100_000);
  const verdict = (met: boolean, target: string, why: string) =>
    met ? `met (${target})` : `**missed** (${target}): ${why}`;
  const rows = figures.writes
    .map((w) => `| ${formatCount(w.held)} | ${rate(w.cpu)} | ${rate(w.wall)} |`)
    .join('\n');
  const bytes = figures.bytesPerRecord;
  return `## Idempotency records

Keyed \`createRefund\` on the memory gateway, one at a time (${formatCount(WRITES)} refunds of
fresh payments per run, only the writes timed), while the gateway already holds some keys: the
cost of a write must not depend on how many keys are held (SPEC §11). The held keys are finished
writes, each a UUID-shaped key, a 32-byte fingerprint and an outcome; the measured writes add
their own, ${formatCount(RUNS * WRITES)} over a row's runs (the warm-up runs on another gateway).
Writes per second of CPU time (\`process.cpuUsage\`) are the figure of record, since the machine
is shared and wall-clock rates follow its load (load average ${loadavg()[0]?.toFixed(1)} when this
ran); wall-clock rates beside them.

| keys held | keyed writes per CPU second | keyed writes per wall-clock second |
|---|---|---|
${rows}

| what | figure |
|---|---|
| heap per record (${formatCount(RECORDS)} records held) | ${formatCount(bytes.median)} bytes (min ${formatCount(bytes.min)}, max ${formatCount(bytes.max)}, ${bytes.runs} runs) |

- flat within 1.5× from 0 to 10⁶ keys: ${verdict(spread <= 1.5, `fastest / slowest ${formatRatio(spread)} per CPU second, ${formatRatio(wallSpread)} wall-clock`, 'the runs of one figure spread as widely as the figures do: the machine is shared.')}
- ≥ 100 000 keyed writes/s at 10⁵ keys: ${verdict((at100k?.cpu.median ?? 0) >= 100_000, `${formatCount(at100k?.cpu.median ?? 0)} per CPU second, ${formatCount(at100k?.wall.median ?? 0)} wall-clock`, 'a keyed write is a whole refund (plan, apply, freeze the payment, a new id) plus its fingerprint; the rate does not fall as keys are held, so what is missing is the cost of the write itself on this shared machine, not of the store.')}
`;
};
