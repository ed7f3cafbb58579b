import fc from 'fast-check';
import { BODY_LIMIT_BYTES } from '../../src/index.js';
import { wirePayment } from './fixtures.js';

// Named, bounded arbitraries of HTTP requests for the sandbox fuzz test.

/** The access tokens the fuzz test uses; `TOKENS[0]` holds the seeded payments. */
export const TOKENS = ['TEST-fuzz-secret-a1b2c3', 'TEST-fuzz-secret-d4e5f6'] as const;

/** The payment ids seeded before the run. */
export const SEEDED_IDS = ['1001', '1002', '1003'] as const;

/** Header-safe text: printable ASCII. */
const headerText = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 40,
});

/** A path segment: an id, a near-id, or anything URL-ish, percent-encoding mishaps included. */
const segmentArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEEDED_IDS, '500') },
  fc.constantFrom(
    '0',
    '999',
    '00001001',
    '-1',
    '1e3',
    'abc',
    '%E0%A4%A',
    '%2F',
    '%00',
    '..',
    '',
    ' ',
  ),
  fc.constantFrom('١٢٣', '+1', '0x10', '1.0', '9007199254740993', '1501', '%31%30%30%31'),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
);

const ROUTES: readonly (readonly [string, string])[] = [
  ['POST', '/v1/payments'],
  ['GET', '/v1/payments/{}'],
  ['PUT', '/v1/payments/{}'],
  ['POST', '/v1/payments/{}/refunds'],
  ['GET', '/v1/payments/{}/refunds'],
  ['GET', '/v1/payments/{}/refunds/'],
  ['GET', '/v1/payments/{}/refunds/{}'],
  ['POST', '/v1/advanced_payments'],
  ['POST', '/v1/advanced_payments/{}/refunds'],
  ['POST', '/sandbox/payments'],
  ['POST', '/sandbox/payments/{}/approve'],
  ['POST', '/sandbox/advanced_payments'],
  ['GET', '/sandbox/clock'],
  ['PUT', '/sandbox/clock'],
  ['POST', '/sandbox/clock/advance'],
  ['PUT', '/sandbox/balance'],
  ['GET', '/sandbox/state'],
];

/** A method and path: mostly one of the sandbox's routes with fuzzed ids, else anything. */
export const targetArb = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.constantFrom(...ROUTES), segmentArb, segmentArb)
      .map(([[method, template], a, b]) => ({
        method,
        path: template.replace('{}', a).replace('{}', b),
      })),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
      path: fc.oneof(
        fc.webPath().map((p) => (p.startsWith('/') ? p : `/${p}`)),
        fc
          .tuple(fc.webPath(), fc.webQueryParameters())
          .map(([p, q]) => `${p.startsWith('/') ? p : `/${p}`}?${q}`),
      ),
    }),
  },
);

/** Request headers: credentials, content type and idempotency key, each valid, odd or absent. */
export const headersArb = fc.record(
  {
    authorization: fc.oneof(
      { weight: 14, arbitrary: fc.constantFrom(...TOKENS).map((t) => `Bearer ${t}`) },
      { weight: 1, arbitrary: headerText },
      { weight: 1, arbitrary: headerText.map((t) => `Bearer ${t}`) },
    ),
    'content-type': fc.oneof(
      { weight: 14, arbitrary: fc.constant('application/json') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'application/json; charset=utf-8',
          'application/jsonx',
        ),
      },
      { weight: 1, arbitrary: headerText },
    ),
    'x-idempotency-key': fc.oneof(fc.constantFrom('k1', 'k2', 'k3'), headerText),
  },
  { requiredKeys: [] },
);

const amountArb = fc.oneof(
  fc.integer({ min: -10, max: 200 }),
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER / 100, 0.005),
  fc.double({ noNaN: false }),
  fc.constantFrom(0.1 + 0.2, 10.123, -0, 1e21, 5e-324),
  fc.string({ maxLength: 6 }),
  fc.constant(null),
  fc.boolean(),
);

/** A request body: JSON the endpoints expect (with odd values), any JSON, or not JSON at all. */
export const bodyArb = fc.oneof(
  { weight: 2, arbitrary: fc.constant(undefined) },
  {
    weight: 5,
    arbitrary: fc.record({ amount: amountArb }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
  },
  {
    weight: 1,
    arbitrary: fc
      .record(
        { status: fc.oneof(fc.constantFrom('cancelled', 'approved'), fc.jsonValue()) },
        { requiredKeys: [] },
      )
      .map((b) => JSON.stringify(b)),
  },
  {
    weight: 1,
    arbitrary: fc
      .record(
        {
          transaction_amount: amountArb,
          payment_method_id: fc.oneof(
            fc.constantFrom('visa', 'pix', 'bolbradesco'),
            fc.string({ maxLength: 8 }),
          ),
          currency_id: fc.constantFrom('BRL', 'CLP', 'XXX'),
          capture: fc.oneof(fc.boolean(), fc.jsonValue()),
          payer: fc.record({ first_name: fc.constantFrom('APRO', 'CONT', 'OTHE', 'x') }),
          disbursements: fc.array(fc.record({ amount: amountArb, collector_id: fc.jsonValue() }), {
            maxLength: 3,
          }),
        },
        { requiredKeys: [] },
      )
      .map((b) => JSON.stringify(b)),
  },
  {
    weight: 1,
    arbitrary: fc
      .record(
        {
          now: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            fc.string(),
          ),
          ms: fc.oneof(fc.integer(), fc.double()),
          days: fc.double(),
          currency_id: fc.string({ maxLength: 4 }),
          amount: amountArb,
        },
        { requiredKeys: [] },
      )
      .map((b) => JSON.stringify(b)),
  },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"amount":',
      '{"amount":1}}',
      '\uFEFF{}',
      '{"amount":1e999999}',
      'null',
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 1, max: 3 })
      .map((n) => `{"amount":1,"pad":"${'x'.repeat(BODY_LIMIT_BYTES - 20 + n * 10)}"}`),
  },
);

/** One fuzzed request. */
export const requestArb = fc
  .record({ target: targetArb, headers: headersArb, body: bodyArb })
  .map(({ target, headers, body }) => ({ ...target, headers, body }));

/** A write on a seeded payment: a refund, an advanced refund or a cancellation, well addressed. */
export const writeArb = fc.record({
  target: fc.oneof(
    fc
      .constantFrom(...SEEDED_IDS)
      .map((id) => ({ method: 'POST', path: `/v1/payments/${id}/refunds` })),
    fc.constant({ method: 'POST', path: '/v1/advanced_payments/500/refunds' }),
    fc.constantFrom(...SEEDED_IDS).map((id) => ({ method: 'PUT', path: `/v1/payments/${id}` })),
  ),
  key: fc.option(fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6'), { nil: undefined }),
  body: fc.option(
    fc.oneof(
      fc.record({ amount: amountArb }, { requiredKeys: [] }),
      fc.record(
        { status: fc.oneof(fc.constant('cancelled'), fc.jsonValue()) },
        { requiredKeys: [] },
      ),
    ),
    { nil: undefined },
  ),
});

/** JSON text nested `levels` deep (arrays, objects or both), around `inner`. */
const nestedText = (levels: number, kind: 'array' | 'object', inner = '1'): string =>
  kind === 'array'
    ? `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`
    : `${'{"a":'.repeat(levels)}${inner}${'}'.repeat(levels)}`;

/** A nesting depth around the limit of 64, or far beyond it (the 6 000 levels that broke seeds). */
const depthArb = fc.oneof(fc.integer({ min: 60, max: 70 }), fc.integer({ min: 100, max: 6_000 }));

/** A write or a seed whose body nests too deep somewhere: in the amount, in metadata, at the top. */
const deepRequestArb = fc
  .record({
    target: fc.constantFrom(
      { method: 'POST', path: '/v1/payments/1001/refunds' },
      { method: 'PUT', path: '/v1/payments/1002' },
      { method: 'POST', path: '/v1/advanced_payments/500/refunds' },
      { method: 'POST', path: '/v1/payments' },
      { method: 'POST', path: '/sandbox/payments' },
      { method: 'PUT', path: '/sandbox/balance' },
    ),
    levels: depthArb,
    kind: fc.constantFrom('array' as const, 'object' as const),
    where: fc.constantFrom('amount', 'metadata', 'top'),
  })
  .map(({ target, levels, kind, where }) => {
    const deep = nestedText(levels, kind);
    const refund = `{"id":7001,"payment_id":9001,"amount":1,"date_created":"2025-02-20T12:00:00.000Z","metadata":${deep}}`;
    const body =
      where === 'top'
        ? deep
        : where === 'amount'
          ? `{"amount":${deep},"status":"cancelled"}`
          : JSON.stringify(
              wirePayment({
                id: 9001,
                transaction_amount_refunded: 1,
                status_detail: 'partially_refunded',
              }),
            ).replace('"refunds":[]', `"refunds":[${refund}]`);
    return { ...target, body };
  });

const disbursementArb = fc.oneof(
  fc.constantFrom(1001, 1002, 1003, 1501, 2001, 2002).map((id) => wirePayment({ id })),
  fc
    .constantFrom(2003, 2004)
    .map((id) => wirePayment({ id, currency_id: 'CLP', transaction_amount: 5000 })),
  fc.constant({ id: 2005, payer: { email: 'x@example.com' } }),
);

/** A `POST /sandbox/advanced_payments` seed: repeated payments, mixed currencies, payments of advanced payment 500. */
const advancedSeedArb = fc
  .record({
    id: fc.option(fc.constantFrom(500, 501, '502', -1, 'x'), { nil: undefined }),
    disbursements: fc.array(disbursementArb, { minLength: 0, maxLength: 4 }),
  })
  .map((body) => ({
    method: 'POST',
    path: '/sandbox/advanced_payments',
    body: JSON.stringify(body),
  }));

/** Bodies of the wrong JSON type for every route: arrays, strings, numbers where objects go. */
const wrongTypeArb = fc
  .record({
    target: fc.constantFrom(...ROUTES).map(([method, template]) => ({
      method,
      path: template.replaceAll('{}', '1001'),
    })),
    body: fc.oneof(
      fc.constantFrom('[]', '"x"', '12', 'true', '[{"amount":1}]', '{"amount":[1]}'),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ amount: v, disbursements: v })),
    ),
  })
  .map(({ target, body }) => ({ ...target, body }));

/** The targeted hostile classes of issue 10, each a method, a path and a raw JSON body. */
const targetedArb = fc.oneof(deepRequestArb, advancedSeedArb, wrongTypeArb);

/**
 * One hostile request: the generic fuzz of paths, headers and bodies, or one of the targeted
 * classes (deep nesting, advanced-payment seeds that could over-refund, wrong JSON types) sent
 * with valid credentials, JSON content type and an idempotency key.
 */
export const hostileRequestArb = fc.oneof(
  { weight: 3, arbitrary: requestArb },
  {
    weight: 2,
    arbitrary: fc
      .record({ request: targetedArb, key: fc.constantFrom('h1', 'h2', 'h3', 'h4') })
      .map(({ request, key }) => ({
        ...request,
        headers: {
          authorization: `Bearer ${TOKENS[0]}`,
          'content-type': 'application/json',
          'x-idempotency-key': key,
        } as Record<string, string>,
      })),
  },
);
