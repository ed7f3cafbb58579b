import { createMemoryGateway } from '@reembolso/adapter-memory';
import { approvedPayment, pendingPayment } from '@reembolso/contract';
import { cancelPayment, refundAdvancedPayment, refundPayment } from '@reembolso/core';
import { describe, expect, it } from 'vitest';

const START = new Date('2026-03-02T12:00:00.000Z');

const arrange = () => {
  const gateway = createMemoryGateway({ clock: START, ids: { seed: 3 } });
  const payment = gateway.seedPayment(approvedPayment())._unsafeUnwrap();
  return { gateway, payment };
};

describe('refundPayment', () => {
  it('plans locally, then refunds with one key it hands back', async () => {
    const { gateway, payment } = arrange();
    const outcome = (
      await refundPayment(gateway, payment.id, { amount: 2_500 }, { now: START })
    )._unsafeUnwrap();
    expect(outcome.plan).toMatchObject({ amount: 2_500, kind: 'partial', refundedAfter: 2_500 });
    expect(outcome.refund.amount).toBe(2_500);
    expect(outcome.replayed).toBe(false);
    expect(outcome.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses with the local rejection and writes nothing', async () => {
    const { gateway, payment } = arrange();
    const result = await refundPayment(gateway, payment.id, { amount: 20_000 }, { now: START });
    expect(result._unsafeUnwrapErr().type).toBe('AmountExceedsRefundable');
    expect((await gateway.listRefunds(payment.id))._unsafeUnwrap()).toEqual([]);
  });

  it('replays a retry under the same key, with the plan the first write carried out', async () => {
    const { gateway, payment } = arrange();
    const first = (
      await refundPayment(gateway, payment.id, { amount: 4_000 }, { now: START })
    )._unsafeUnwrap();
    const retry = (
      await refundPayment(
        gateway,
        payment.id,
        { amount: 4_000 },
        { now: START },
        { idempotencyKey: first.idempotencyKey },
      )
    )._unsafeUnwrap();
    expect(retry.replayed).toBe(true);
    expect(retry.refund).toEqual(first.refund);
    expect(retry.plan).toEqual(first.plan);
    expect((await gateway.listRefunds(payment.id))._unsafeUnwrap()).toHaveLength(1);
  });

  it('replays a retry even when the first refund left nothing to refund', async () => {
    const { gateway, payment } = arrange();
    const first = (await refundPayment(gateway, payment.id, {}, { now: START }))._unsafeUnwrap();
    const retry = await refundPayment(
      gateway,
      payment.id,
      {},
      { now: START },
      { idempotencyKey: first.idempotencyKey },
    );
    expect(retry._unsafeUnwrap()).toMatchObject({
      replayed: true,
      refund: first.refund,
      plan: first.plan,
    });
  });

  it('still refuses a new key on a payment with nothing left, through the gateway rules', async () => {
    const { gateway, payment } = arrange();
    await refundPayment(gateway, payment.id, {}, { now: START });
    const again = await refundPayment(
      gateway,
      payment.id,
      {},
      { now: START },
      { idempotencyKey: 'fresh' },
    );
    expect(again._unsafeUnwrapErr().type).toBe('InvalidPaymentState');
    expect((await gateway.listRefunds(payment.id))._unsafeUnwrap()).toHaveLength(1);
  });
});

describe('cancelPayment', () => {
  it('cancels a pending payment, then replays the cancellation under the same key', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = gateway.seedPayment(pendingPayment())._unsafeUnwrap();
    const first = (await cancelPayment(gateway, payment.id))._unsafeUnwrap();
    expect(first).toMatchObject({ replayed: false, payment: { status: 'cancelled' } });
    expect(first.plan?.destination).toBe('account_money');
    const retry = await cancelPayment(
      gateway,
      payment.id,
      {},
      { idempotencyKey: first.idempotencyKey },
    );
    expect(retry._unsafeUnwrap()).toMatchObject({
      replayed: true,
      plan: null,
      payment: first.payment,
    });
  });

  it('refuses an approved payment locally', async () => {
    const { gateway, payment } = arrange();
    const result = await cancelPayment(gateway, payment.id);
    expect(result._unsafeUnwrapErr().type).toBe('CancellationNotAllowed');
  });
});

describe('refundAdvancedPayment', () => {
  it('refuses an id that is not digits before any call', async () => {
    const { gateway } = arrange();
    const result = await refundAdvancedPayment(gateway, 'x1', {});
    expect(result._unsafeUnwrapErr().type).toBe('InvalidSplitterId');
  });

  it('refunds the disbursements with one key', async () => {
    const gateway = createMemoryGateway({ clock: START });
    const advanced = gateway
      .seedAdvancedPayment({
        disbursements: [approvedPayment({ feeDetails: [] }), approvedPayment({ feeDetails: [] })],
      })
      ._unsafeUnwrap();
    const outcome = (
      await refundAdvancedPayment(gateway, advanced.id, { amount: 5_000 })
    )._unsafeUnwrap();
    expect(outcome.refunds.map((refund) => refund.amount)).toEqual([2_500, 2_500]);
  });
});
