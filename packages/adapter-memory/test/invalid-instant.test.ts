import { createMemoryGateway } from '@reembolso/adapter-memory';
import { approvedPayment } from '@reembolso/contract';
import { refundPayment } from '@reembolso/core';
import { describe, expect, it } from 'vitest';

const START = new Date('2026-03-02T12:00:00.000Z');

describe('refundPayment with an invalid `now`', () => {
  it.each([
    ['a new key', {}],
    ["the caller's own key", { idempotencyKey: 'retry-of-a-lost-answer' }],
  ])('refuses with InvalidInstant and writes nothing, with %s', async (_, options) => {
    const gateway = createMemoryGateway({ clock: START });
    const payment = gateway.seedPayment(approvedPayment())._unsafeUnwrap();
    const result = await refundPayment(
      gateway,
      payment.id,
      { amount: 1_000 },
      { now: new Date('garbage') },
      options,
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({ type: 'InvalidInstant', field: 'now' });
    expect((await gateway.listRefunds(payment.id))._unsafeUnwrap()).toEqual([]);
  });
});
