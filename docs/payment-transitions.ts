// The moves between payment states, as the core decides them: every status is put to
// planRefund and planCancellation under both policies, and each move that succeeds is a
// transition. Nothing here restates a rule; docs/guide/payment-states.md shows the outcome as a
// table (docs/examples/payment-states.ts) and as a diagram (docs/generate-payment-states.ts).
import {
  applyCancellation,
  classicPolicy,
  currentPolicy,
  PAYMENT_STATUSES,
  type Payment,
  type PaymentStatus,
  planCancellation,
  planRefund,
  type RefundPolicy,
} from '@reembolso/core';

const now = new Date('2026-03-02T12:00:00Z');
const approvedAt = new Date('2026-03-01T12:00:00Z');

// The details Mercado Pago reports beside each status, as the rows show them.
const DETAIL: Record<PaymentStatus, string> = {
  pending: 'pending_waiting_payment',
  approved: 'accredited',
  authorized: 'pending_capture',
  in_process: 'pending_review_manual',
  in_mediation: 'in_mediation',
  rejected: 'cc_rejected_other_reason',
  cancelled: 'by_collector',
  refunded: 'refunded',
  charged_back: 'settled',
};

/** A 100.00 BRL card payment in `status`, approved (where that applies) a day before {@link now}. */
const paymentIn = (status: PaymentStatus): Payment => ({
  id: '20359978',
  status,
  statusDetail: DETAIL[status],
  currency: 'BRL',
  transactionAmount: 10_000,
  refundedAmount: status === 'refunded' ? 10_000 : 0,
  dateCreated: approvedAt,
  dateApproved: ['pending', 'in_process', 'authorized', 'rejected'].includes(status)
    ? null
    : approvedAt,
  paymentMethodId: 'visa',
  paymentTypeId: 'credit_card',
  operationType: 'regular_payment',
  marketplace: 'NONE',
  feeDetails: [],
  captured: status !== 'authorized',
  refunds: [],
  description: null,
  collectorId: null,
});

// An approved payment of which 30.00 was refunded already.
const partiallyRefunded: Payment = {
  ...paymentIn('approved'),
  statusDetail: 'partially_refunded',
  refundedAmount: 3000,
  refunds: [
    {
      id: '1009042015',
      paymentId: '20359978',
      amount: 3000,
      status: 'approved',
      dateCreated: now,
      source: null,
      metadata: {},
      reason: null,
      uniqueSequenceNumber: null,
      refundMode: 'standard',
      adjustmentAmount: 0,
    },
  ],
};

/** One payment in every status, and one approved payment already partly refunded. */
export const probePayments: readonly Payment[] = [
  ...PAYMENT_STATUSES.slice(0, 2).map(paymentIn),
  partiallyRefunded,
  ...PAYMENT_STATUSES.slice(2).map(paymentIn),
];

/** The policies the probes run under. */
export const policies: readonly RefundPolicy[] = [classicPolicy, currentPolicy];

/** `status/detail` of a payment. */
export const stateOf = (payment: Payment): string =>
  `${payment.status}/${payment.statusDetail ?? '-'}`;

/** What a probe asks the core to do to a payment. */
export type Action = 'partial refund' | 'refund all that remains' | 'cancel';

/** What the core answers one action: the state after, or the code (else type) of the refusal. */
export type Outcome = { readonly to: string } | { readonly refused: string };

/** The core's answer to `action` on `payment` under `policy`. */
export const outcomeOf = (payment: Payment, action: Action, policy: RefundPolicy): Outcome => {
  const refused = (error: { code: number | string | null; type: string }): Outcome => ({
    refused: String(error.code ?? error.type),
  });
  if (action === 'cancel') {
    return planCancellation(payment, { policy }).match(
      (plan) => ({ to: stateOf(applyCancellation(payment, plan)) }),
      refused,
    );
  }
  const request = action === 'partial refund' ? { amount: 1000 } : {};
  return planRefund(payment, request, { now, policy }).match(
    (plan) => ({ to: `${plan.statusAfter}/${plan.statusDetailAfter}` }),
    refused,
  );
};

/** A move the core allows: from a state to another, by an action, under some policies. */
export interface Transition {
  readonly from: string;
  readonly to: string;
  /** `total refund` where a refund of everything is the payment's first. */
  readonly action: string;
  /** The names of the policies that allow it. */
  readonly policies: readonly string[];
}

/** Every move the core allows on the probes, one per (from, to, action), in probe order. */
export const transitions = (): Transition[] => {
  const found = new Map<string, { from: string; to: string; action: string; policies: string[] }>();
  for (const payment of probePayments) {
    for (const action of ['partial refund', 'refund all that remains', 'cancel'] as const) {
      for (const policy of policies) {
        const outcome = outcomeOf(payment, action, policy);
        if (!('to' in outcome)) continue;
        // A refund of everything on a payment without refunds is what Mercado Pago calls total.
        const name =
          action === 'refund all that remains' && payment.refunds.length === 0
            ? 'total refund'
            : action;
        const key = `${stateOf(payment)} ${outcome.to} ${name}`;
        const entry = found.get(key) ?? {
          from: stateOf(payment),
          to: outcome.to,
          action: name,
          policies: [],
        };
        entry.policies.push(policy.name);
        found.set(key, entry);
      }
    }
  }
  return [...found.values()];
};

/** The states from which the core allows no move, with the codes it refuses a refund and a cancel with. */
export const deadEnds = (): {
  readonly state: string;
  readonly refund: readonly string[];
  readonly cancel: readonly string[];
}[] => {
  const moves = transitions();
  const refusals = (payment: Payment, action: Action) => [
    ...new Set(
      policies
        .map((policy) => outcomeOf(payment, action, policy))
        .flatMap((outcome) => ('refused' in outcome ? [outcome.refused] : [])),
    ),
  ];
  return probePayments
    .filter((payment) => !moves.some((t) => t.from === stateOf(payment)))
    .map((payment) => ({
      state: stateOf(payment),
      refund: refusals(payment, 'partial refund'),
      cancel: refusals(payment, 'cancel'),
    }));
};
