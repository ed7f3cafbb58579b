// The comparison of docs/guide/policies.md: the same requests under each policy.
import {
  classicPolicy,
  currentPolicy,
  planCancellation,
  planRefund,
  type RefundPolicy,
} from '@reembolso/core';
import type { Result } from 'neverthrow';
import { daysAgo, domainPayment, now } from './domain-payment.js';
import { printTable } from './markdown-table.js';

const outcome = (result: Result<unknown, { readonly type: string }>): string =>
  result.match(
    () => 'allowed',
    (error) => `\`${error.type}\``,
  );

const approved = domainPayment;

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
