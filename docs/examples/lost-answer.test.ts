// The lost-answer test of docs/guide/testing.md, run by `vitest run docs`.
import { paymentJson } from './payment-json.js';

// What GET /v1/payments/{id} answered: 100.00 BRL approved on 1 March 2026, with fees.
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region lost-answer-test
import { createMemoryGateway } from '@reembolso/adapter-memory';
import {
  idempotencyKeyFor,
  networkError,
  type PaymentGateway,
  refundPayment,
} from '@reembolso/core';
import { errAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';

// Mercado Pago makes the refund, then its answer is lost on the way back.
const losingAnswers = (gateway: PaymentGateway): PaymentGateway => ({
  ...gateway,
  createRefund: (id, request, options) =>
    gateway.createRefund(id, request, options).andThen(() => errAsync(networkError({}))),
});

const setup = () => {
  const gateway = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
  gateway.seedWirePayment(json);
  return { gateway, id: String(json.id), context: { now: gateway.now() } };
};

describe('a refund whose answer was lost', () => {
  it('is made once when retried with the key the failure carries', async () => {
    const { gateway, id, context } = setup();
    const lost = await refundPayment(losingAnswers(gateway), id, { amount: 1050 }, context);
    expect(lost._unsafeUnwrapErr().type).toBe('Network');
    if (lost.isErr() && lost.error.type === 'Network') {
      // The refund may have been made: retry with the key it was sent with, never a new one.
      const { idempotencyKey } = lost.error;
      const retry = await refundPayment(gateway, id, { amount: 1050 }, context, { idempotencyKey });
      expect(retry._unsafeUnwrap()).toMatchObject({ replayed: true, idempotencyKey });
    }
    expect((await gateway.listRefunds(id))._unsafeUnwrap()).toHaveLength(1);
  });

  it('is made once when retried with the key derived from the order, from any process', async () => {
    const { gateway, id, context } = setup();
    const key = () => ({ idempotencyKey: idempotencyKeyFor(['order-8812', 'refund', 1]) });
    const lost = await refundPayment(losingAnswers(gateway), id, { amount: 1050 }, context, key());
    if (lost.isErr()) {
      // Another worker, after a crash: the same reference gives the same key.
      const retry = await refundPayment(gateway, id, { amount: 1050 }, context, key());
      expect(retry._unsafeUnwrap().replayed).toBe(true);
    }
    expect((await gateway.listRefunds(id))._unsafeUnwrap()).toHaveLength(1);
  });

  it('would be made twice with a new key: the test can tell', async () => {
    const { gateway, id, context } = setup();
    await refundPayment(losingAnswers(gateway), id, { amount: 1050 }, context);
    await refundPayment(gateway, id, { amount: 1050 }, context);
    expect((await gateway.listRefunds(id))._unsafeUnwrap()).toHaveLength(2);
  });
});
// #endregion lost-answer-test
