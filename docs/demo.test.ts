// The demo (`pnpm demo`) tells every refusal the same way and fits a 120-column terminal.
import { type ReembolsoError, refundWindowExpired, tooManyRefunds } from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import { decisionsTable } from '../examples/decisions.js';
import { refusalText } from '../examples/refusal-text.js';
import { timeline } from '../examples/timeline.js';

const lines = [...decisionsTable().split('\n'), ...(await timeline())];
// A refusal line: `✘ Type (code): reason` or `refused: Type: reason`, as refusalText writes it.
const REFUSAL = /(?:✘|refused:) ([A-Z]\w+)( \(\d+\))?: \S/;

describe('the demo', () => {
  it('prints lines of at most 120 columns', () => {
    expect(lines.filter((line) => [...line].length > 120)).toEqual([]);
  });

  it('prints every refusal as its type, its code when it has one, and the reason in words', () => {
    const refusals = lines.filter((line) => line.includes('✘') || line.includes('refused:'));
    expect(refusals.length).toBeGreaterThan(10);
    expect(refusals.filter((line) => !REFUSAL.test(line))).toEqual([]);
    const coded = refusals.map((line) => REFUSAL.exec(line)).filter((m) => m?.[2] !== undefined);
    expect(new Set(coded.map((m) => m?.[1]))).toEqual(
      new Set([
        'AmountNotPositive',
        'InvalidPaymentState',
        'RefundWindowExpired',
        'PartialRefundUnsupported',
        'CancellationNotAllowed',
      ]),
    );
    expect(lines.some((line) => line.includes('TooManyRefunds: a payment takes at most 20'))).toBe(
      true,
    );
  });

  it.each<[ReembolsoError, string]>([
    [tooManyRefunds({ maxRefunds: 20 }), 'TooManyRefunds: a payment takes at most 20 refunds'],
    [
      refundWindowExpired({ deadline: '2026-05-31T12:00:00.000Z' }),
      'RefundWindowExpired (2024): the refund window closed at 2026-05-31T12:00:00.000Z',
    ],
  ])('tells %o as "%s"', (error, text) => {
    expect(refusalText(error, 'BRL')).toBe(text);
  });
});
