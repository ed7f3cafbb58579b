import { createMemoryGateway, type PaymentChange } from '@reembolso/adapter-memory';
import { approvedPayment, pendingPayment } from '@reembolso/contract';
import { describe, expect, it } from 'vitest';

const START = new Date('2026-03-02T12:00:00.000Z');

const arrange = () => {
  const gateway = createMemoryGateway({ clock: START, ids: { seed: 5 } });
  const changes: PaymentChange[] = [];
  const unsubscribe = gateway.subscribe((change) => changes.push(change));
  const types = () => changes.map((change) => change.events.map((event) => event.type));
  return { gateway, changes, unsubscribe, types };
};

describe('subscribe', () => {
  it('tells every committed change with its events: created, refunds, the total refund', async () => {
    const { gateway, changes, types } = arrange();
    const payment = gateway.seedPayment(approvedPayment())._unsafeUnwrap();
    await gateway.createRefund(payment.id, { amount: 1000 }, { idempotencyKey: 'a' });
    await gateway.createRefund(payment.id, {}, { idempotencyKey: 'b' });
    expect(types()).toEqual([
      ['PaymentApproved'],
      ['RefundCreated'],
      ['RefundCreated', 'PaymentFullyRefunded'],
    ]);
    expect(changes[0]?.before).toBeNull();
    expect(changes[2]?.after.status).toBe('refunded');
  });

  it('tells approvals and cancellations, and nothing for replays and refusals', async () => {
    const { gateway, types } = arrange();
    const first = gateway.seedPayment(pendingPayment())._unsafeUnwrap();
    const second = gateway
      .seedPayment({ ...pendingPayment(), id: gateway.nextId() })
      ._unsafeUnwrap();
    gateway.approvePayment(first.id);
    await gateway.cancelPayment(second.id, { idempotencyKey: 'c' });
    await gateway.cancelPayment(second.id, { idempotencyKey: 'c' });
    await gateway.cancelPayment(second.id, { idempotencyKey: 'd' });
    await gateway.createRefund(first.id, { amount: 10 ** 9 }, { idempotencyKey: 'e' });
    expect(types()).toEqual([[], [], ['PaymentApproved'], ['PaymentCancelled']]);
  });

  it('tells one change per disbursement of an advanced-payment refund', async () => {
    const { gateway, changes } = arrange();
    const one = approvedPayment();
    const two = { ...approvedPayment(), id: gateway.nextId() };
    const advanced = gateway.seedAdvancedPayment({ disbursements: [one, two] })._unsafeUnwrap();
    changes.length = 0;
    await gateway.refundAdvancedPayment(advanced.id, {}, { idempotencyKey: 'f' });
    expect(changes.map((change) => change.after.id)).toEqual(advanced.paymentIds);
    expect(changes.every((change) => change.events.some((e) => e.type === 'RefundCreated'))).toBe(
      true,
    );
  });

  it('stops telling once unsubscribed, and a throwing listener never undoes the write', async () => {
    const { gateway, changes, unsubscribe } = arrange();
    gateway.subscribe(() => {
      throw new Error('listener bug');
    });
    const payment = gateway.seedPayment(approvedPayment())._unsafeUnwrap();
    unsubscribe();
    const refund = await gateway.createRefund(
      payment.id,
      { amount: 1000 },
      { idempotencyKey: 'g' },
    );
    expect(refund.isOk()).toBe(true);
    expect(changes).toHaveLength(1);
  });
});
