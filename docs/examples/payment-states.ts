// The transition table of docs/guide/payment-states.md, decided by the core for every status.
import { classicPolicy, currentPolicy, type RefundPolicy } from '@reembolso/core';
import { type Action, outcomeOf, probePayments, stateOf } from '../payment-transitions.js';
import { printTable } from './markdown-table.js';

const cell = (payment: (typeof probePayments)[number], action: Action, policy: RefundPolicy) => {
  const outcome = outcomeOf(payment, action, policy);
  return 'to' in outcome ? `\`${outcome.to}\`` : `✘ ${outcome.refused}`;
};

printTable(
  [
    'status/detail',
    'partial refund',
    'refund all that remains',
    'cancel (classic)',
    'cancel (current)',
  ],
  probePayments.map((payment) => [
    `\`${stateOf(payment)}\``,
    cell(payment, 'partial refund', classicPolicy),
    cell(payment, 'refund all that remains', classicPolicy),
    cell(payment, 'cancel', classicPolicy),
    cell(payment, 'cancel', currentPolicy),
  ]),
);
