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

  it('has a header, a rule and one line per example', () => {
    expect(lines[0]).toMatch(/^example\s+policy\s+decision$/);
    expect(lines).toHaveLength(examples.length + 2);
  });

  it('aligns the policy and decision columns', () => {
    const policyColumn = lines[0]?.indexOf('policy');
    for (const [index, example] of examples.entries()) {
      expect(lines[index + 2]?.indexOf(example.policy, example.title.length)).toBe(policyColumn);
    }
  });

  it('reads each decision in words', () => {
    for (const [index, example] of examples.entries()) {
      const line = lines[index + 2] ?? '';
      expect(line.startsWith(example.title)).toBe(true);
      if (example.expect === 'plan') expect(line).toMatch(/refund .+ (total|partial) → /);
      else expect(line).toContain(`refused: ${example.expect}`);
    }
  });

  it('tells a partial refund with fees: amount, status after, fees back, each side', () => {
    expect(table).toContain(
      'refund 50.00 BRL partial → approved/partially_refunded, fees back 2.50 BRL mercadopago_fee (collector) + 6.00 BRL financing_fee (payer), payer receives 56.00 BRL (card), collector debit 47.50 BRL',
    );
  });

  it('tells a refusal with its Mercado Pago code', () => {
    expect(table).toContain('refused: RefundWindowExpired (2024)');
    expect(table).toContain('refused: PartialRefundUnsupported (3024): site_full_only');
  });
});
