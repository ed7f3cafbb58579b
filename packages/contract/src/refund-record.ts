import type { Refund } from '@reembolso/core';

/** A refund as Mercado Pago stores one: approved, standard mode, no metadata nor source. */
export const refundRecord = (fields: {
  readonly id: string;
  readonly paymentId: string;
  readonly amount: number;
  readonly dateCreated: Date;
}): Refund => ({
  ...fields,
  status: 'approved',
  source: null,
  metadata: {},
  reason: null,
  uniqueSequenceNumber: null,
  refundMode: 'standard',
  adjustmentAmount: 0,
});
