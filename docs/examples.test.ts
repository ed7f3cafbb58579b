// Runs every example of docs/examples and checks what the guides say it prints.
import { basename } from 'node:path';
import { format } from 'node:util';
import type { MemoryGateway } from '@reembolso/adapter-memory';
import type { GatewayError, RefundOutcome, RefundPlan } from '@reembolso/core';
import type { Result } from 'neverthrow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleFiles, markdownPages, normalizeTables, readPage } from './markdown-sources.js';

// The test files among the examples run as tests of their own; the rest are scripts.
const scripts = exampleFiles().filter((file) => !file.endsWith('.test.ts'));
const printed = new Map<string, string[]>();
const modules = new Map<string, Record<string, unknown>>();

const nameOf = (file: string) => basename(file, '.ts');

beforeAll(async () => {
  const log = vi.spyOn(console, 'log');
  // One import per script, in turn, so each captured line belongs to the script being imported.
  for (const file of scripts) {
    const lines: string[] = [];
    log.mockImplementation((...args: unknown[]) => {
      lines.push(...format(...args).split('\n'));
    });
    modules.set(nameOf(file), await import(file));
    printed.set(nameOf(file), lines);
  }
  log.mockRestore();
});

afterAll(() => {
  vi.restoreAllMocks();
});

const outputOf = (name: string): string[] => {
  const lines = printed.get(name);
  if (!lines) throw new Error(`no example docs/examples/${name}.ts`);
  return lines;
};

const exported = <T>(name: string, key: string): T => modules.get(name)?.[key] as T;

describe('the outputs the guides show', () => {
  const shown = markdownPages().flatMap((page) => readPage(page).outputs);

  it('are shown at all', () => {
    expect(shown.length).toBeGreaterThan(10);
  });

  it.each(shown.map((output) => [`${output.page}:${output.line} (${output.example})`, output]))(
    '%s is what the example prints',
    (_, output) => {
      // Tables compare cell by cell: the formatter aligns the columns of the committed page.
      const lines = normalizeTables(outputOf(output.example).join('\n')).split('\n');
      const expected = normalizeTables(output.text).split('\n');
      const at = lines.findIndex((_line, index) =>
        expected.every((line, offset) => lines[index + offset] === line),
      );
      // On failure, show the whole output beside what the page says.
      if (at === -1) expect(expected.join('\n')).toBe(lines.join('\n'));
    },
  );
});

describe('the package README examples', () => {
  it('refunds 10.50 through the official SDK over the sandbox handlers', () => {
    expect(exported<{ amount: number }>('sandbox-readme', 'refund').amount).toBe(10.5);
  });
});

describe('the README examples', () => {
  it('plans a partial refund of 10.50 BRL with its share of fees and interest', () => {
    expect(outputOf('readme-plan')).toEqual([
      'partial refund of 10.5 BRL: payment becomes approved/partially_refunded, payer receives 11.81, collector is debited 9.98',
    ]);
  });

  it('refunds 10.50 BRL through the memory gateway', () => {
    const outcome = exported<Result<RefundOutcome, GatewayError>>('readme-gateway', 'outcome');
    expect(outcome._unsafeUnwrap().plan).toMatchObject({ amount: 1050, kind: 'partial' });
    expect(outcome._unsafeUnwrap().refund.amount).toBe(1050);
  });

  it('refunds 10.50 BRL over HTTP, with the access token from the environment', () => {
    const outcome = exported<Result<RefundOutcome, GatewayError>>('readme-over-http', 'refunded');
    expect(outcome._unsafeUnwrap().refund.amount).toBe(1050);
    const provider = exported<MemoryGateway>('readme-over-http', 'provider');
    expect(provider.snapshot().payments[0]).toMatchObject({ refundedAmount: 1050 });
  });
});

describe('the worked rounding examples', () => {
  it('shares fee and interest over three partial refunds, exactly in total', () => {
    const plans = exported<RefundPlan[]>('fee-shares-in-parts', 'plans');
    expect(plans.map((plan) => plan.amount)).toEqual([3333, 3333, 3334]);
    expect(plans.map((plan) => plan.fees.map((fee) => fee.amount))).toEqual([
      [166, 417],
      [167, 416],
      [166, 417],
    ]);
    expect(plans.map((plan) => plan.payerReceives)).toEqual([3750, 3749, 3751]);
    expect(plans.map((plan) => plan.collectorDebit)).toEqual([3167, 3166, 3168]);
    expect(plans.map((plan) => plan.statusDetailAfter)).toEqual([
      'partially_refunded',
      'partially_refunded',
      'refunded',
    ]);
  });

  it('gives back the whole CLP fee cumulatively, one peso short when rounding alone', () => {
    expect(outputOf('cumulative-shares').slice(0, 3)).toEqual([
      'refund 3333: fee back 333, rounded alone 333',
      'refund 3333: fee back 334, rounded alone 333',
      'refund 3334: fee back 333, rounded alone 333',
    ]);
  });

  it('rounds ties to the even unit', () => {
    expect(outputOf('half-even').slice(0, 2)).toEqual(['248', '250']);
  });
});

describe('the examples', () => {
  it('all print what a page shows, but the helpers, the services, the receiver and the README examples that refund', () => {
    const silent = scripts.map(nameOf).filter((name) => outputOf(name).length === 0);
    expect(silent.sort()).toEqual([
      'audit-log',
      'domain-payment',
      'markdown-table',
      'payment-json',
      'readme-gateway',
      'readme-over-http',
      'receiving-notifications',
      'refund-desk',
      'sandbox-readme',
      'sdk-refunds',
    ]);
  });
});
