import { type Payment, planRefund, type RefundRequest, remainingOf } from '@reembolso/core';
import {
  defaultNow,
  paymentArb,
  refundablePaymentArb,
  refundRequestArb,
} from '@reembolso/core/testing';
import fc from 'fast-check';
import { baselinePlan } from './baseline-plan.js';
import { compareOpsPerSecond, type Figure } from './measure.js';

const INPUTS = 4_096;
// Payments up to ten million in major units: what shops refund, and no BigInt in the fee shares.
const REALISTIC_MAX = 1_000_000_000;

const withinRemaining = (payment: Payment): fc.Arbitrary<RefundRequest> => {
  const remaining = remainingOf(payment);
  return remaining > 0
    ? fc.integer({ min: 1, max: remaining }).map((amount) => ({ amount }))
    : fc.constant({});
};
const ROUNDS = 50;

/** planRefund and the if-chain baseline, on the same generated payments and requests. */
export const benchPlanRefund = async (): Promise<{ library: Figure; baseline: Figure }> => {
  const inputs: readonly (readonly [Payment, RefundRequest])[] = fc.sample(
    fc
      .oneof(
        { weight: 4, arbitrary: refundablePaymentArb() },
        { weight: 1, arbitrary: paymentArb() },
      )
      .filter((payment) => payment.transactionAmount <= REALISTIC_MAX)
      .chain((payment) =>
        fc
          .oneof(
            { weight: 4, arbitrary: withinRemaining(payment) },
            { weight: 1, arbitrary: refundRequestArb(payment) },
          )
          .map((request) => [payment, request] as const),
      ),
    { numRuns: INPUTS, seed: 20_261_123 },
  );
  const context = { now: defaultNow };
  const nowMs = defaultNow.getTime();
  let sink = 0;
  const { library, baseline } = await compareOpsPerSecond(
    {
      library: () => {
        for (let round = 0; round < ROUNDS; round += 1) {
          for (const [payment, request] of inputs) {
            if (planRefund(payment, request, context).isOk()) sink += 1;
          }
        }
      },
      baseline: () => {
        for (let round = 0; round < ROUNDS; round += 1) {
          for (const [payment, request] of inputs) {
            if (typeof baselinePlan(payment, request.amount, nowMs) !== 'string') sink += 1;
          }
        }
      },
    },
    INPUTS * ROUNDS,
  );
  if (sink < 0) console.log(sink);
  return { library, baseline };
};
