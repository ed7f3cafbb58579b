// The service test of docs/guide/testing.md, run by `vitest run docs`.
import { paymentJson } from './payment-json.js';

// What GET /v1/payments/{id} answered: 100.00 BRL approved on 1 March 2026, with fees.
const json = paymentJson(new Date('2026-03-01T12:00:00Z'));

// #region desk-test
import { createMemoryGateway } from '@reembolso/adapter-memory';
import { describe, expect, it } from 'vitest';
import { refundFromDesk } from './refund-desk.js';

const DAY_MS = 86_400_000;

const setup = () => {
  const gateway = createMemoryGateway({ clock: new Date('2026-03-02T12:00:00Z') });
  gateway.seedWirePayment(json);
  return { gateway, refund: refundFromDesk({ gateway, now: gateway.now }) };
};

describe('the refund desk', () => {
  it('refunds part of a payment, interest included, back on the card', async () => {
    const { refund } = setup();
    const answer = await refund(String(json.id), 1050);
    expect(answer._unsafeUnwrap()).toBe(
      'refunded 10.5 BRL: the payer receives 11.81 BRL on the card',
    );
  });

  it('refuses after the 90-day window, without writing anything', async () => {
    const { gateway, refund } = setup();
    gateway.advanceClock(90 * DAY_MS);
    const answer = await refund(String(json.id), 1050);
    expect(answer._unsafeUnwrapErr()).toMatchObject({ type: 'RefundWindowExpired', code: 2024 });
    expect((await gateway.listRefunds(String(json.id)))._unsafeUnwrap()).toEqual([]);
  });

  it('refuses what the collector balance cannot cover', async () => {
    const { gateway, refund } = setup();
    gateway.setBalance('BRL', 500);
    const answer = await refund(String(json.id), 1050);
    expect(answer._unsafeUnwrapErr()).toMatchObject({ type: 'InsufficientBalance', required: 998 });
    expect(gateway.balance('BRL')).toBe(500);
  });
});
// #endregion desk-test
