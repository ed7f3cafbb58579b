// The sandbox README's in-process example seeds a payment that the gateway takes, and checks it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { describe, expect, it } from 'vitest';
import { ROOT, readPage } from './markdown-sources.js';

const README = join(ROOT, 'packages/sandbox/README.md');
const seeding = readPage(README).blocks.filter((block) => block.text.includes('seedWirePayment('));

// The object literal passed to seedWirePayment, evaluated: plain data, as the README shows it.
const seededJson = (code: string): unknown => {
  const start = code.indexOf('seedWirePayment(') + 'seedWirePayment('.length;
  const end = code.indexOf('});', start) + 1;
  return new Function(`return (${code.slice(start, end)});`)();
};

describe('the sandbox README', () => {
  it('seeds in one example', () => {
    expect(seeding).toHaveLength(1);
    expect(readFileSync(README, 'utf8')).toContain('seedWirePayment(');
  });

  it.each(seeding.map((block) => [block.line, block.text]))(
    'at line %d seeds a payment the gateway takes, and checks the result',
    (_, code) => {
      expect(code).toMatch(/const (\w+) = gateway\.seedWirePayment\([\s\S]*if \(\1\.isErr\(\)\)/);
      const seeded = createMemoryGateway().seedWirePayment(seededJson(code));
      expect(seeded.isOk(), seeded.isErr() ? seeded.error.message : '').toBe(true);
    },
  );

  it('would learn which field a seed misses', () => {
    const seeded = createMemoryGateway().seedWirePayment({ id: 1001, status: 'approved' });
    expect(seeded._unsafeUnwrapErr()).toMatchObject({
      type: 'PaymentParseError',
      path: 'currency_id',
      message: 'currency_id is missing',
    });
  });
});
