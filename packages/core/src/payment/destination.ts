/** Where returned money goes: back on the card statement, or to the payer's Mercado Pago account. */
export type Destination = 'card' | 'account_money';

const CARD_TYPES: ReadonlySet<string> = new Set(['credit_card', 'debit_card', 'prepaid_card']);

/**
 * Where money given back on a payment of `paymentTypeId` lands: card payments are
 * returned on the card; tickets, ATM, bank transfers and every other means go to the payer's
 * Mercado Pago account.
 */
export const destinationOf = (paymentTypeId: string): Destination =>
  CARD_TYPES.has(paymentTypeId) ? 'card' : 'account_money';
