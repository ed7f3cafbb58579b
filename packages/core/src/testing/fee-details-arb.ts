import * as fc from 'fast-check';
import type { FeeDetail } from '../payment/payment.js';

const FEE_TYPES = ['mercadopago_fee', 'financing_fee', 'application_fee', 'coupon_fee'] as const;

/**
 * A payment's `fee_details` for an amount paid of `transactionAmount` minor units: up to four
 * fees (`mercadopago_fee`, `financing_fee`, `application_fee`, `coupon_fee`), each paid by the
 * collector or the payer, each between 0 and the amount paid.
 */
export const feeDetailsArb = (transactionAmount: number): fc.Arbitrary<FeeDetail[]> =>
  fc.array(
    fc.record({
      type: fc.constantFrom(...FEE_TYPES),
      amount: fc.integer({ min: 0, max: Math.max(0, transactionAmount) }),
      feePayer: fc.constantFrom('collector' as const, 'payer' as const),
    }),
    { maxLength: 4 },
  );
