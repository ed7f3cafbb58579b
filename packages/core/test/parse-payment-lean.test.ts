import { wirePaymentArb } from '@reembolso/core/testing';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parsePayment,
  parseRefund,
  parseRefundThroughSchemas,
  parseThroughSchemas,
} from '../src/payment/parse-payment.js';
import { readPaymentLean } from '../src/payment/read-payment-lean.js';

// Values at the edges of what the lean path reads itself: exponents, fractions one digit too
// long, ids with leading zeros or beyond 2^53, null where only absence is allowed, arrays where
// objects are expected, localized names, prototype keys.
const nearMissArb = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    0,
    -0,
    -1,
    1e21,
    1e-7,
    0.001,
    10.5,
    10.123,
    -10.5,
    2 ** 53,
    999_999_999_999_999,
    1_000_000_000_000_000,
    Number.MAX_SAFE_INTEGER,
    '',
    '10',
    '0012',
    '9007199254740993',
    'mercadolibre',
    'refunded',
    'approved',
    'CLP',
    'brl',
    true,
    false,
    [],
    [{ id: 1, name: { en: 'Seller' }, type: 'collector' }],
    {},
    { type: 'mercadolibre' },
    { en: 'Seller', pt: 'Vendedor' },
    JSON.parse('{"__proto__": 1, "kept": 2}'),
    '2024-05-21T08:00:00.000-04:00',
    '2024-05-21T08:00:00',
    '2024-02-31T08:00:00Z',
  ),
  fc.jsonValue(),
  fc.anything({ withNullPrototype: true, withBoxedValues: true }),
);

type Path = readonly (string | number)[];

// Every path into a JSON value, the root included.
const pathsOf = (value: unknown, prefix: Path = []): Path[] => {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((item, i) => [i, item] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
};

// `json` with the value at `path` set (a child key that does not exist yet is added).
const setAt = (json: unknown, path: Path, value: unknown): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy = (Array.isArray(json) ? [...json] : { ...(json as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = setAt(copy[head], rest, value);
  return copy;
};

// Numbers around the precision and range limits of the currencies.
const amountArb = fc.oneof(
  fc.integer({ min: -1_000_000, max: 100_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: -1_000_000, max: 100_000_000 }).map((mills) => mills / 1000),
  fc.double({ noNaN: true }),
  fc.constantFrom(
    0,
    -0,
    1e-7,
    5e-324,
    1e21,
    1e15,
    9.99e14,
    999_999_999_999.99,
    9_999_999_999_999.9,
  ),
);

const isNumberLeaf = (json: unknown, path: Path): boolean =>
  typeof path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown>)[key],
    json,
  ) === 'number';

// Every key the schemas read, on the payment, its fees, refunds and sources, and one they do not.
const keyArb = fc.constantFrom(
  ...[
    'id',
    'status',
    'status_detail',
    'currency_id',
    'transaction_amount',
    'transaction_amount_refunded',
    'date_created',
    'date_approved',
    'payment_method_id',
    'payment_type_id',
    'operation_type',
    'marketplace',
    'order',
    'fee_details',
    'captured',
    'refunds',
    'description',
    'collector_id',
    'payment_id',
    'amount',
    'source',
    'metadata',
    'reason',
    'unique_sequence_number',
    'refund_mode',
    'adjustment_amount',
    'type',
    'fee_payer',
    'name',
    'unknown_field',
  ],
);

const isObjectAt = (json: unknown, path: Path): boolean => {
  const value = path.reduce<unknown>(
    (current, key) => (current as Record<string | number, unknown>)[key],
    json,
  );
  return typeof value === 'object' && value !== null;
};

// A wire payment with a number and up to three keys of its objects set to edge values, and half
// the time without `transaction_amount_refunded`, so that an edited refund still adds up.
const editedWireArb = fc
  .record({
    json: wirePaymentArb().map((wire) => JSON.parse(JSON.stringify(wire)) as unknown),
    dropDeclared: fc.boolean(),
    numberEdit: fc.record({ pick: fc.nat(), value: amountArb }),
    edits: fc.array(fc.record({ pick: fc.nat(), key: keyArb, value: nearMissArb }), {
      maxLength: 3,
    }),
  })
  .map(({ json, dropDeclared, numberEdit, edits }) => {
    const start = dropDeclared ? setAt(json, ['transaction_amount_refunded'], undefined) : json;
    const numbers = pathsOf(start).filter((path) => isNumberLeaf(start, path));
    const renumbered = setAt(
      start,
      numbers[numberEdit.pick % numbers.length] ?? [],
      numberEdit.value,
    );
    return edits.reduce((current, { pick, key, value }) => {
      const objects = pathsOf(current).filter((path) => isObjectAt(current, path));
      return setAt(current, [...(objects[pick % objects.length] ?? []), key], value);
    }, renumbered);
  });

describe('parsePayment, its lean path held to the schemas', () => {
  it('reads every payment the codec writes on the lean path, to what the schemas read', () => {
    fc.assert(
      fc.property(
        wirePaymentArb().map((wire) => JSON.parse(JSON.stringify(wire)) as unknown),
        (json) => {
          const lean = readPaymentLean(json);
          expect(lean).toBeDefined();
          expect(lean).toEqual(parseThroughSchemas(json)._unsafeUnwrap());
        },
      ),
      { numRuns: 500 },
    );
  });

  it('answers exactly what the schemas answer on edited payments, errors included', () => {
    fc.assert(
      fc.property(editedWireArb, (json) => {
        const lean = readPaymentLean(json);
        const reference = parseThroughSchemas(json);
        // The lean path reads only what the schemas accept, to the same payment.
        if (lean !== undefined) expect(reference._unsafeUnwrap()).toEqual(lean);
        expect(parsePayment(json)).toEqual(reference);
        // Each refund read alone, as a refund answer, in a currency with and one without cents.
        const refunds = (json as { refunds?: unknown }).refunds;
        for (const item of Array.isArray(refunds) ? refunds : []) {
          for (const currency of ['BRL', 'CLP'] as const) {
            expect(parseRefund(item, currency)).toEqual(parseRefundThroughSchemas(item, currency));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parsePayment, the lean path on prototype keys', () => {
  it('copies metadata and source entries as the schemas do, without __proto__, prototype or constructor', () => {
    const json: unknown = JSON.parse(`{
      "id": 7, "status": "approved", "currency_id": "BRL", "transaction_amount": 10,
      "date_approved": "2026-03-01T00:00:00Z", "payment_method_id": "visa",
      "payment_type_id": "credit_card",
      "refunds": [{
        "id": 1, "payment_id": 7, "amount": 0.01, "date_created": "2026-03-01T00:00:00Z",
        "metadata": {"__proto__": {"polluted": true}, "prototype": 1, "constructor": 2, "kept": 3},
        "source": {"id": "1", "name": "n", "__proto__": {"polluted": true}, "extra": 4}
      }]
    }`);
    const lean = readPaymentLean(json);
    expect(lean?.refunds[0]?.metadata).toEqual({ kept: 3 });
    expect(Object.getPrototypeOf(lean?.refunds[0]?.metadata)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(lean?.refunds[0]?.source)).toBe(Object.prototype);
    expect(lean?.refunds[0]?.source).toEqual({ id: '1', name: 'n', type: 'collector', extra: 4 });
    expect(lean).toEqual(parseThroughSchemas(json)._unsafeUnwrap());
  });
});
