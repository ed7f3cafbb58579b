import * as v from 'valibot';
import { wireIdOf } from '../payment/mercado-pago-id.js';
import { PAYMENT_STATUSES } from '../payment/payment.js';
import { issueMessage } from './issue-message.js';

// The shapes of Mercado Pago's JSON as valibot schemas: types only. Amounts stay decimals here;
// turning them into minor units needs the currency and happens in the codec.

/** A Mercado Pago id: a safe non-negative integer or a string of decimal digits (`wireIdOf`). */
export const wireIdSchema = v.pipe(
  v.custom<number | string>(
    (id) => wireIdOf(id) !== null,
    'expected an id: a safe non-negative integer or a string of its digits',
  ),
  // One spelling per id: `"00123"` and `123` are the same payment.
  v.transform((id) => wireIdOf(id) ?? ''),
);

const wireDecimal = v.pipe(v.number(), v.finite());

// ISO-8601 with a time and an explicit offset: a date without one would be read in the host's
// time zone, and the refund window would then depend on where the code runs.
export const ISO_INSTANT =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

const wireDate = v.pipe(
  v.string(),
  v.check(
    (text) => ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text)),
    'must be an ISO-8601 instant with an offset',
  ),
  v.transform((text) => new Date(text)),
);

const localizedName = v.union([
  v.string(),
  v.pipe(
    v.record(v.string(), v.unknown()),
    v.transform((names) => {
      const preferred = names.en ?? names.es ?? names.pt ?? Object.values(names)[0];
      return typeof preferred === 'string' ? preferred : '';
    }),
  ),
]);

const wireSourceObject = v.looseObject({
  id: v.optional(v.union([v.string(), v.pipe(v.number(), v.transform(String))]), ''),
  name: v.optional(localizedName, ''),
  type: v.optional(v.string(), 'collector'),
});

/** A refund's `source`: an object, or (as the API reference shows it) an array of one. */
const wireSource = v.nullish(
  v.union([
    // Arrays first: valibot's object schemas accept arrays too (they are objects).
    v.pipe(
      v.array(wireSourceObject),
      v.transform((items) => items[0] ?? null),
    ),
    wireSourceObject,
  ]),
  null,
);

const wireMetadata = v.optional(
  v.union([
    v.pipe(
      v.array(v.unknown()),
      v.transform((): Record<string, unknown> => ({})),
    ),
    v.record(v.string(), v.unknown()),
    v.pipe(
      v.null(),
      v.transform((): Record<string, unknown> => ({})),
    ),
  ]),
  {},
);

/** A refund object as Mercado Pago sends it. */
export const wireRefundSchema = v.looseObject({
  id: wireIdSchema,
  payment_id: wireIdSchema,
  amount: wireDecimal,
  status: v.optional(v.string(), 'approved'),
  date_created: wireDate,
  source: wireSource,
  metadata: wireMetadata,
  reason: v.nullish(v.string(), null),
  unique_sequence_number: v.nullish(
    v.union([v.string(), v.pipe(v.number(), v.transform(String))]),
    null,
  ),
  refund_mode: v.optional(v.string(), 'standard'),
  adjustment_amount: v.optional(wireDecimal, 0),
});

const wireFeeDetail = v.looseObject({
  type: v.string(),
  amount: wireDecimal,
  fee_payer: v.picklist(['collector', 'payer']),
});

/** A payment object as `GET /v1/payments/{id}` returns it (the fields the rules read). */
export const wirePaymentSchema = v.looseObject({
  id: wireIdSchema,
  status: v.picklist(PAYMENT_STATUSES),
  status_detail: v.nullish(v.string(), null),
  currency_id: v.string(),
  transaction_amount: wireDecimal,
  transaction_amount_refunded: v.optional(wireDecimal),
  date_created: v.nullish(wireDate, null),
  date_approved: v.nullish(wireDate, null),
  payment_method_id: v.string(),
  payment_type_id: v.string(),
  operation_type: v.optional(v.string(), 'regular_payment'),
  marketplace: v.nullish(v.string(), null),
  order: v.nullish(v.looseObject({ type: v.nullish(v.string(), null) }), null),
  fee_details: v.nullish(v.array(wireFeeDetail), []),
  captured: v.nullish(v.boolean(), true),
  refunds: v.nullish(v.array(wireRefundSchema), []),
  description: v.nullish(v.string(), null),
  collector_id: v.nullish(wireIdSchema, null),
});

/** The output of {@link wirePaymentSchema}. */
export type WirePaymentInput = v.InferOutput<typeof wirePaymentSchema>;
/** The output of {@link wireRefundSchema}. */
export type WireRefundInput = v.InferOutput<typeof wireRefundSchema>;

/**
 * The first issue of a failed valibot parse as a dot path (`refunds.2.amount`) and a message that
 * never quotes the input: `currency_id is missing` for an absent required field.
 */
export const firstIssue = (
  issues: readonly v.BaseIssue<unknown>[],
): { path: string; message: string } => {
  const issue = issues[0];
  if (!issue) return { path: '', message: 'invalid value' };
  const path = v.getDotPath(issue) ?? '';
  // A required field that is absent says so in words, rather than in the schema's terms.
  if (issue.received === 'undefined' && path !== '') return { path, message: `${path} is missing` };
  return { path, message: `${path || 'value'}: ${issueMessage(issue)}` };
};
