import type { Currency } from '@reembolso/core';

/** What the sandbox knows of a payment method: its type and, for local means, its currency. */
export interface PaymentMethodInfo {
  /** Mercado Pago's `payment_type_id`: `credit_card`, `ticket`, `bank_transfer`, … */
  readonly paymentTypeId: string;
  /** The currency of the only country that has the method, when there is one. */
  readonly currency?: Currency;
}

const card = { paymentTypeId: 'credit_card' } as const;
const debit = { paymentTypeId: 'debit_card' } as const;

// A few of Mercado Pago's payment_method_id values per site. Cards are sold everywhere, so they
// name no currency; tickets, ATM and transfers are local.
const METHODS: Readonly<Record<string, PaymentMethodInfo>> = {
  visa: card,
  master: card,
  amex: card,
  naranja: card,
  cabal: card,
  elo: card,
  hipercard: card,
  diners: card,
  melicard: { paymentTypeId: 'credit_card', currency: 'BRL' },
  debvisa: debit,
  debmaster: debit,
  maestro: debit,
  debcabal: debit,
  debelo: debit,
  account_money: { paymentTypeId: 'account_money' },
  pix: { paymentTypeId: 'bank_transfer', currency: 'BRL' },
  bolbradesco: { paymentTypeId: 'ticket', currency: 'BRL' },
  pec: { paymentTypeId: 'ticket', currency: 'BRL' },
  rapipago: { paymentTypeId: 'ticket', currency: 'ARS' },
  pagofacil: { paymentTypeId: 'ticket', currency: 'ARS' },
  oxxo: { paymentTypeId: 'ticket', currency: 'MXN' },
  paycash: { paymentTypeId: 'ticket', currency: 'MXN' },
  bancomer: { paymentTypeId: 'atm', currency: 'MXN' },
  banamex: { paymentTypeId: 'atm', currency: 'MXN' },
  serfin: { paymentTypeId: 'atm', currency: 'MXN' },
  pse: { paymentTypeId: 'bank_transfer', currency: 'COP' },
  efecty: { paymentTypeId: 'ticket', currency: 'COP' },
  pagoefectivo_atm: { paymentTypeId: 'atm', currency: 'PEN' },
  khipu: { paymentTypeId: 'bank_transfer', currency: 'CLP' },
  servipag: { paymentTypeId: 'ticket', currency: 'CLP' },
  abitab: { paymentTypeId: 'ticket', currency: 'UYU' },
  redpagos: { paymentTypeId: 'ticket', currency: 'UYU' },
};

/**
 * What the sandbox knows of `paymentMethodId`: its type and currency for the methods it lists,
 * a credit card otherwise (the sandbox does not refuse unknown card brands). Total.
 */
export const paymentMethodInfo = (paymentMethodId: string): PaymentMethodInfo =>
  Object.hasOwn(METHODS, paymentMethodId) ? (METHODS[paymentMethodId] ?? card) : card;

const PAID_LATER: ReadonlySet<string> = new Set(['ticket', 'atm', 'bank_transfer']);

/** Whether payments of `paymentTypeId` start pending until the payer pays (pix, tickets, transfers). */
export const isPaidLater = (paymentTypeId: string): boolean => PAID_LATER.has(paymentTypeId);
