import { describe, expect, it } from 'vitest';
import { decide, decisionsTable, loadExamples } from '../../../examples/decisions.js';

const examples = loadExamples();

describe('the example payments (examples/payments)', () => {
  it.each(examples.map((example) => [example.file, example.expect, example] as const))(
    '%s ends in %s',
    (_, expected, example) => {
      expect(decide(example).outcome).toBe(expected);
    },
  );

  it('cover at least ten cases, both policies, a plan and every refund rule', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    expect(new Set(examples.map((e) => e.policy))).toEqual(new Set(['classic', 'current']));
    const outcomes = new Set(examples.map((e) => e.expect));
    for (const outcome of [
      'plan',
      'AmountNotPositive',
      'InvalidPaymentState',
      'RefundWindowExpired',
      'PartialRefundUnsupported',
      'TooManyRefunds',
      'AmountExceedsRefundable',
      'InsufficientBalance',
    ]) {
      expect(outcomes).toContain(outcome);
    }
  });
});

describe('decisionsTable', () => {
  const table = decisionsTable();
  const lines = table.split('\n');
  // Each example starts a line with its title; its decision may go on over indented lines.
  const blockOf = (title: string): string => {
    const at = lines.findIndex((line) => line.startsWith(title));
    const next = lines.findIndex((line, index) => index > at && !line.startsWith(' '));
    return lines
      .slice(at, next === -1 ? undefined : next)
      .map((line) => line.trim())
      .join(' ');
  };

  it('has a header, a rule and one block per example, in lines of at most 120 columns', () => {
    expect(lines[0]).toMatch(/^example\s+policy\s+decision$/);
    expect(lines.filter((line) => !line.startsWith(' '))).toHaveLength(examples.length + 2);
    expect(lines.filter((line) => [...line].length > 120)).toEqual([]);
  });

  it('aligns the policy and decision columns', () => {
    const policyColumn = lines[0]?.indexOf('policy');
    const decisionColumn = lines[0]?.indexOf('decision');
    for (const example of examples) {
      const line = lines.find((l) => l.startsWith(example.title)) ?? '';
      expect(line.indexOf(example.policy, example.title.length)).toBe(policyColumn);
    }
    for (const line of lines.filter((l) => l.startsWith(' '))) {
      expect(line.length - line.trimStart().length).toBe(decisionColumn);
    }
  });

  it('reads each decision in words', () => {
    for (const example of examples) {
      const block = blockOf(example.title);
      if (example.expect === 'plan') expect(block).toMatch(/refund .+ (total|partial) → /);
      else expect(block).toContain(`refused: ${example.expect}`);
    }
  });

  it('tells a partial refund with fees: amount, status after, fees back, each side', () => {
    expect(blockOf('Partial refund, fee and interest back in proportion')).toContain(
      'refund 50.00 BRL partial → approved/partially_refunded, fees back 2.50 BRL mercadopago_fee (collector), 6.00 BRL financing_fee (payer), payer receives 56.00 BRL (card), collector debit 47.50 BRL',
    );
  });

  it('tells a refusal with its Mercado Pago code', () => {
    expect(table).toContain('refused: RefundWindowExpired (2024)');
    expect(blockOf('Peru, partial refund under the current policy')).toContain(
      'refused: PartialRefundUnsupported (3024): only full refunds (site_full_only)',
    );
  });
});
