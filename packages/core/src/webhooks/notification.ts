/**
 * A Mercado Pago notification as reembolso reads it. It carries no payment data:
 * read the payment named by `dataId` from the gateway.
 */
export interface Notification {
  /** The notification's own id (the same on every retry of one notification). */
  readonly id: string;
  readonly liveMode: boolean;
  /** The topic: `payment` for payments, other topics for other resources. */
  readonly type: string;
  /** `payment.created` or `payment.updated` for payments. */
  readonly action: string;
  readonly dateCreated: Date | null;
  /** The collector's account id. */
  readonly userId: string | null;
  readonly apiVersion: string | null;
  /** The id of the resource that changed: for `payment`, the payment id. */
  readonly dataId: string;
}
