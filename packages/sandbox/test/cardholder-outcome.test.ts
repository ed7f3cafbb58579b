import { describe, expect, it } from 'vitest';
import { cardholderOutcome } from '../src/payments/cardholder-outcome.js';

describe('the test cardholder name decides a card payment', () => {
  it.each([
    ['APRO', true, 'approved', 'accredited'],
    ['apro ', true, 'approved', 'accredited'],
    ['APRO', false, 'authorized', 'pending_capture'],
    ['CONT', false, 'pending', 'pending_contingency'],
    ['FUND', false, 'rejected', 'cc_rejected_insufficient_amount'],
    ['Maria', true, 'approved', 'accredited'],
    [undefined, true, 'approved', 'accredited'],
  ])('%s with capture %s → %s/%s', (name, capture, status, statusDetail) => {
    expect(cardholderOutcome(name, capture)).toEqual({ status, statusDetail });
  });
});
