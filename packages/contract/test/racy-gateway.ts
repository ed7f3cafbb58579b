import type { MemoryGateway } from '@reembolso/adapter-memory';
import {
  applyRefund,
  type GatewayError,
  type PaymentGateway,
  planRefund,
  type Refund,
} from '@reembolso/core';
import { err, type Result, ResultAsync } from 'neverthrow';
import { refundRecord } from '../src/refund-record.js';

/**
 * A deliberately wrong adapter, to show the contract suite catches races: its `createRefund`
 * reads the payment, the balance and the idempotency key, awaits `gap`, then plans with what it
 * read and writes over the provider without checking again. Called one at a time it is right;
 * calls that overlap in the gap refund against stale state. Every other call goes to `provider`.
 */
export const createRacyGateway = (
  provider: MemoryGateway,
  gap: () => Promise<void>,
): PaymentGateway => {
  const outcomes = new Map<string, Result<Refund, GatewayError>>();

  const refund = async (
    paymentId: string,
    amount: number | undefined,
    key: string | undefined,
  ): Promise<Result<Refund, GatewayError>> => {
    const seen = key === undefined ? undefined : outcomes.get(key);
    if (seen) return seen;
    const read = await provider.getPayment(paymentId);
    if (read.isErr()) return err(read.error);
    const payment = read.value;
    const balance = provider.balance(payment.currency);
    await gap();
    const context = { now: provider.now(), policy: provider.policy };
    const request = amount === undefined ? {} : { amount };
    const outcome = planRefund(
      payment,
      request,
      balance === undefined ? context : { ...context, availableBalance: balance },
    ).map((plan): Refund => {
      const created = refundRecord({
        id: provider.nextId(),
        paymentId,
        amount: plan.amount,
        dateCreated: provider.now(),
      });
      provider.seedPayment(applyRefund(payment, plan, created));
      if (balance !== undefined)
        provider.setBalance(payment.currency, balance - plan.collectorDebit);
      return created;
    });
    if (key !== undefined) outcomes.set(key, outcome);
    return outcome;
  };

  return {
    getPayment: provider.getPayment,
    listRefunds: provider.listRefunds,
    getRefund: provider.getRefund,
    cancelPayment: provider.cancelPayment,
    refundAdvancedPayment: provider.refundAdvancedPayment,
    createRefund: (paymentId, request, options) =>
      new ResultAsync(refund(paymentId, request.amount, options?.idempotencyKey)),
  };
};
