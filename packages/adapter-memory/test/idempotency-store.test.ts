import { createMemoryGateway } from '@reembolso/adapter-memory';
import { approvedPayment } from '@reembolso/contract';
import { describe, expect, it } from 'vitest';
import { createIdempotencyStore } from '../src/idempotency-store.js';

const DAY_MS = 86_400_000;
const START = new Date('2026-03-02T12:00:00.000Z');

const storeAt = () => {
  const clock = { now: 0 };
  return { clock, store: createIdempotencyStore<string>(() => clock.now) };
};

describe('the idempotency store', () => {
  it('holds a key as running, then done with its outcome', () => {
    const { store } = storeAt();
    const hold = store.begin('k', 'f');
    expect(store.get('k')).toMatchObject({ state: 'running', fingerprint: 'f' });
    store.finish(hold, 'refund-1');
    expect(store.get('k')).toMatchObject({ state: 'done', fingerprint: 'f', outcome: 'refund-1' });
  });

  it('frees a released key, and never brings back a key reset while it ran', () => {
    const { store } = storeAt();
    store.release(store.begin('k', 'f'));
    expect(store.get('k')).toBeUndefined();
    const late = store.begin('j', 'f');
    store.reset();
    store.finish(late, 'late');
    expect(store.get('j')).toBeUndefined();
  });

  it('gives a write reset while it ran no say over a later write under its key', () => {
    const { store } = storeAt();
    const before = store.begin('k', 'f');
    store.reset();
    const after = store.begin('k', 'g');
    store.finish(before, 'old');
    store.release(before);
    expect(store.get('k')).toMatchObject({ state: 'running', fingerprint: 'g' });
    store.finish(after, 'new');
    expect(store.get('k')).toMatchObject({ state: 'done', fingerprint: 'g', outcome: 'new' });
  });

  it('sees a record expired on read exactly 24 hours after it finished', () => {
    const { clock, store } = storeAt();
    store.finish(store.begin('k', 'f'), 'x');
    clock.now = DAY_MS - 1;
    expect(store.get('k')).toBeDefined();
    clock.now = DAY_MS;
    expect(store.get('k')).toBeUndefined();
  });

  it('retires every expired record at the next operation, without being asked for them', () => {
    const { clock, store } = storeAt();
    for (let i = 0; i < 5_000; i += 1) {
      store.finish(store.begin(`k${i}`, 'f'), 'x');
    }
    clock.now = DAY_MS / 2;
    store.finish(store.begin('late', 'f'), 'x');
    expect(store.size()).toBe(5_001);
    clock.now = DAY_MS;
    expect(store.get('other')).toBeUndefined();
    expect(store.size()).toBe(1);
    clock.now = DAY_MS * 2;
    expect(store.get('other')).toBeUndefined();
    expect(store.size()).toBe(0);
  });

  it('keeps a key finished again after it expired for its own 24 hours, whatever the queue holds', () => {
    const { clock, store } = storeAt();
    clock.now = 10 * DAY_MS;
    store.finish(store.begin('a', 'f'), 'a');
    // The clock goes back: k's queue entry waits behind a's, which expires later.
    clock.now = 0;
    store.finish(store.begin('k', 'f'), 'first');
    clock.now = 10.5 * DAY_MS;
    expect(store.get('k')).toBeUndefined();
    store.finish(store.begin('k', 'g'), 'second');
    clock.now = 11 * DAY_MS;
    // Retiring a's entry and then k's old one must not take k's new record along.
    expect(store.get('k')).toMatchObject({ fingerprint: 'g', outcome: 'second' });
    clock.now = 11.5 * DAY_MS;
    expect(store.get('k')).toBeUndefined();
  });

  it('stays correct when the clock moves backwards: every record lives its own 24 hours', () => {
    const { clock, store } = storeAt();
    clock.now = 10 * DAY_MS;
    store.finish(store.begin('future', 'f'), 'a');
    clock.now = 0;
    store.finish(store.begin('past', 'f'), 'b');
    clock.now = DAY_MS;
    // Behind a record that expires later in the queue, yet expired on read.
    expect(store.get('past')).toBeUndefined();
    expect(store.get('future')).toMatchObject({ outcome: 'a' });
    clock.now = 11 * DAY_MS;
    expect(store.get('future')).toBeUndefined();
    expect(store.size()).toBe(0);
  });
});

describe('the memory gateway idempotency records', () => {
  it('lets 24 hours of keys go at once, and keeps only what is still fresh', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = approvedPayment({ transactionAmount: 1_000_000 });
    gateway.seedPayment(payment);
    for (let i = 0; i < 100; i += 1) {
      await gateway.createRefund(payment.id, { amount: 1 }, { idempotencyKey: `k-${i}` });
    }
    expect(gateway.idempotencyKeysHeld()).toBe(100);
    gateway.advanceClock(DAY_MS);
    await gateway.createRefund(payment.id, { amount: 1 }, { idempotencyKey: 'fresh' });
    expect(gateway.idempotencyKeysHeld()).toBe(1);
  });

  it('keeps no record for a write without a key, nor for one refused before the rules', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = approvedPayment();
    gateway.seedPayment(payment);
    await gateway.createRefund(payment.id, { amount: 1 });
    await gateway.createRefund('404', { amount: 1 }, { idempotencyKey: 'nf' });
    await gateway.createRefund(
      payment.id,
      { amount: 1, currency: 'ARS' },
      { idempotencyKey: 'cur' },
    );
    expect(gateway.idempotencyKeysHeld()).toBe(0);
  });

  it('refuses a key that is not 1 to 255 visible ASCII characters with BadRequest', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = approvedPayment();
    gateway.seedPayment(payment);
    const answer = await gateway.createRefund(payment.id, { amount: 1 }, { idempotencyKey: 'a b' });
    expect(answer._unsafeUnwrapErr().type).toBe('BadRequest');
    expect((await gateway.getPayment(payment.id))._unsafeUnwrap().refunds).toHaveLength(0);
  });
});

describe('the memory gateway and currencies', () => {
  it('refuses a refund stated in another currency with CurrencyMismatch, changing nothing', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = approvedPayment();
    gateway.seedPayment(payment);
    const answer = await gateway.createRefund(
      payment.id,
      { amount: 1050, currency: payment.currency === 'ARS' ? 'BRL' : 'ARS' },
      { idempotencyKey: 'k' },
    );
    expect(answer._unsafeUnwrapErr()).toMatchObject({
      type: 'CurrencyMismatch',
      expected: payment.currency,
    });
    expect((await gateway.getPayment(payment.id))._unsafeUnwrap()).toEqual(payment);
    const same = await gateway.createRefund(payment.id, {
      amount: 1050,
      currency: payment.currency,
    });
    expect(same._unsafeUnwrap().amount).toBe(1050);
  });

  it('refuses a refund whose payment was seeded anew in another currency while it waited', async () => {
    const gateway = createMemoryGateway({ clock: START, latencyMs: 5 });
    const payment = approvedPayment({ currency: 'BRL' });
    gateway.seedPayment(payment);
    const pending = gateway.createRefund(payment.id, { amount: 1050, currency: 'BRL' });
    gateway.seedPayment(approvedPayment({ id: payment.id, currency: 'CLP' }));
    expect((await pending)._unsafeUnwrapErr()).toMatchObject({
      type: 'CurrencyMismatch',
      expected: 'CLP',
    });
    expect((await gateway.getPayment(payment.id))._unsafeUnwrap().refunds).toHaveLength(0);
  });

  it('refuses an advanced refund stated in another currency, refunding no disbursement', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const disbursements = [
      approvedPayment({ feeDetails: [] }),
      approvedPayment({ feeDetails: [] }),
    ];
    const advanced = gateway.seedAdvancedPayment({ disbursements })._unsafeUnwrap();
    const other = disbursements[0]?.currency === 'ARS' ? 'BRL' : 'ARS';
    const answer = await gateway.refundAdvancedPayment(advanced.id, {
      amount: 100,
      currency: other,
    });
    expect(answer._unsafeUnwrapErr().type).toBe('CurrencyMismatch');
    for (const id of advanced.paymentIds) {
      expect((await gateway.getPayment(id))._unsafeUnwrap().refunds).toHaveLength(0);
    }
  });
});
