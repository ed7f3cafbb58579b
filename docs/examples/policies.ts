// The comparison of docs/guide/policies.md: the same requests under each policy.
import {
  classicPolicy,
  currentPolicy,
  type Payment,
  planCancellation,
  planRefund,
  type RefundPolicy,
} from '@reembolso/core';
import type { Result } from 'neverthrow';
import { printTable } from './markdown-table.js';

const DAY_MS = 86_400_000;
const now = new Date('2026-03-02T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

const outcome = (result: Result<unknown, { readonly type: string }>): string =>
  result.match(
    () => 'allowed',
    (error) => `\`${error.type}\``,
  );

const approved = (overrides: Partial<Payment>): Payment => ({
  id: '20359978',
  status: 'approved',
  statusDetail: 'accredited',
  currency: 'BRL',
  transactionAmount: 10_000,
  refundedAmount: 0,
  dateCreated: daysAgo(10),
  dateApproved: daysAgo(10),
  paymentMethodId: 'visa',
  paymentTypeId: 'credit_card',
  operationType: 'regular_payment',
  marketplace: 'NONE',
  feeDetails: [],
  captured: true,
  refunds: [],
  description: null,
  collectorId: null,
  ...overrides,
});

// #region custom-policy
import type { Site } from '@reembolso/core';

// Today's rules, and Uruguayan payments refunded only within 60 days and only in full.
const uruguay: Site = 'MLU';
const myPolicy: RefundPolicy = {
  ...currentPolicy,
  name: 'current, strict Uruguay',
  refundWindowDaysBySite: { ...currentPolicy.refundWindowDaysBySite, [uruguay]: 60 },
  fullRefundOnlySites: [...currentPolicy.fullRefundOnlySites, uruguay],
};
// #endregion custom-policy

const scenarios: readonly { what: string; decide: (policy: RefundPolicy) => string }[] = [
  {
    what: 'refund 10.00 of a BRL card payment approved 120 days ago',
    decide: (policy) =>
      outcome(
        planRefund(approved({ dateApproved: daysAgo(120) }), { amount: 1000 }, { now, policy }),
      ),
  },
  {
    what: 'refund 10.00 of a PEN payment approved 100 days ago',
    decide: (policy) =>
      outcome(
        planRefund(
          approved({ currency: 'PEN', dateApproved: daysAgo(100) }),
          { amount: 1000 },
          { now, policy },
        ),
      ),
  },
  {
    what: 'refund 10.00 of a PEN payment approved 10 days ago',
    decide: (policy) =>
      outcome(planRefund(approved({ currency: 'PEN' }), { amount: 1000 }, { now, policy })),
  },
  {
    what: 'refund all of a PEN payment approved 10 days ago',
    decide: (policy) => outcome(planRefund(approved({ currency: 'PEN' }), {}, { now, policy })),
  },
  {
    what: 'refund 10.00 of a UYU payment approved 70 days ago',
    decide: (policy) =>
      outcome(
        planRefund(
          approved({ currency: 'UYU', dateApproved: daysAgo(70) }),
          { amount: 1000 },
          { now, policy },
        ),
      ),
  },
  {
    what: 'refund 10.00 of a UYU payment approved 10 days ago',
    decide: (policy) =>
      outcome(planRefund(approved({ currency: 'UYU' }), { amount: 1000 }, { now, policy })),
  },
  {
    what: 'refund 10.00 of a Mercado Libre item',
    decide: (policy) =>
      outcome(planRefund(approved({ marketplace: 'MELI' }), { amount: 1000 }, { now, policy })),
  },
  {
    what: 'cancel an authorized card reserve',
    decide: (policy) =>
      outcome(
        planCancellation(
          approved({
            status: 'authorized',
            statusDetail: 'pending_capture',
            dateApproved: null,
            captured: false,
          }),
          { policy },
        ),
      ),
  },
];

const policies = [classicPolicy, currentPolicy, myPolicy];
printTable(
  ['request', ...policies.map((policy) => `\`${policy.name}\``)],
  scenarios.map(({ what, decide }) => [what, ...policies.map(decide)]),
);
