import { CURRENCIES, type Currency, isCurrency } from '../money/currency.js';
import { maxMinorUnits } from '../money/max-minor-units.js';
import { ISO_INSTANT } from '../wire/wire-schemas.js';
import { type FeeDetail, PAYMENT_STATUSES, type Payment, type Refund } from './payment.js';

// The lean path of `parsePayment`: a hand-written reader for the shapes Mercado Pago sends, with
// the schemas' rules restated field by field. It answers `undefined` whenever it is not sure
// (a field missing or ill-typed, an exponent, an array where an object is expected, a rule broken):
// `parsePayment` then runs the schemas, which alone word the error. A differential test holds
// the two to the same answer on generated payments.

type Json = Readonly<Record<string, unknown>>;

const NOT_SURE = undefined;
const STATUSES: ReadonlySet<unknown> = new Set(PAYMENT_STATUSES);
const DIGITS = /^\d+$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && !Number.isNaN(value);

// `undefined` for "not sure"; a string for the id's one spelling.
const idOf = (value: unknown): string | undefined => {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0 ? String(value) : NOT_SURE;
  }
  if (typeof value !== 'string' || !DIGITS.test(value)) return NOT_SURE;
  const id = Number(value);
  return Number.isSafeInteger(id) ? String(id) : NOT_SURE;
};

// Minor units of a decimal with at most `decimals` digits after the point and no exponent, read
// from its shortest text as `toMinor` does, without BigInt; anything else is left to `toMinor`.
const minorOf = (value: unknown, decimals: number, max: number): number | undefined => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NOT_SURE;
  const text = String(value);
  if (text.includes('e')) return NOT_SURE;
  const dot = text.indexOf('.');
  const fraction = dot < 0 ? 0 : text.length - dot - 1;
  if (fraction > decimals) return NOT_SURE;
  const digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  const minor = Number(digits + '0'.repeat(decimals - fraction));
  return Number.isSafeInteger(minor) && Math.abs(minor) <= max ? minor : NOT_SURE;
};

const dateOf = (value: unknown): Date | undefined => {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return NOT_SURE;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? NOT_SURE : date;
};

// `nullish(string, null)`: absent and null are null; `null` itself cannot mean "not sure" here.
const SKIP = Symbol('not sure');
const nullishString = (value: unknown): string | null | typeof SKIP =>
  value === undefined || value === null ? null : typeof value === 'string' ? value : SKIP;

// `optional(string, fallback)`: absent is the fallback, null is refused.
const optionalString = (value: unknown, fallback: string): string | undefined =>
  value === undefined ? fallback : typeof value === 'string' ? value : NOT_SURE;

// A record's own entries, as the schemas copy them (no prototype-polluting keys).
const copyEntries = (
  source: Json,
  target: Record<string, unknown>,
  skip: ReadonlySet<string>,
): Record<string, unknown> => {
  for (const key in source) {
    if (
      Object.hasOwn(source, key) &&
      key !== '__proto__' &&
      key !== 'prototype' &&
      key !== 'constructor' &&
      !skip.has(key)
    ) {
      target[key] = source[key];
    }
  }
  return target;
};

const NO_KEYS: ReadonlySet<string> = new Set();
const SOURCE_KEYS: ReadonlySet<string> = new Set(['id', 'name', 'type']);

const metadataOf = (value: unknown): Record<string, unknown> | undefined => {
  if (value === undefined || value === null || Array.isArray(value)) return {};
  return isObject(value) ? copyEntries(value, {}, NO_KEYS) : NOT_SURE;
};

// A source object with a plain string name; arrays and localized names take the schemas' path.
const sourceOf = (value: unknown): Refund['source'] | typeof SKIP => {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) return SKIP;
  const { id, name, type } = value;
  const sourceId =
    id === undefined ? '' : typeof id === 'string' ? id : isNumber(id) ? String(id) : NOT_SURE;
  const sourceName = name === undefined ? '' : typeof name === 'string' ? name : NOT_SURE;
  const sourceType = optionalString(type, 'collector');
  if (sourceId === NOT_SURE || sourceName === NOT_SURE || sourceType === NOT_SURE) return SKIP;
  return copyEntries(value, { id: sourceId, name: sourceName, type: sourceType }, SOURCE_KEYS) as {
    id: string;
    name: string;
    type: string;
  };
};

// `paymentId` is the payment the refund must belong to, `null` when it stands alone.
const refundOf = (
  value: unknown,
  decimals: number,
  max: number,
  paymentId: string | null,
): Refund | undefined => {
  if (!isObject(value)) return NOT_SURE;
  const id = idOf(value.id);
  const refundPaymentId = idOf(value.payment_id);
  const amount = minorOf(value.amount, decimals, max);
  const status = optionalString(value.status, 'approved');
  const dateCreated = dateOf(value.date_created);
  const source = sourceOf(value.source);
  const metadata = metadataOf(value.metadata);
  const reason = nullishString(value.reason);
  const sequence = value.unique_sequence_number;
  const uniqueSequenceNumber =
    sequence === undefined || sequence === null
      ? null
      : typeof sequence === 'string'
        ? sequence
        : isNumber(sequence)
          ? String(sequence)
          : SKIP;
  const refundMode = optionalString(value.refund_mode, 'standard');
  const adjustmentAmount =
    value.adjustment_amount === undefined ? 0 : minorOf(value.adjustment_amount, decimals, max);
  if (
    id === NOT_SURE ||
    refundPaymentId === NOT_SURE ||
    (paymentId !== null && refundPaymentId !== paymentId) ||
    amount === NOT_SURE ||
    amount <= 0 ||
    status === NOT_SURE ||
    dateCreated === NOT_SURE ||
    source === SKIP ||
    metadata === NOT_SURE ||
    reason === SKIP ||
    uniqueSequenceNumber === SKIP ||
    refundMode === NOT_SURE ||
    adjustmentAmount === NOT_SURE
  ) {
    return NOT_SURE;
  }
  return {
    id,
    paymentId: refundPaymentId,
    amount,
    status,
    dateCreated,
    source,
    metadata,
    reason,
    uniqueSequenceNumber,
    refundMode,
    adjustmentAmount,
  };
};

const feesOf = (value: unknown, decimals: number, max: number): FeeDetail[] | undefined => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return NOT_SURE;
  const fees: FeeDetail[] = [];
  for (const fee of value as readonly unknown[]) {
    if (!isObject(fee)) return NOT_SURE;
    const { type, fee_payer: feePayer } = fee;
    const amount = minorOf(fee.amount, decimals, max);
    if (typeof type !== 'string' || amount === NOT_SURE || amount < 0) return NOT_SURE;
    if (feePayer !== 'collector' && feePayer !== 'payer') return NOT_SURE;
    fees.push({ type, amount, feePayer });
  }
  return fees;
};

const refundsOf = (
  value: unknown,
  decimals: number,
  max: number,
  paymentId: string,
): Refund[] | undefined => {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return NOT_SURE;
  const refunds: Refund[] = [];
  for (const item of value as readonly unknown[]) {
    const refund = refundOf(item, decimals, max, paymentId);
    if (refund === NOT_SURE) return NOT_SURE;
    refunds.push(refund);
  }
  return refunds;
};

const nullishDate = (value: unknown): Date | null | typeof SKIP =>
  value === undefined || value === null ? null : (dateOf(value) ?? SKIP);

/**
 * The payment `json` stands for when it is in one of the shapes Mercado Pago sends and breaks no
 * rule of `parsePayment`, read to exactly what `parsePayment` answers; `undefined` otherwise.
 * Internal to the core: callers parse with `parsePayment`.
 */
export const readPaymentLean = (json: unknown): Payment | undefined => {
  if (!isObject(json)) return NOT_SURE;
  const id = idOf(json.id);
  const status = json.status;
  const currency = json.currency_id;
  if (id === NOT_SURE || !STATUSES.has(status) || !isCurrency(currency)) return NOT_SURE;
  const known: Currency = currency;
  const decimals = CURRENCIES[known].decimals;
  const max = maxMinorUnits(known);
  const transactionAmount = minorOf(json.transaction_amount, decimals, max);
  const declared = json.transaction_amount_refunded;
  const declaredRefunded = declared === undefined ? null : minorOf(declared, decimals, max);
  const statusDetail = nullishString(json.status_detail);
  const dateCreated = nullishDate(json.date_created);
  const dateApproved = nullishDate(json.date_approved);
  const { payment_method_id: paymentMethodId, payment_type_id: paymentTypeId } = json;
  const operationType = optionalString(json.operation_type, 'regular_payment');
  const marketplace = nullishString(json.marketplace);
  const order = json.order;
  const orderType =
    order === undefined || order === null
      ? null
      : isObject(order)
        ? nullishString(order.type)
        : SKIP;
  const feeDetails = feesOf(json.fee_details, decimals, max);
  const captured = json.captured ?? true;
  const refunds = refundsOf(json.refunds, decimals, max, id);
  const description = nullishString(json.description);
  const collector = json.collector_id;
  const collectorId = collector === undefined || collector === null ? null : idOf(collector);
  if (
    transactionAmount === NOT_SURE ||
    transactionAmount < 0 ||
    declaredRefunded === NOT_SURE ||
    statusDetail === SKIP ||
    dateCreated === SKIP ||
    dateApproved === SKIP ||
    typeof paymentMethodId !== 'string' ||
    typeof paymentTypeId !== 'string' ||
    operationType === NOT_SURE ||
    marketplace === SKIP ||
    orderType === SKIP ||
    feeDetails === NOT_SURE ||
    typeof captured !== 'boolean' ||
    refunds === NOT_SURE ||
    description === SKIP ||
    collectorId === NOT_SURE
  ) {
    return NOT_SURE;
  }
  let refundSum = 0;
  for (const refund of refunds) refundSum += refund.amount;
  if (refunds.length > 0 && declaredRefunded !== null && declaredRefunded !== refundSum) {
    return NOT_SURE;
  }
  const refundedAmount = declaredRefunded ?? refundSum;
  if (refundedAmount < 0 || refundedAmount > transactionAmount) return NOT_SURE;
  if (status === 'refunded' && refundedAmount !== transactionAmount) return NOT_SURE;
  if ((status === 'approved' || status === 'refunded') && dateApproved === null) return NOT_SURE;
  return {
    id,
    status: status as Payment['status'],
    statusDetail,
    currency: known,
    transactionAmount,
    refundedAmount,
    dateCreated,
    dateApproved,
    paymentMethodId,
    paymentTypeId,
    operationType,
    // Mercado Libre items are marked either way, depending on the API version.
    marketplace: orderType === 'mercadolibre' ? 'MELI' : marketplace,
    feeDetails,
    captured,
    refunds,
    description,
    collectorId,
  };
};

/**
 * The refund `json` stands for, in minor units of `currency`, when it is in the shape Mercado
 * Pago sends and breaks no rule of `parseRefund`, read to exactly what `parseRefund` answers;
 * `undefined` otherwise. Internal to the core: callers parse with `parseRefund`.
 */
export const readRefundLean = (json: unknown, currency: Currency): Refund | undefined =>
  refundOf(json, CURRENCIES[currency].decimals, maxMinorUnits(currency), null);
