// The adapter of docs/guide/testing.md's contract-suite section: a wrapper of your own around
// a gateway, which must still be a gateway.

// #region audit-log
import type { GatewayError, PaymentGateway } from '@reembolso/core';
import type { ResultAsync } from 'neverthrow';

/** One write the shop attempted through its gateway, and how it ended. */
export interface AuditEntry {
  readonly operation: 'createRefund' | 'cancelPayment' | 'refundAdvancedPayment';
  readonly id: string;
  readonly outcome: 'done' | GatewayError['type'];
}

/**
 * `gateway`, with every write reported to `record` once it has ended, done or refused. Reads and
 * results pass through unchanged.
 */
export const withAuditLog = (
  gateway: PaymentGateway,
  record: (entry: AuditEntry) => void,
): PaymentGateway => {
  const audited = <T>(
    operation: AuditEntry['operation'],
    id: string,
    write: ResultAsync<T, GatewayError>,
  ) =>
    write
      .andTee(() => record({ operation, id, outcome: 'done' }))
      .orTee((error) => record({ operation, id, outcome: error.type }));
  return {
    ...gateway,
    createRefund: (paymentId, request, options) =>
      audited('createRefund', paymentId, gateway.createRefund(paymentId, request, options)),
    cancelPayment: (paymentId, options) =>
      audited('cancelPayment', paymentId, gateway.cancelPayment(paymentId, options)),
    refundAdvancedPayment: (advancedPaymentId, request, options) =>
      audited(
        'refundAdvancedPayment',
        advancedPaymentId,
        gateway.refundAdvancedPayment(advancedPaymentId, request, options),
      ),
  };
};
// #endregion audit-log
