import type { PaymentStatus } from '@reembolso/core';
import { match } from 'ts-pattern';

/** How a new payment ends up: its status and detail. */
export interface PaymentOutcome {
  /** `approved`, `authorized`, `pending` or `rejected`. */
  readonly status: Extract<PaymentStatus, 'approved' | 'authorized' | 'pending' | 'rejected'>;
  /** Mercado Pago's `status_detail` for it. */
  readonly statusDetail: string;
}

/** The test cardholder names of Mercado Pago's sandbox, each forcing one outcome. */
export const CARDHOLDER_NAMES = [
  'APRO',
  'CONT',
  'OTHE',
  'CALL',
  'FUND',
  'SECU',
  'EXPI',
  'FORM',
] as const;

/** One of {@link CARDHOLDER_NAMES}. */
export type CardholderName = (typeof CARDHOLDER_NAMES)[number];

const isCardholderName = (name: string): name is CardholderName =>
  (CARDHOLDER_NAMES as readonly string[]).includes(name);

const outcomeOf = (name: CardholderName): PaymentOutcome =>
  match<CardholderName, PaymentOutcome>(name)
    .with('APRO', () => ({ status: 'approved', statusDetail: 'accredited' }))
    .with('CONT', () => ({ status: 'pending', statusDetail: 'pending_contingency' }))
    .with('OTHE', () => ({ status: 'rejected', statusDetail: 'cc_rejected_other_reason' }))
    .with('CALL', () => ({ status: 'rejected', statusDetail: 'cc_rejected_call_for_authorize' }))
    .with('FUND', () => ({ status: 'rejected', statusDetail: 'cc_rejected_insufficient_amount' }))
    .with('SECU', () => ({
      status: 'rejected',
      statusDetail: 'cc_rejected_bad_filled_security_code',
    }))
    .with('EXPI', () => ({ status: 'rejected', statusDetail: 'cc_rejected_bad_filled_date' }))
    .with('FORM', () => ({ status: 'rejected', statusDetail: 'cc_rejected_bad_filled_other' }))
    .exhaustive();

/**
 * How a card payment ends, from the test cardholder name in `payer.first_name` (case and
 * surrounding spaces ignored): APRO approved, CONT pending, OTHE/CALL/FUND/SECU/EXPI/FORM
 * rejected with the matching detail; any other name, or none, is approved like APRO. An approval
 * without capture (`capture: false`) is an authorized reserve, `authorized`/`pending_capture`.
 * Total.
 */
export const cardholderOutcome = (
  firstName: string | undefined,
  capture: boolean,
): PaymentOutcome => {
  const name = (firstName ?? '').trim().toUpperCase();
  const outcome = isCardholderName(name) ? outcomeOf(name) : outcomeOf('APRO');
  return outcome.status === 'approved' && !capture
    ? { status: 'authorized', statusDetail: 'pending_capture' }
    : outcome;
};
