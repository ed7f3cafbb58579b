import { parsePayment, toWireDate, toWirePayment, toWireRefund } from '@reembolso/core';
import { paymentArb } from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aPayment, aRefund, withRefunds } from './fixtures.js';

describe('toWireDate', () => {
  it('writes instants as Mercado Pago does: milliseconds and the -04:00 offset', () => {
    expect(toWireDate(new Date('2014-12-11T15:26:40.537Z'))).toBe('2014-12-11T11:26:40.537-04:00');
  });

  it('never throws, even where the offset moves the earliest dates out of range', () => {
    expect(toWireDate(new Date('-271821-04-20T03:59:59.999Z'))).toBe('Invalid Date');
    expect(toWireDate(new Date(Number.NaN))).toBe('Invalid Date');
  });
});

describe('toWirePayment', () => {
  it('writes amounts as decimals, ids as numbers and dates with offset', () => {
    const payment = withRefunds(
      aPayment({ feeDetails: [{ type: 'mercadopago_fee', amount: 499, feePayer: 'collector' }] }),
      [1050],
    );
    expect(toWirePayment(payment)).toMatchObject({
      id: 1001,
      status: 'approved',
      status_detail: 'partially_refunded',
      currency_id: 'BRL',
      transaction_amount: 100,
      transaction_amount_refunded: 10.5,
      date_approved: toWireDate(payment.dateApproved ?? new Date()),
      date_last_updated: null,
      fee_details: [{ type: 'mercadopago_fee', amount: 4.99, fee_payer: 'collector' }],
      collector_id: 77,
      refunds: [{ id: 5000, payment_id: 1001, amount: 10.5 }],
    });
  });

  it('writes CLP amounts as whole numbers', () => {
    expect(
      toWirePayment(aPayment({ currency: 'CLP', transactionAmount: 15_000 })).transaction_amount,
    ).toBe(15_000);
  });
});

describe('toWireRefund', () => {
  it('writes the refund object of SPEC §6', () => {
    expect(toWireRefund(aRefund(1050), 'BRL')).toEqual({
      id: 5000,
      payment_id: 1001,
      amount: 10.5,
      metadata: {},
      source: { id: '77', name: 'Seller', type: 'collector' },
      date_created: toWireDate(aRefund(1).dateCreated),
      unique_sequence_number: null,
      refund_mode: 'standard',
      adjustment_amount: 0,
      status: 'approved',
      reason: null,
      label: [],
      partition_details: [],
    });
  });
});

describe('the wire codec', () => {
  it('reads back the example payment it wrote', () => {
    const payment = withRefunds(aPayment(), [1050, 2000]);
    expect(parsePayment(toWirePayment(payment))._unsafeUnwrap()).toEqual(payment);
  });

  describe('properties', () => {
    it('parsePayment(toWirePayment(p)) equals p, for every valid payment', () => {
      fc.assert(
        fc.property(paymentArb(), (payment) => {
          expect(parsePayment(toWirePayment(payment))._unsafeUnwrap()).toEqual(payment);
        }),
        { numRuns: 1000 },
      );
    });

    it('the round trip holds through JSON text too', () => {
      fc.assert(
        fc.property(paymentArb(), (payment) => {
          const text = JSON.stringify(toWirePayment(payment));
          expect(parsePayment(JSON.parse(text))._unsafeUnwrap()).toEqual(payment);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
