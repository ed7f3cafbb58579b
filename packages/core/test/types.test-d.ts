import {
  type AdvancedRefundOutcome,
  type AmountError,
  type AmountExceedsRefundable,
  type CancellationContext,
  type CancellationOutcome,
  type CancellationPlan,
  type CancellationRejection,
  type Currency,
  cancelPayment,
  classicPolicy,
  currentPolicy,
  type Destination,
  type FeeShare,
  fromMinor,
  type GatewayError,
  type Payment,
  type PaymentParseError,
  parsePayment,
  planCancellation,
  planRefund,
  type RefundOutcome,
  type RefundPlan,
  type RefundPolicy,
  type RefundRejection,
  refundAdvancedPayment,
  refundPayment,
  toMinor,
  type WriteError,
} from '@reembolso/core';
import type { Result, ResultAsync } from 'neverthrow';
import { match, P } from 'ts-pattern';
import { describe, expectTypeOf, it } from 'vitest';

describe('the Contract shapes', () => {
  it('planRefund(payment, { amount? }, { now, availableBalance?, policy? }) returns Result<RefundPlan, RefundRejection>', () => {
    expectTypeOf(planRefund).parameter(0).toEqualTypeOf<Payment>();
    expectTypeOf(planRefund).parameter(1).toEqualTypeOf<{ readonly amount?: number }>();
    expectTypeOf(planRefund).parameter(2).toEqualTypeOf<{
      readonly now: Date;
      readonly availableBalance?: number;
      readonly policy?: RefundPolicy;
    }>();
    expectTypeOf(planRefund).returns.toEqualTypeOf<Result<RefundPlan, RefundRejection>>();
    // The request's amount may be left out, the context's balance and policy too.
    expectTypeOf(planRefund).toBeCallableWith({} as Payment, {}, { now: new Date() });
  });

  it('toMinor(number | string, currency) returns Result<number, AmountError>; fromMinor returns number', () => {
    expectTypeOf(toMinor).parameter(0).toEqualTypeOf<number | string>();
    expectTypeOf(toMinor).returns.toEqualTypeOf<Result<number, AmountError>>();
    expectTypeOf(fromMinor).parameters.toEqualTypeOf<[minor: number, currency: Currency]>();
    expectTypeOf(fromMinor).returns.toEqualTypeOf<number>();
  });

  it('parsePayment(unknown) returns Result<Payment, PaymentParseError>', () => {
    expectTypeOf(parsePayment).parameters.toEqualTypeOf<[json: unknown]>();
    expectTypeOf(parsePayment).returns.toEqualTypeOf<Result<Payment, PaymentParseError>>();
  });

  it('RefundPlan carries kind, amounts, statuses after, fees, what each side gets and where it goes', () => {
    expectTypeOf<RefundPlan['kind']>().toEqualTypeOf<'total' | 'partial'>();
    expectTypeOf<RefundPlan['amount']>().toEqualTypeOf<number>();
    expectTypeOf<RefundPlan['refundedAfter']>().toEqualTypeOf<number>();
    expectTypeOf<RefundPlan['remainingAfter']>().toEqualTypeOf<number>();
    expectTypeOf<RefundPlan['statusAfter']>().toEqualTypeOf<'approved' | 'refunded'>();
    expectTypeOf<RefundPlan['statusDetailAfter']>().toEqualTypeOf<
      'partially_refunded' | 'refunded'
    >();
    expectTypeOf<RefundPlan['fees']>().toEqualTypeOf<readonly FeeShare[]>();
    expectTypeOf<FeeShare>().toEqualTypeOf<{
      readonly type: string;
      readonly payer: 'collector' | 'payer';
      readonly amount: number;
    }>();
    expectTypeOf<RefundPlan['payerReceives']>().toEqualTypeOf<number>();
    expectTypeOf<RefundPlan['collectorDebit']>().toEqualTypeOf<number>();
    expectTypeOf<RefundPlan['destination']>().toEqualTypeOf<Destination>();
    expectTypeOf<Destination>().toEqualTypeOf<'card' | 'account_money'>();
  });

  it('planCancellation(payment, context?) returns Result<CancellationPlan, CancellationRejection>', () => {
    expectTypeOf(planCancellation).toBeCallableWith({} as Payment);
    expectTypeOf(planCancellation).toBeCallableWith({} as Payment, { policy: currentPolicy });
    expectTypeOf(planCancellation).parameter(1).toEqualTypeOf<CancellationContext | undefined>();
    expectTypeOf(planCancellation).returns.toEqualTypeOf<
      Result<CancellationPlan, CancellationRejection>
    >();
  });

  it('classicPolicy and currentPolicy are RefundPolicy values', () => {
    expectTypeOf(classicPolicy).toEqualTypeOf<RefundPolicy>();
    expectTypeOf(currentPolicy).toEqualTypeOf<RefundPolicy>();
  });

  it('rejections are a closed union tagged by type', () => {
    expectTypeOf<RefundRejection['type']>().toEqualTypeOf<
      | 'InvalidInstant'
      | 'AmountNotNumeric'
      | 'AmountNotPositive'
      | 'InvalidPaymentState'
      | 'RefundWindowExpired'
      | 'PartialRefundUnsupported'
      | 'TooManyRefunds'
      | 'AmountExceedsRefundable'
      | 'InsufficientBalance'
    >();
    expectTypeOf<CancellationRejection['type']>().toEqualTypeOf<'CancellationNotAllowed'>();
    expectTypeOf<AmountError['type']>().toEqualTypeOf<
      'AmountNotNumeric' | 'AmountTooPrecise' | 'AmountOutOfRange' | 'UnsupportedCurrency'
    >();
  });
});

describe('the error of a write (SPEC §11, Contract)', () => {
  it('carries idempotencyKey: string on every failure after which the write may have happened', () => {
    type Uncertain = Extract<
      WriteError,
      { type: 'Network' | 'Timeout' | 'ServerError' | 'InvalidResponse' }
    >;
    expectTypeOf<Uncertain['idempotencyKey']>().toEqualTypeOf<string>();
    const keyOf = (error: WriteError): string | null =>
      match(error)
        .with({ type: P.union('Network', 'Timeout', 'ServerError', 'InvalidResponse') }, (e) => {
          expectTypeOf(e.idempotencyKey).toEqualTypeOf<string>();
          return e.idempotencyKey;
        })
        .otherwise(() => null);
    expectTypeOf(keyOf).returns.toEqualTypeOf<string | null>();
  });

  it('carries a key on a certain refusal only where an uncertain attempt came before, and is still a GatewayError', () => {
    type Refusal = Extract<WriteError, { type: 'AmountExceedsRefundable' }>;
    expectTypeOf<Refusal>().toEqualTypeOf<
      AmountExceedsRefundable & { readonly idempotencyKey?: string }
    >();
    expectTypeOf<WriteError>().toExtend<GatewayError>();
  });

  it('is what refundPayment, cancelPayment and refundAdvancedPayment fail with', () => {
    expectTypeOf(refundPayment).returns.toEqualTypeOf<ResultAsync<RefundOutcome, WriteError>>();
    expectTypeOf(cancelPayment).returns.toEqualTypeOf<
      ResultAsync<CancellationOutcome, WriteError>
    >();
    expectTypeOf(refundAdvancedPayment).returns.toEqualTypeOf<
      ResultAsync<AdvancedRefundOutcome, WriteError>
    >();
  });
});
