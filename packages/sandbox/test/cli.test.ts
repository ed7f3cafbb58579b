import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { type CliOutcome, EXAMPLE_TOKEN, runCli } from '../src/run-cli.js';
import { wirePayment } from './support/fixtures.js';

const run = async (argv: readonly string[]) => {
  const out: string[] = [];
  const errors: string[] = [];
  const outcome = await runCli(argv, { out: (l) => out.push(l), error: (l) => errors.push(l) });
  return { outcome, out: out.join('\n'), errors: errors.join('\n') };
};

const stop = async (outcome: CliOutcome) => {
  if (outcome.kind === 'serving') await outcome.server.close();
};

const seedFile = async (json: unknown): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'reembolso-sandbox-'));
  const path = join(dir, 'seed.json');
  await writeFile(path, JSON.stringify(json));
  return path;
};

describe('reembolso-sandbox', () => {
  it('prints its URL and a refund story that works when pasted into a shell', async () => {
    const { outcome, out } = await run(['--port', '0']);
    try {
      expect(outcome.kind).toBe('serving');
      if (outcome.kind !== 'serving') return;
      expect(out).toContain(`listening on ${outcome.server.url}`);
      // The story: the indented lines after the intro, up to the next blank line.
      const lines = out.split('\n');
      const start = lines.findIndex((line) => line.startsWith('  '));
      const story = lines.slice(start, lines.indexOf('', start)).map((line) => line.trim());
      expect(story).toHaveLength(3);
      expect(story[1]).toContain('X-Idempotency-Key');
      const { stdout } = await promisify(execFile)('sh', ['-c', story.join('\n')]);
      const [refund, payment] = stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      expect(refund).toMatchObject({ amount: 10.5, status: 'approved' });
      expect(payment).toMatchObject({
        id: refund.payment_id,
        status: 'approved',
        status_detail: 'partially_refunded',
        transaction_amount_refunded: 10.5,
      });
      const account = outcome.server.gatewayFor(EXAMPLE_TOKEN)._unsafeUnwrap();
      expect(account.snapshot().payments.map((p) => p.refundedAmount)).toEqual([1050]);
    } finally {
      await stop(outcome);
    }
  });

  it('--seed puts the file’s payments in every account; --policy current applies', async () => {
    const path = await seedFile({
      payments: [wirePayment({ id: 9001, date_approved: new Date().toISOString() })],
      balances: { BRL: 50 },
    });
    const { outcome, out } = await run(['--port', '0', '--seed', path, '--policy', 'current']);
    try {
      expect(out).toContain('policy current');
      if (outcome.kind !== 'serving') throw new Error('not serving');
      for (const token of ['TEST-one', 'TEST-two']) {
        const response = await fetch(`${outcome.server.url}/v1/payments/9001`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect(response.status).toBe(200);
      }
      const gateway = outcome.server.gatewayFor('TEST-one')._unsafeUnwrap();
      expect(gateway.policy.name).toBe('current');
      expect(gateway.balance('BRL')).toBe(5000);
    } finally {
      await stop(outcome);
    }
  });

  it.each([[['--port', 'eighty']], [['--port', '70000']], [['--policy', 'lenient']], [['--what']]])(
    'refuses %j with usage and exit code 2',
    async (argv) => {
      const { outcome, errors } = await run(argv);
      expect(outcome).toEqual({ kind: 'done', exitCode: 2 });
      expect(errors).toContain('Usage: reembolso-sandbox');
    },
  );

  it('an unreadable or invalid seed file exits 1 naming the problem', async () => {
    const missing = await run(['--seed', '/nonexistent/seed.json']);
    expect(missing.outcome).toEqual({ kind: 'done', exitCode: 1 });
    const invalid = await run([
      '--seed',
      await seedFile([wirePayment({ transaction_amount: 'x' })]),
    ]);
    expect(invalid.outcome).toEqual({ kind: 'done', exitCode: 1 });
    expect(invalid.errors).toContain('payments.0.transaction_amount');
  });

  it('--tokens accepts only the tokens named, and never prints them', async () => {
    const { outcome, out } = await run(['--port', '0', '--tokens', 'TEST-one-x1,TEST-two-x2']);
    try {
      if (outcome.kind !== 'serving') throw new Error('not serving');
      expect(out).not.toContain('TEST-one-x1');
      const status = async (token: string) =>
        (
          await fetch(`${outcome.server.url}/sandbox/clock`, {
            headers: { authorization: `Bearer ${token}` },
          })
        ).status;
      expect(await status('TEST-two-x2')).toBe(200);
      expect(await status('TEST-three-x3')).toBe(401);
    } finally {
      await stop(outcome);
    }
  });

  it('refuses a --tokens item that is no bearer token without repeating it', async () => {
    const { outcome, errors } = await run(['--tokens', 'TEST-good,secret with spaces']);
    expect(outcome).toEqual({ kind: 'done', exitCode: 2 });
    expect(errors).toContain('--tokens: item 2');
    expect(errors).not.toContain('secret with spaces');
  });

  it('a seed file whose advanced payment repeats a payment exits 1', async () => {
    const path = await seedFile({
      advanced_payments: [{ disbursements: [wirePayment({ id: 5 }), wirePayment({ id: 5 })] }],
    });
    const { outcome, errors } = await run(['--port', '0', '--seed', path]);
    await stop(outcome);
    expect(outcome).toEqual({ kind: 'done', exitCode: 1 });
    expect(errors).toContain('appears twice');
  });

  it('--help prints the usage', async () => {
    const { outcome, out } = await run(['--help']);
    expect(outcome).toEqual({ kind: 'done', exitCode: 0 });
    expect(out).toContain('--seed <file.json>');
  });
});
