import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createMemoryGateway, type MemoryGateway } from '@reembolso/adapter-memory';
import { BENCH_START, benchPayment } from './fixtures.js';
import type { Section } from './goal.js';
import { type Figure, figureOf, figuresOf, formatRate, interleave, timed } from './measure.js';

// Each payment takes 20 refunds of 1.00; refunds spread over enough payments for one batch.
const REFUNDS = 2_000;
const arrange = () => {
  const gateway = createMemoryGateway({ clock: BENCH_START, ids: { seed: 1 } });
  for (let i = 0; i < REFUNDS / 20; i += 1) gateway.seedPayment(benchPayment(i, 100_000));
  return gateway;
};
const idOf = (i: number) => benchPayment(Math.floor(i / 20)).id;

/** createRefund on the memory gateway: one at a time, and 100 at once. */
export const benchMemoryRefunds = async (): Promise<{ sequential: Figure; concurrent: Figure }> =>
  figuresOf(
    await interleave({
      sequential: timed(async () => {
        const gateway = arrange();
        for (let i = 0; i < REFUNDS; i += 1) {
          await gateway.createRefund(idOf(i), { amount: 100 }, { idempotencyKey: `s-${i}` });
        }
      }, REFUNDS),
      concurrent: timed(async () => {
        const gateway = arrange();
        for (let i = 0; i < REFUNDS; i += 100) {
          await Promise.all(
            Array.from({ length: 100 }, (_, j) =>
              gateway.createRefund(idOf(i + j), { amount: 100 }, { idempotencyKey: `c-${i + j}` }),
            ),
          );
        }
      }, REFUNDS),
    }),
  );

const fill = (): MemoryGateway => {
  const gateway = createMemoryGateway({ clock: BENCH_START, ids: { seed: 1 } });
  for (let i = 0; i < 100_000; i += 1) gateway.seedPayment(benchPayment(i, 100_000));
  return gateway;
};

/** Heap held by 100 000 seeded payments, in bytes (median of repeated fills). */
export const benchMemoryFootprint = (): Figure => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const samples: number[] = [];
  let held: MemoryGateway | undefined;
  for (let run = 0; run < 5; run += 1) {
    // Release the previous fill explicitly: a stale stack slot would otherwise keep it alive.
    held = undefined;
    gc();
    const before = process.memoryUsage().heapUsed;
    held = fill();
    gc();
    samples.push(process.memoryUsage().heapUsed - before);
  }
  if (held?.snapshot().payments.length !== 100_000) throw new Error('lost payments');
  return figureOf(samples);
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The memory gateway's section of the page: refunds per second and the heap of its payments. */
export const benchMemoryGateway = async (): Promise<Section> => {
  const refunds = await benchMemoryRefunds();
  const footprint = benchMemoryFootprint();
  return {
    goals: [],
    markdown: `## Memory gateway

| what | figure |
|---|---|
| \`createRefund\`, one at a time | ${formatRate(refunds.sequential, 'refunds/s')} |
| \`createRefund\`, 100 concurrent | ${formatRate(refunds.concurrent, 'refunds/s')} |
| heap held by 100 000 payments | ${kb(footprint.median)} (${kb(footprint.min)}–${kb(footprint.max)}, ${footprint.runs} runs) |
`,
  };
};
