import * as fc from 'fast-check';

/** A `payment_method_id` with the `payment_type_id` Mercado Pago files it under. */
export interface PaymentMethod {
  readonly paymentMethodId: string;
  readonly paymentTypeId: string;
}

const CARDS: readonly PaymentMethod[] = [
  { paymentMethodId: 'visa', paymentTypeId: 'credit_card' },
  { paymentMethodId: 'master', paymentTypeId: 'credit_card' },
  { paymentMethodId: 'amex', paymentTypeId: 'credit_card' },
  { paymentMethodId: 'melicard', paymentTypeId: 'credit_card' },
  { paymentMethodId: 'debvisa', paymentTypeId: 'debit_card' },
  { paymentMethodId: 'debmaster', paymentTypeId: 'debit_card' },
  { paymentMethodId: 'visa', paymentTypeId: 'prepaid_card' },
];

const OTHERS: readonly PaymentMethod[] = [
  { paymentMethodId: 'account_money', paymentTypeId: 'account_money' },
  { paymentMethodId: 'pix', paymentTypeId: 'bank_transfer' },
  { paymentMethodId: 'pse', paymentTypeId: 'bank_transfer' },
  { paymentMethodId: 'bolbradesco', paymentTypeId: 'ticket' },
  { paymentMethodId: 'pagofacil', paymentTypeId: 'ticket' },
  { paymentMethodId: 'banamex', paymentTypeId: 'atm' },
  { paymentMethodId: 'consumer_credits', paymentTypeId: 'digital_currency' },
];

/**
 * A card means of payment: credit (melicard included), debit or prepaid, as the
 * `payment_method_id`/`payment_type_id` pair Mercado Pago reports.
 */
export const cardPaymentMethodArb: fc.Arbitrary<PaymentMethod> = fc.constantFrom(...CARDS);

/**
 * Any means of payment Mercado Pago reports: cards (refunds go back to the card) and account
 * money, Pix, PSE, tickets, ATM and consumer credits (refunds go to the payer's Mercado Pago
 * account). Cards come up about as often as the rest.
 */
export const paymentMethodArb: fc.Arbitrary<PaymentMethod> = fc.oneof(
  cardPaymentMethodArb,
  fc.constantFrom(...OTHERS),
);
