import fc from 'fast-check';
import { BODY_LIMIT_BYTES } from '../../src/index.js';

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
