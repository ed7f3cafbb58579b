import type * as fc from 'fast-check';
import { toWirePayment, type WirePayment } from '../wire/payment-codec.js';
import { type PaymentArbOptions, paymentArb } from './payment-arb.js';

/**
 * A payment as `GET /v1/payments/{id}` returns it: the JSON of a {@link paymentArb} value,
 * through `toWirePayment` (amounts as decimals, dates ISO-8601 with offset, ids as numbers).
 * `parsePayment` accepts every value. Takes the options of `paymentArb`.
 */
export const wirePaymentArb = (options: PaymentArbOptions = {}): fc.Arbitrary<WirePayment> =>
  paymentArb(options).map((payment) => toWirePayment(payment));
