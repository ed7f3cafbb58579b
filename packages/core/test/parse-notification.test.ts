import { parseNotification } from '@reembolso/core';
import { describe, expect, it } from 'vitest';

// The body Mercado Pago documents for a payment notification.
const body = {
  id: 12345,
  live_mode: false,
  type: 'payment',
  date_created: '2015-03-25T10:04:58.396-04:00',
  user_id: 44444,
  api_version: 'v1',
  action: 'payment.updated',
  data: { id: '999999999' },
};

describe('parseNotification', () => {
  it('reads Mercado Pago payment notification body, ids as strings', () => {
    expect(parseNotification(body)._unsafeUnwrap()).toEqual({
      id: '12345',
      liveMode: false,
      type: 'payment',
      action: 'payment.updated',
      dateCreated: new Date('2015-03-25T14:04:58.396Z'),
      userId: '44444',
      apiVersion: 'v1',
      dataId: '999999999',
    });
  });

  it('takes a numeric data.id and other topics, and ignores unknown fields', () => {
    const parsed = parseNotification({ ...body, type: 'merchant_order', data: { id: 7 }, x: 1 });
    expect(parsed._unsafeUnwrap()).toMatchObject({ type: 'merchant_order', dataId: '7' });
  });

  it.each([
    ['not an object', [body], ''],
    ['null', null, ''],
    ['no data', { ...body, data: undefined }, 'data'],
    ['no data.id', { ...body, data: {} }, 'data.id'],
    ['an empty data.id', { ...body, data: { id: '' } }, 'data.id'],
    ['no type', { ...body, type: undefined }, 'type'],
    ['a fractional id', { ...body, id: 1.5 }, 'id'],
  ])('refuses %s, naming the field', (_, json, path) => {
    expect(parseNotification(json)._unsafeUnwrapErr()).toMatchObject({
      type: 'NotificationParseError',
      path,
    });
  });
});
