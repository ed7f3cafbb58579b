import { createMemoryGateway, type MemoryGateway } from '@reembolso/adapter-memory';
import { approvedPayment, authorizedPayment, pendingPayment } from '@reembolso/contract';
import {
  cancelPayment,
  classicPolicy,
  currentPolicy,
  networkError,
  type PaymentGateway,
  refundAdvancedPayment,
  refundPayment,
} from '@reembolso/core';
import { errAsync } from 'neverthrow';
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

describe('a caller key is no way past a local refusal', () => {
  const DAY_MS = 86_400_000;
  // Mercado Pago's rules of today (180 days) at the gateway, the classic 90 days asked locally.
  const lenient = () => {
    const gateway = createMemoryGateway({ clock: START, policy: currentPolicy });
    const payment = gateway
      .seedPayment(approvedPayment({ dateApproved: new Date(START.getTime() - 120 * DAY_MS) }))
      ._unsafeUnwrap();
    return { gateway, payment };
  };

  it('refuses a refund past the policy window locally, key or not, and writes nothing', async () => {
    const { gateway, payment } = lenient();
    const context = { now: START, policy: classicPolicy };
    const keyed = await refundPayment(gateway, payment.id, {}, context, {
      idempotencyKey: 'order-42-refund-1',
    });
    expect(keyed._unsafeUnwrapErr()).toMatchObject({ type: 'RefundWindowExpired' });
    expect((await gateway.listRefunds(payment.id))._unsafeUnwrap()).toEqual([]);
  });

  it('refuses a refund beyond the balance the caller gives, on a payment never refunded', async () => {
    const { gateway, payment } = arrange();
    const keyed = await refundPayment(
      gateway,
      payment.id,
      { amount: 1_000 },
      { now: START, availableBalance: 0 },
      { idempotencyKey: 'order-43-refund-1' },
    );
    expect(keyed._unsafeUnwrapErr()).toMatchObject({ type: 'InsufficientBalance' });
    expect((await gateway.listRefunds(payment.id))._unsafeUnwrap()).toEqual([]);
  });

  it('refuses to cancel what the policy does not cancel, though the gateway would', async () => {
    const gateway = createMemoryGateway({ clock: START, policy: currentPolicy });
    const payment = gateway.seedPayment(authorizedPayment())._unsafeUnwrap();
    const keyed = await cancelPayment(
      gateway,
      payment.id,
      { policy: classicPolicy },
      { idempotencyKey: 'order-44-cancel' },
    );
    expect(keyed._unsafeUnwrapErr()).toMatchObject({ type: 'CancellationNotAllowed' });
    expect((await gateway.getPayment(payment.id))._unsafeUnwrap().status).toBe('authorized');
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

// A provider that commits each write, then loses its answer: what the caller sees is `Network`.
const losingAnswers = (gateway: MemoryGateway): PaymentGateway => ({
  ...gateway,
  createRefund: (id, request, options) =>
    gateway.createRefund(id, request, options).andThen(() => errAsync(networkError({}))),
  cancelPayment: (id, options) =>
    gateway.cancelPayment(id, options).andThen(() => errAsync(networkError({}))),
  refundAdvancedPayment: (id, request, options) =>
    gateway.refundAdvancedPayment(id, request, options).andThen(() => errAsync(networkError({}))),
});

describe('a write whose answer was lost', () => {
  it('refundPayment hands back the key it made; retrying with it replays, one refund', async () => {
    const { gateway, payment } = arrange();
    const lost = await refundPayment(
      losingAnswers(gateway),
      payment.id,
      { amount: 2_500 },
      { now: START },
    );
    const error = lost._unsafeUnwrapErr();
    if (error.type !== 'Network') throw new Error(`expected Network, got ${error.type}`);
    expect(error.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    const retry = (
      await refundPayment(
        gateway,
        payment.id,
        { amount: 2_500 },
        { now: START },
        { idempotencyKey: error.idempotencyKey },
      )
    )._unsafeUnwrap();
    expect(retry.replayed).toBe(true);
    expect((await gateway.listRefunds(payment.id))._unsafeUnwrap()).toHaveLength(1);
  });

  it('cancelPayment and refundAdvancedPayment hand back the caller’s key', async () => {
    const { gateway } = arrange();
    const pending = gateway.seedPayment(pendingPayment())._unsafeUnwrap();
    const cancel = await cancelPayment(
      losingAnswers(gateway),
      pending.id,
      {},
      { idempotencyKey: 'c-9' },
    );
    expect(cancel._unsafeUnwrapErr()).toMatchObject({ type: 'Network', idempotencyKey: 'c-9' });
    const advanced = gateway
      .seedAdvancedPayment({ disbursements: [approvedPayment({ feeDetails: [] })] })
      ._unsafeUnwrap();
    const refund = await refundAdvancedPayment(losingAnswers(gateway), advanced.id, {}, {});
    expect(refund._unsafeUnwrapErr()).toMatchObject({
      type: 'Network',
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('refundPayment tells the gateway the currency it planned in', async () => {
    const { gateway, payment } = arrange();
    const seen: unknown[] = [];
    const spying: PaymentGateway = {
      ...gateway,
      createRefund: (id, request, options) => {
        seen.push(request);
        return gateway.createRefund(id, request, options);
      },
    };
    await refundPayment(spying, payment.id, { amount: 100 }, { now: START });
    expect(seen).toEqual([{ amount: 100, currency: payment.currency }]);
  });

  it('refuses a key that is not one with BadRequest, before any call', async () => {
    const { gateway, payment } = arrange();
    const result = await refundPayment(
      gateway,
      payment.id,
      { amount: 1 },
      { now: START },
      {
        idempotencyKey: '',
      },
    );
    expect(result._unsafeUnwrapErr().type).toBe('BadRequest');
  });
});
