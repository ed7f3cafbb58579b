import { createMemoryGateway } from '@reembolso/adapter-memory';
import { approvedPayment } from '@reembolso/contract';
import { handleNotification, type Notification } from '@reembolso/core';
import { describe, expect, it } from 'vitest';

const START = new Date('2026-03-02T12:00:00.000Z');

const notificationFor = (dataId: string, type = 'payment'): Notification => ({
  id: '1',
  liveMode: false,
  type,
  action: 'payment.updated',
  dateCreated: START,
  userId: null,
  apiVersion: 'v1',
  dataId,
});

describe('handleNotification', () => {
  it('reads the payment and lists what changed since the one last known, then nothing', async () => {
    const gateway = createMemoryGateway({ clock: START, ids: { seed: 3 } });
    const known = gateway.seedPayment(approvedPayment())._unsafeUnwrap();
    const refund = (
      await gateway.createRefund(known.id, { amount: 2_500 }, { idempotencyKey: 'k' })
    )._unsafeUnwrap();
    const first = (
      await handleNotification(gateway, notificationFor(known.id), known)
    )._unsafeUnwrap();
    expect(first.payment.refundedAmount).toBe(2_500);
    expect(first.events).toMatchObject([
      { type: 'RefundCreated', key: `refund:${known.id}:${refund.id}`, refund: { amount: 2_500 } },
    ]);
    const again = await handleNotification(gateway, notificationFor(known.id), first.payment);
    expect(again._unsafeUnwrap().events).toEqual([]);
  });

  it('refuses another topic without a read, and passes on the gateway errors', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const other = await handleNotification(gateway, notificationFor('1', 'merchant_order'), null);
    expect(other._unsafeUnwrapErr()).toMatchObject({
      type: 'UnsupportedNotification',
      notificationType: 'merchant_order',
    });
    const missing = await handleNotification(gateway, notificationFor('404'), null);
    expect(missing._unsafeUnwrapErr().type).toBe('PaymentNotFound');
  });

  it('refuses a reading older than the payment last known', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const seeded = gateway.seedPayment(approvedPayment())._unsafeUnwrap();
    await gateway.createRefund(seeded.id, { amount: 100 }, { idempotencyKey: 'k' });
    const newer = (await gateway.getPayment(seeded.id))._unsafeUnwrap();
    gateway.seedPayment(seeded);
    const stale = await handleNotification(gateway, notificationFor(seeded.id), newer);
    expect(stale._unsafeUnwrapErr()).toMatchObject({
      type: 'PaymentDiffRefused',
      reason: 'older_than_before',
    });
  });
});
