// `pnpm bench`: measures, then writes docs/benchmarks.md. Every figure is a median over
// interleaved rounds with its min–max; every comparison is a ratio within the same run.
// A section is a function answering its markdown and its goals: add one to SECTIONS.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { accountsSection, benchAccountHeap } from './accounts.bench.js';
import type { Goal, Section } from './goal.js';
import { benchHttpClients } from './http.bench.js';
import { benchIdempotencyStore, idempotencySection } from './idempotency.bench.js';
import { describeMachine } from './machine.js';
import { benchMemoryGateway } from './memory-gateway.bench.js';
import { benchParsePayment } from './parse-payment.bench.js';
import { benchPlanRefund } from './plan-refund.bench.js';
import { benchSandboxServer } from './sandbox.bench.js';
import { benchSizes } from './size.bench.js';

// `--sustained-seconds=N` shortens the sandbox's sustained run while working; the page uses 60.
const sustainedSeconds = Number(
  process.argv.find((arg) => arg.startsWith('--sustained-seconds='))?.split('=')[1] ?? 60,
);

const SECTIONS: readonly (readonly [string, () => Promise<Section>])[] = [
  ['planRefund', benchPlanRefund],
  ['parsePayment', benchParsePayment],
  ['memory gateway', benchMemoryGateway],
  [
    'idempotency records',
    async () => ({ markdown: idempotencySection(await benchIdempotencyStore()), goals: [] }),
  ],
  ['HTTP clients', benchHttpClients],
  ['sandbox server', () => benchSandboxServer({ sustainedSeconds })],
  ['sandbox accounts', async () => accountsSection(await benchAccountHeap())],
  ['bundle sizes', benchSizes],
];

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');

const loadBefore = load();
const sections: Section[] = [];
for (const [name, run] of SECTIONS) {
  process.stdout.write(`${name}… `);
  sections.push(await run());
  process.stdout.write('done\n');
}
const loadAfter = load();

const goals: Goal[] = sections.flatMap((section) => section.goals);
const missed = goals.filter((goal) => !goal.met);

const page = `---
title: Benchmarks
---

# Benchmarks

Written by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${describeMachine()}.
Load average (1 / 5 / 15 min) ${loadBefore} before the run and ${loadAfter} after it: the machine is
shared, so absolute figures move between runs; the ratios, taken within each round, move less.

Every figure is the median of interleaved rounds (each round runs every contender once, in a
rotating order), with its min–max beside it; every ratio compares two figures of the same round.
Nothing here is asserted by the tests: timings depend on the machine.

## Goals

| path | today | goal | met |
|---|---|---|---|
${goals.map((goal) => `| ${goal.path} | ${goal.today} | ${goal.goal} | ${goal.met ? 'met' : '**not met**'} |`).join('\n')}
${
  missed.length === 0
    ? ''
    : `
What stands in the way:

${missed.map((goal) => `- ${goal.path}: ${goal.why ?? ''}`).join('\n')}
`
}
${sections.map((section) => section.markdown).join('\n')}`;

writeFileSync(new URL('../docs/benchmarks.md', import.meta.url), page);
console.log('wrote docs/benchmarks.md');
