import { createMemoryGateway } from '@reembolso/adapter-memory';
import { approvedPayment, pendingPayment } from '@reembolso/contract';
import { toWirePayment } from '@reembolso/core';
import { describe, expect, it } from 'vitest';

const START = new Date('2026-03-02T12:00:00.000Z');

describe('the memory gateway controls', () => {
  it('stands its clock still at a given Date until moved', () => {
    const gateway = createMemoryGateway({ clock: START });
    expect(gateway.now()).toEqual(START);
    gateway.advanceClock(1_000);
    expect(gateway.now()).toEqual(new Date(START.getTime() + 1_000));
    gateway.setClock(new Date('2027-01-01T00:00:00.000Z'));
    expect(gateway.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('numbers refunds the same way for the same seed', async () => {
    const run = async () => {
      const gateway = createMemoryGateway({ clock: START, ids: { seed: 99 } });
      const payment = approvedPayment({ id: '123' });
      gateway.seedPayment(payment);
      const refund = await gateway.createRefund('123', { amount: 100 });
      return refund._unsafeUnwrap().id;
    };
    const [first, second] = [await run(), await run()];
    expect(first).toBe(second);
    expect(first).toMatch(/^\d{11}$/);
  });

  it('seeds a payment from Mercado Pago JSON', () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = approvedPayment();
    const seeded = gateway.seedWirePayment(toWirePayment(payment));
    expect(seeded._unsafeUnwrap()).toEqual(payment);
  });

  it('refuses to seed a payment the parser would refuse, naming the field', () => {
    const gateway = createMemoryGateway({ clock: START });
    const broken = approvedPayment({ refundedAmount: 20_000 });
    const seeded = gateway.seedPayment(broken);
    expect(seeded._unsafeUnwrapErr().path).toBe('transaction_amount_refunded');
    expect(gateway.snapshot().payments).toEqual([]);
  });

  it('approves a pending payment at the current instant', () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = pendingPayment();
    gateway.seedPayment(payment);
    const approved = gateway.approvePayment(payment.id)._unsafeUnwrap();
    expect(approved).toMatchObject({
      status: 'approved',
      statusDetail: 'accredited',
      dateApproved: START,
    });
    expect(gateway.approvePayment(payment.id)._unsafeUnwrapErr().type).toBe('InvalidPaymentState');
  });

  it('debits the balance of the payment currency by the collector debit', async () => {
    const gateway = createMemoryGateway({ clock: START, balances: { BRL: 100_000 } });
    const payment = approvedPayment();
    gateway.seedPayment(payment);
    await gateway.createRefund(payment.id, { amount: 5_000 });
    // 5 000 less the collector fee's share round_half_even(499 / 2) = 250.
    expect(gateway.balance('BRL')).toBe(100_000 - 4_750);
    expect(gateway.balance('ARS')).toBeUndefined();
  });

  it('forgets everything on reset, back to the options', async () => {
    const gateway = createMemoryGateway({ clock: START, balances: { BRL: 10 } });
    gateway.seedPayment(approvedPayment());
    gateway.setBalance('BRL', 0);
    gateway.advanceClock(5_000);
    gateway.reset();
    expect(gateway.snapshot()).toEqual({
      now: START,
      payments: [],
      advancedPayments: [],
      balances: { BRL: 10 },
    });
  });

  it('answers Aborted for a call whose signal is already aborted, and changes nothing', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = approvedPayment();
    gateway.seedPayment(payment);
    const controller = new AbortController();
    controller.abort();
    const result = await gateway.createRefund(
      payment.id,
      { amount: 100 },
      { signal: controller.signal },
    );
    expect(result._unsafeUnwrapErr().type).toBe('Aborted');
    expect((await gateway.getPayment(payment.id))._unsafeUnwrap()).toEqual(payment);
  });

  it('tells an amount of NaN apart from no amount under one key', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = approvedPayment();
    gateway.seedPayment(payment);
    (await gateway.createRefund(payment.id, {}, { idempotencyKey: 'k' }))._unsafeUnwrap();
    const other = await gateway.createRefund(
      payment.id,
      { amount: Number.NaN },
      { idempotencyKey: 'k' },
    );
    expect(other._unsafeUnwrapErr().type).toBe('IdempotencyConflict');
  });

  it('seeds an advanced payment all or nothing', () => {
    const gateway = createMemoryGateway({ clock: START });
    const good = approvedPayment();
    const broken = approvedPayment({ refundedAmount: 20_000 });
    const seeded = gateway.seedAdvancedPayment({ disbursements: [good, broken] });
    expect(seeded._unsafeUnwrapErr().type).toBe('PaymentParseError');
    expect(gateway.snapshot()).toMatchObject({ payments: [], advancedPayments: [] });
  });

  it('answers values a caller cannot change behind the fake', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = approvedPayment();
    gateway.seedPayment(payment);
    await gateway.createRefund(payment.id, { amount: 100 });
    const held = (await gateway.getPayment(payment.id))._unsafeUnwrap();
    expect(() => {
      (held as { status: string }).status = 'cancelled';
    }).toThrow(TypeError);
    expect(() => (held.refunds as unknown[]).push({})).toThrow(TypeError);
    expect((await gateway.getPayment(payment.id))._unsafeUnwrap().status).toBe('approved');
  });

  it('keeps every part of every payment frozen through many writes, older refunds too', async () => {
    // A write freezes only what it makes; this checks that nothing it shares was left unfrozen.
    const unfrozen = (value: unknown, path: string): string[] => {
      if (typeof value !== 'object' || value === null || value instanceof Date) return [];
      const own = Object.isFrozen(value) ? [] : [path];
      return own.concat(
        ...Object.entries(value).map(([key, inner]) => unfrozen(inner, `${path}.${key}`)),
      );
    };
    const gateway = createMemoryGateway({ clock: START });
    const refunded = approvedPayment({ id: '100' });
    gateway.seedPayment(refunded);
    gateway.seedPayment(pendingPayment({ id: '200' }));
    gateway.seedPayment(pendingPayment({ id: '300' }));
    const answered: unknown[] = [];
    for (let i = 0; i < 19; i += 1) {
      answered.push((await gateway.createRefund('100', { amount: 10 }))._unsafeUnwrap());
    }
    gateway.approvePayment('200')._unsafeUnwrap();
    for (let i = 0; i < 3; i += 1) {
      answered.push((await gateway.createRefund('200', { amount: 10 }))._unsafeUnwrap());
    }
    answered.push((await gateway.cancelPayment('300'))._unsafeUnwrap());
    const { payments } = gateway.snapshot();
    expect(payments.map((payment) => payment.refunds.length)).toEqual([19, 3, 0]);
    // The snapshot's list and the list of answers are copies: what they hold must be frozen.
    expect(payments.flatMap((payment, i) => unfrozen(payment, `payments[${i}]`))).toEqual([]);
    expect(answered.flatMap((value, i) => unfrozen(value, `answered[${i}]`))).toEqual([]);
  });
});
