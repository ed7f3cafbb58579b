// The sandbox README's in-process example checks what it seeds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { describe, expect, it } from 'vitest';
import { ROOT, readPage } from './markdown-sources.js';

const README = join(ROOT, 'packages/sandbox/README.md');
const seeding = readPage(README).blocks.filter((block) => block.text.includes('seedWirePayment('));

describe('the sandbox README', () => {
  it('seeds in one example', () => {
    expect(seeding).toHaveLength(1);
    expect(readFileSync(README, 'utf8')).toContain('seedWirePayment(');
  });

  it.each(seeding.map((block) => [block.line, block.text]))(
    // The block is docs/examples/sandbox-readme.ts verbatim (docs/snippets.test.ts), which runs
    // in docs/examples.test.ts and throws if the gateway does not take the payment.
    'at line %d checks the result of its seed',
    (_, code) => {
      expect(code).toMatch(/const (\w+) = gateway\.seedWirePayment\([\s\S]*if \(\1\.isErr\(\)\)/);
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
