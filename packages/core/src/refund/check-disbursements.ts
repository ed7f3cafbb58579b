import { err, ok, type Result } from 'neverthrow';
import { type InvalidAdvancedPayment, invalidAdvancedPayment } from '../errors.js';
import type { Payment } from '../payment/payment.js';

/**
 * Checks the disbursements of one advanced payment: no payment twice (it would
 * be refunded twice in one advanced refund) and one currency for all (a refund amount is read
 * in one currency). Total, pure.
 *
 * Returns the disbursements, or `InvalidAdvancedPayment` (`repeated_payment`,
 * `mixed_currencies`) naming the index of the first one at fault.
 */
export const checkDisbursements = <P extends Pick<Payment, 'id' | 'currency'>>(
  disbursements: readonly P[],
): Result<readonly P[], InvalidAdvancedPayment> => {
  const seen = new Set<string>();
  const currency = disbursements[0]?.currency;
  for (const [index, payment] of disbursements.entries()) {
    if (seen.has(payment.id))
      return err(invalidAdvancedPayment({ reason: 'repeated_payment', index }));
    seen.add(payment.id);
    if (payment.currency !== currency) {
      return err(invalidAdvancedPayment({ reason: 'mixed_currencies', index }));
    }
  }
  return ok(disbursements);
};
