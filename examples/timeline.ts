import { createMemoryGateway } from '@reembolso/adapter-memory';
import {
  type Currency,
  cancelPayment,
  formatAmount,
  type GatewayError,
  type Payment,
  type RefundPlan,
  refundPayment,
} from '@reembolso/core';
import { refusalText, wrapParts } from './refusal-text.js';

const DAY_MS = 86_400_000;
const START = new Date('2026-03-02T12:00:00.000Z');

const money = (minor: number, currency: Currency): string => formatAmount(minor, currency);

const describePlan = (plan: RefundPlan): string[] => [
  `${plan.kind} refund of ${money(plan.amount, plan.currency)} → ${plan.statusAfter}/${plan.statusDetailAfter}`,
  `payer receives ${money(plan.payerReceives, plan.currency)} on the ${plan.destination === 'card' ? 'card' : 'Mercado Pago account'}`,
  `collector debited ${money(plan.collectorDebit, plan.currency)}`,
  ...(plan.fees.length > 0
    ? plan.fees.map(
        (fee, index) =>
          `${index === 0 ? 'fees back: ' : ''}${fee.type} ${money(fee.amount, plan.currency)} to the ${fee.payer}`,
      )
    : ['no fees']),
];

const card = (id: string, overrides: Partial<Payment> = {}): Payment => ({
  id,
  status: 'approved',
  statusDetail: 'accredited',
  currency: 'BRL',
  transactionAmount: 10_000,
  refundedAmount: 0,
  dateCreated: START,
  dateApproved: START,
  paymentMethodId: 'visa',
  paymentTypeId: 'credit_card',
  operationType: 'regular_payment',
  marketplace: null,
  feeDetails: [
    { type: 'mercadopago_fee', amount: 499, feePayer: 'collector' },
    { type: 'financing_fee', amount: 1_250, feePayer: 'payer' },
  ],
  captured: true,
  refunds: [],
  description: null,
  collectorId: '1000000001',
  ...overrides,
});

/**
 * Tells the story of a shop's refunds through the in-memory gateway, driven by the core's use
 * cases exactly as a service would drive the real API, and answers it as lines of a timeline.
 */
export const timeline = async (): Promise<string[]> => {
  const gateway = createMemoryGateway({ clock: START, ids: { seed: 2026 } });
  const lines: string[] = [];
  const at = () => gateway.now().toISOString().slice(0, 16).replace('T', ' ');
  const log = (what: string, ...outcome: string[]) =>
    lines.push(...wrapParts(`${at()}  ${what.padEnd(48)} `, outcome));
  const refused = (what: string, error: GatewayError, currency: Currency = 'BRL') =>
    log(what, `✘ ${refusalText(error, currency)}`);

  const refund = async (
    what: string,
    paymentId: string,
    amount?: number,
    currency: Currency = 'BRL',
  ) => {
    const request = amount === undefined ? {} : { amount };
    const result = await refundPayment(gateway, paymentId, request, { now: gateway.now() });
    result.match(
      (done) => {
        const [first = '', ...rest] = describePlan(done.plan);
        log(what, `✔ ${first}`, ...rest);
      },
      (e) => refused(what, e, currency),
    );
  };

  const seeded = [
    card('20000000001'),
    card('20000000002', { marketplace: 'MELI' }),
    card('20000000003', { paymentMethodId: 'melicard' }),
    card('20000000004', { transactionAmount: 2_000, feeDetails: [] }),
    card('20000000005', {
      status: 'pending',
      statusDetail: 'pending_waiting_payment',
      dateApproved: null,
      paymentMethodId: 'bolbradesco',
      paymentTypeId: 'ticket',
      feeDetails: [],
    }),
    card('20000000006', { currency: 'CLP', transactionAmount: 45_990, feeDetails: [] }),
  ];
  for (const payment of seeded) gateway.seedPayment(payment);
  log('six payments seeded', 'card BRL ×4 (one MELI, one melicard), boleto pending, card CLP');

  await refund('partial refund 30.00 of a 100.00 card payment', '20000000001', 3_000);
  await refund('partial refund 0.03 (rounding of fee shares)', '20000000001', 3);
  await refund('refund 80.00 when only 69.97 remain', '20000000001', 8_000);
  await refund('partial refund of a Mercado Libre item', '20000000002', 5_000);
  await refund('total refund of the same item', '20000000002');
  await refund('partial refund of a melicard payment', '20000000003', 100);
  for (let i = 1; i <= 20; i += 1) {
    const result = await refundPayment(
      gateway,
      '20000000004',
      { amount: 50 },
      { now: gateway.now() },
    );
    if (result.isErr()) refused(`refund #${i} of 0.50`, result.error);
  }
  log('twenty refunds of 0.50 on a 20.00 payment', '✔ all twenty accepted');
  await refund('a 21st refund on the same payment', '20000000004', 50);
  await refund('partial refund 10000 CLP', '20000000006', 10_000, 'CLP');

  const cancel = async (what: string, paymentId: string) =>
    (await cancelPayment(gateway, paymentId)).match(
      (done) =>
        log(
          what,
          `✔ ${done.payment.status}/${done.payment.statusDetail}`,
          `money already paid goes to the ${done.plan?.destination === 'card' ? 'card' : 'payer’s Mercado Pago account'}`,
        ),
      (e) => refused(what, e),
    );
  await cancel('cancel the pending boleto', '20000000005');
  await cancel('cancel an approved payment', '20000000001');

  gateway.advanceClock(90 * DAY_MS);
  log('the clock moves 90 days on', 'exactly at the end of the classic window');
  await refund('refund 10.00 on the last allowed instant', '20000000001', 1_000);
  gateway.advanceClock(1);
  await refund('refund 10.00 one millisecond later', '20000000001', 1_000);
  return lines;
};
