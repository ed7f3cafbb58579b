import { idempotencyKeyFor, type Refund, type WriteError } from '@reembolso/core';
import fc from 'fast-check';
import { setupServer } from 'msw/node';
import type { Result } from 'neverthrow';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, type Fault } from './support/faults.js';
import { type Harness, setUp } from './support/harness.js';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const storedRefunds = (h: Harness): readonly Refund[] =>
  h.memory.snapshot().payments.find((p) => p.id === h.payment.id)?.refunds ?? [];

// The caller's rule: a failure that carries the write's key may have taken effect (whatever its
// type: a 401 after a lost answer too), so ask again with that key. Once asking again, a 401 says
// nothing of the first attempts either: the caller mends its token and asks again.
const isAmbiguous = (result: Result<unknown, WriteError>, retrying: boolean): boolean =>
  result.isErr() &&
  (('idempotencyKey' in result.error && result.error.idempotencyKey !== undefined) ||
    (retrying && result.error.type === 'Unauthorized'));

describe('fault injection', () => {
  describe('a refund whose answer was lost after Mercado Pago committed it', () => {
    it.each(['lost-after-commit', 'timeout-after-commit', 'server-error-after-commit'] as const)(
      'is replayed, not repeated, by the retry after %s',
      async (fault) => {
        // The first request is the currency read; the fault hits the write.
        const h = setUp(server, { faults: ['none', fault], gateway: { timeoutMs: 20 } });
        const refund = await h.gateway.createRefund(h.payment.id, { amount: 2_500 });
        expect(refund.isOk()).toBe(true);
        const stored = storedRefunds(h);
        expect(stored).toHaveLength(1);
        expect(refund._unsafeUnwrap()).toEqual(stored[0]);
        const posts = h.api.requests.filter((r) => r.method === 'POST');
        expect(posts).toHaveLength(2);
        expect(posts[1]?.idempotencyKey).toBe(posts[0]?.idempotencyKey);
      },
    );

    it.each(['truncated-after-commit', 'invalid-json-after-commit'] as const)(
      'answers InvalidResponse after %s, and the same key from another process replays it',
      async (fault) => {
        const h = setUp(server, { faults: ['none', fault] });
        const key = idempotencyKeyFor(['order-77', 'refund', 1]);
        const first = await h.gateway.createRefund(
          h.payment.id,
          { amount: 2_500 },
          { idempotencyKey: key },
        );
        expect(first._unsafeUnwrapErr().type).toBe('InvalidResponse');
        const again = await h
          .newGateway()
          .createRefund(h.payment.id, { amount: 2_500 }, { idempotencyKey: key });
        expect(again._unsafeUnwrap()).toEqual(storedRefunds(h)[0]);
        expect(storedRefunds(h)).toHaveLength(1);
      },
    );
  });

  it.each([
    ['500s', ['server-error', 'server-error', 'server-error']],
    ['429 with Retry-After in seconds', ['rate-limited', 'rate-limited']],
    ['429 with Retry-After as a date', ['rate-limited-date']],
    ['connection resets', ['reset', 'reset', 'reset']],
    ['timeouts', ['timeout', 'timeout']],
  ] as const)('refunds once through %s', async (_name, faults: readonly Fault[]) => {
    const h = setUp(server, { faults: ['none', ...faults], gateway: { timeoutMs: 20 } });
    const refund = await h.gateway.createRefund(h.payment.id, { amount: 1_000 });
    expect(refund._unsafeUnwrap().amount).toBe(1_000);
    expect(storedRefunds(h)).toHaveLength(1);
  });

  it('gives up after maxRetries with the last error, and nothing was written', async () => {
    const h = setUp(server, {
      faults: ['none', 'server-error', 'server-error', 'server-error', 'server-error'],
      gateway: { maxRetries: 3 },
    });
    const refund = await h.gateway.createRefund(h.payment.id, { amount: 1_000 });
    expect(refund._unsafeUnwrapErr()).toMatchObject({ type: 'ServerError', httpStatus: 500 });
    expect(storedRefunds(h)).toHaveLength(0);
  });

  describe('properties', () => {
    // Timeouts cost real time (the attempt's timer), so they are rarer than the other faults.
    const fault: fc.Arbitrary<Fault> = fc.oneof(
      { arbitrary: fc.constantFrom(...FAULTS.filter((f) => !f.startsWith('timeout'))), weight: 12 },
      { arbitrary: fc.constantFrom<Fault>('timeout', 'timeout-after-commit'), weight: 1 },
    );

    it('the refunds Mercado Pago holds are exactly the createRefund calls that succeeded, none twice', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fault, { maxLength: 12 }),
          fc.array(fc.integer({ min: 1, max: 4_000 }), { minLength: 1, maxLength: 5 }),
          fc.integer({ min: 0, max: 3 }),
          async (faults, amounts, maxRetries) => {
            server.resetHandlers();
            const h = setUp(server, { faults, gateway: { maxRetries, timeoutMs: 10 } });
            const succeeded: Refund[] = [];
            for (const [n, amount] of amounts.entries()) {
              // A key from the business reference, so a retry from another process reuses it.
              const idempotencyKey = idempotencyKeyFor(['order-1', 'refund', n]);
              let outcome = await h.gateway.createRefund(
                h.payment.id,
                { amount },
                { idempotencyKey },
              );
              for (let round = 0; isAmbiguous(outcome, round > 0); round += 1) {
                if (round > 50) throw new Error('the write never settled');
                outcome = await h
                  .newGateway({ maxRetries, timeoutMs: 10 })
                  .createRefund(h.payment.id, { amount }, { idempotencyKey });
              }
              if (outcome.isOk()) succeeded.push(outcome.value);
            }
            const byId = (a: Refund, b: Refund) => a.id.localeCompare(b.id);
            expect(new Set(succeeded.map((r) => r.id)).size).toBe(succeeded.length);
            expect([...storedRefunds(h)].sort(byId)).toEqual([...succeeded].sort(byId));
          },
        ),
        { numRuns: 500 },
      );
    });

    // A fault that lets Mercado Pago commit the refund and keeps its answer from the caller.
    const committedThenLost = fc.constantFrom<Fault>(
      'lost-after-commit',
      'server-error-after-commit',
      'truncated-after-commit',
      'invalid-json-after-commit',
      'timeout-after-commit',
    );

    it('an answer lost after commit, with no key from the caller, retried with the key the error gives: exactly one refund, every time', async () => {
      await fc.assert(
        fc.asyncProperty(
          committedThenLost,
          fc.array(fault, { maxLength: 8 }),
          fc.integer({ min: 1, max: 4_000 }),
          fc.integer({ min: 0, max: 3 }),
          async (lost, later, amount, maxRetries) => {
            server.resetHandlers();
            // The first request is the currency read; the write's answer is lost after commit.
            const faults = ['none', lost, ...later] as const;
            const h = setUp(server, { faults, gateway: { maxRetries, timeoutMs: 10 } });
            let outcome: Result<Refund, WriteError> = await h.gateway.createRefund(h.payment.id, {
              amount,
            });
            // The first failure follows the commit: it must name the key that was sent.
            const first = outcome.isErr() ? outcome.error : null;
            if (first !== null && first.idempotencyKey === undefined) {
              throw new Error(`no key on ${first.type}`);
            }
            const keys = new Set<string>();
            for (let round = 0; outcome.isErr(); round += 1) {
              if (round > 50) throw new Error('the write never settled');
              const { idempotencyKey } = outcome.error;
              // A retry's own failure may say nothing new (a 401): the caller keeps the key it has.
              const key = idempotencyKey ?? first?.idempotencyKey;
              if (key === undefined) throw new Error('no key to retry with');
              keys.add(key);
              outcome = await h
                .newGateway({ maxRetries, timeoutMs: 10 })
                .createRefund(h.payment.id, { amount }, { idempotencyKey: key });
            }
            expect(keys.size).toBeLessThanOrEqual(1);
            expect(storedRefunds(h)).toEqual([outcome.value]);
            expect(outcome.value.amount).toBe(amount);
          },
        ),
        { numRuns: 500 },
      );
    });
  });
});
