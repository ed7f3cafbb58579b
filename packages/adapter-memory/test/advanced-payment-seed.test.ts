import { createMemoryGateway } from '@reembolso/adapter-memory';
import { approvedPayment } from '@reembolso/contract';
import { describe, expect, it } from 'vitest';

const START = new Date('2026-03-02T12:00:00.000Z');

describe('seedAdvancedPayment refuses disbursements that could refund money twice', () => {
  const setup = () => {
    const gateway = createMemoryGateway({ clock: START });
    const first = approvedPayment({ id: '101' });
    const second = approvedPayment({ id: '102' });
    return { gateway, first, second };
  };

  it('a payment repeated: typed error, nothing stored', () => {
    const { gateway, first } = setup();
    const before = gateway.snapshot();
    const seeded = gateway.seedAdvancedPayment({ id: '9', disbursements: [first, first] });
    expect(seeded._unsafeUnwrapErr()).toMatchObject({
      type: 'InvalidAdvancedPayment',
      reason: 'repeated_payment',
      index: 1,
      httpStatus: 400,
    });
    expect(gateway.snapshot()).toEqual(before);
  });

  it('mixed currencies: typed error, nothing stored', () => {
    const { gateway, first } = setup();
    const clp = approvedPayment({ id: '103', currency: 'CLP', transactionAmount: 5_000 });
    const seeded = gateway.seedAdvancedPayment({ disbursements: [first, clp] });
    expect(seeded._unsafeUnwrapErr()).toMatchObject({ reason: 'mixed_currencies', index: 1 });
    expect(gateway.snapshot()).toMatchObject({ payments: [], advancedPayments: [] });
  });

  it('a payment of another advanced payment: typed error, nothing stored', () => {
    const { gateway, first, second } = setup();
    gateway.seedAdvancedPayment({ id: '9', disbursements: [first] })._unsafeUnwrap();
    const before = gateway.snapshot();
    const seeded = gateway.seedAdvancedPayment({ id: '10', disbursements: [second, first] });
    expect(seeded._unsafeUnwrapErr()).toMatchObject({
      reason: 'payment_of_another_advanced_payment',
      index: 1,
    });
    expect(gateway.snapshot()).toEqual(before);
  });

  it('re-seeding an advanced payment may keep its own payments', () => {
    const { gateway, first, second } = setup();
    gateway.seedAdvancedPayment({ id: '9', disbursements: [first] })._unsafeUnwrap();
    expect(
      gateway.seedAdvancedPayment({ id: '9', disbursements: [first, second] })._unsafeUnwrap(),
    ).toEqual({ id: '9', paymentIds: ['101', '102'] });
  });

  it('refunding everything of a valid advanced payment refunds each payment once', async () => {
    const { gateway, first, second } = setup();
    gateway.seedAdvancedPayment({ id: '9', disbursements: [first, second] })._unsafeUnwrap();
    const refunds = (await gateway.refundAdvancedPayment('9', {}))._unsafeUnwrap();
    expect(refunds.map((r) => r.paymentId)).toEqual(['101', '102']);
    for (const payment of gateway.snapshot().payments) {
      expect(payment.refundedAmount).toBe(payment.transactionAmount);
    }
  });
});
