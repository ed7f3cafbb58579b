import {
  applyCancellation,
  classicPolicy,
  currentPolicy,
  PAYMENT_STATUSES,
  type Payment,
  type PaymentStatus,
  planCancellation,
  planRefund,
} from '@reembolso/core';
import { describe, expect, it } from 'vitest';
import { aPayment, deepFreeze, NOW } from './fixtures.js';

const inStatus = (status: PaymentStatus, overrides: Partial<Payment> = {}): Payment =>
  aPayment({ status, statusDetail: null, dateApproved: null, ...overrides });

const cancellable = (payment: Payment, policy = classicPolicy) =>
  planCancellation(payment, { policy }).isOk();

describe('planCancellation', () => {
  it('allows pending and in_process under classicPolicy, and nothing else', () => {
    const allowed = PAYMENT_STATUSES.filter((status) => cancellable(inStatus(status)));
    expect(allowed).toEqual(['pending', 'in_process']);
  });

  it('allows authorized reserves too under currentPolicy', () => {
    const allowed = PAYMENT_STATUSES.filter((status) =>
      cancellable(inStatus(status), currentPolicy),
    );
    expect(allowed).toEqual(['pending', 'authorized', 'in_process']);
  });

  it('applies classicPolicy when no context is given', () => {
    expect(planCancellation(inStatus('pending')).isOk()).toBe(true);
    expect(planCancellation(inStatus('authorized'))._unsafeUnwrapErr()).toMatchObject({
      type: 'CancellationNotAllowed',
      code: 2018,
      httpStatus: 400,
      status: 'authorized',
    });
  });

  it('plans cancelled/by_collector and keeps an authorized reserve uncaptured', () => {
    const reserve = inStatus('authorized', { statusDetail: 'pending_capture', captured: false });
    expect(planCancellation(reserve, { policy: currentPolicy })._unsafeUnwrap()).toEqual({
      paymentId: '1001',
      statusBefore: 'authorized',
      statusAfter: 'cancelled',
      statusDetailAfter: 'by_collector',
      capturedAfter: false,
      destination: 'card',
    });
  });

  it.each([
    ['bolbradesco', 'ticket'],
    ['banamex', 'atm'],
    ['pix', 'bank_transfer'],
  ])(
    'sends money taken by %s (%s) to the payer’s Mercado Pago account',
    (paymentMethodId, paymentTypeId) => {
      const payment = inStatus('pending', { paymentMethodId, paymentTypeId });
      expect(planCancellation(payment)._unsafeUnwrap().destination).toBe('account_money');
    },
  );

  it('never changes a cancelled payment again, under either policy', () => {
    const cancelled = applyCancellation(
      inStatus('pending'),
      planCancellation(inStatus('pending'))._unsafeUnwrap(),
    );
    for (const policy of [classicPolicy, currentPolicy]) {
      expect(planCancellation(cancelled, { policy })._unsafeUnwrapErr().type).toBe(
        'CancellationNotAllowed',
      );
      expect(planRefund(cancelled, {}, { now: NOW, policy })._unsafeUnwrapErr().type).toBe(
        'InvalidPaymentState',
      );
    }
  });
});

describe('applyCancellation', () => {
  it('sets cancelled/by_collector, clears date_approved and keeps captured as planned', () => {
    const reserve = inStatus('authorized', {
      statusDetail: 'pending_capture',
      captured: false,
      dateApproved: NOW,
    });
    const plan = planCancellation(reserve, { policy: currentPolicy })._unsafeUnwrap();
    expect(applyCancellation(reserve, plan)).toEqual({
      ...reserve,
      status: 'cancelled',
      statusDetail: 'by_collector',
      dateApproved: null,
      captured: false,
    });
  });

  it('never mutates the payment or the plan', () => {
    const payment = deepFreeze(inStatus('pending'));
    const before = structuredClone(payment);
    const plan = deepFreeze(planCancellation(payment)._unsafeUnwrap());
    const after = applyCancellation(payment, plan);
    expect(payment).toEqual(before);
    expect(after).not.toBe(payment);
    expect(after.status).toBe('cancelled');
  });
});
