import { currentPolicy } from '@reembolso/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, type SandboxServer, startSandbox } from '../src/index.js';
import { type Answer, type CallOptions, clientFor, TOKEN } from './support/client.js';
import { expectWireError } from './support/expect-wire-error.js';
import { cardPaymentBody, daysAgo, NOW, wirePayment, wireRefund } from './support/fixtures.js';

let sandbox: SandboxServer;
let call: (method: string, path: string, options?: CallOptions) => Promise<Answer>;
let keyCount = 0;
const newKey = () => `key-${++keyCount}`;

beforeAll(async () => {
  sandbox = await startSandbox({ clock: NOW });
  call = clientFor(sandbox.url);
});
afterAll(() => sandbox.close());
beforeEach(async () => {
  for (const token of [TOKEN, 'TEST-collector-b']) {
    expect((await call('POST', '/sandbox/reset', { token })).status).toBe(200);
  }
});

const seed = async (json: Record<string, unknown>, token = TOKEN) => {
  const answer = await call('POST', '/sandbox/payments', { body: json, token });
  expect(answer.status).toBe(201);
  return answer.json;
};
// `key` null sends no X-Idempotency-Key.
const refund = (id: unknown, body?: unknown, key: string | null = newKey()) =>
  call('POST', `/v1/payments/${id}/refunds`, {
    ...(body === undefined ? {} : { body }),
    ...(key === null ? {} : { key }),
  });
const getPayment = async (id: unknown) => (await call('GET', `/v1/payments/${id}`)).json;

describe('every answer', () => {
  it('is JSON with content-type application/json, errors included', async () => {
    await seed(wirePayment());
    for (const answer of [
      await call('GET', '/v1/payments/1001'),
      await call('GET', '/v1/payments/999'),
      await call('GET', '/nowhere'),
      await call('GET', '/v1/payments/1001', { token: null }),
    ]) {
      expect(answer.contentType).toBe('application/json');
      expect(() => JSON.parse(answer.text)).not.toThrow();
    }
  });
});

describe('POST /v1/payments creates a payment', () => {
  it.each([
    ['APRO', 'approved', 'accredited'],
    ['CONT', 'pending', 'pending_contingency'],
    ['OTHE', 'rejected', 'cc_rejected_other_reason'],
    ['CALL', 'rejected', 'cc_rejected_call_for_authorize'],
    ['FUND', 'rejected', 'cc_rejected_insufficient_amount'],
    ['SECU', 'rejected', 'cc_rejected_bad_filled_security_code'],
    ['EXPI', 'rejected', 'cc_rejected_bad_filled_date'],
    ['FORM', 'rejected', 'cc_rejected_bad_filled_other'],
  ])('cardholder %s → %s/%s, 201, readable by GET', async (name, status, detail) => {
    const created = await call('POST', '/v1/payments', { body: cardPaymentBody(name) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      status,
      status_detail: detail,
      transaction_amount: 100,
      transaction_amount_refunded: 0,
      currency_id: 'ARS',
      payment_method_id: 'visa',
      payment_type_id: 'credit_card',
      captured: true,
      refunds: [],
      date_approved: status === 'approved' ? expect.stringMatching(/-04:00$/) : null,
    });
    expect(typeof created.json.id).toBe('number');
    expect(await getPayment(created.json.id)).toEqual(created.json);
  });

  it.each([
    ['pix', 'bank_transfer', 'BRL', 'pending_waiting_transfer'],
    ['bolbradesco', 'ticket', 'BRL', 'pending_waiting_payment'],
    ['oxxo', 'ticket', 'MXN', 'pending_waiting_payment'],
    ['pse', 'bank_transfer', 'COP', 'pending_waiting_transfer'],
  ])('%s (%s) starts pending in %s', async (method, type, currency, detail) => {
    const created = await call('POST', '/v1/payments', {
      body: { transaction_amount: 150, payment_method_id: method, payer: { first_name: 'APRO' } },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      status: 'pending',
      status_detail: detail,
      payment_type_id: type,
      currency_id: currency,
    });
  });

  it('capture: false gives an authorized reserve, authorized/pending_capture, not captured', async () => {
    const created = await call('POST', '/v1/payments', {
      body: cardPaymentBody('APRO', { capture: false }),
    });
    expect(created.json).toMatchObject({
      status: 'authorized',
      status_detail: 'pending_capture',
      captured: false,
      date_approved: null,
    });
  });

  it('takes currency_id and an application_fee paid by the collector', async () => {
    const created = await call('POST', '/v1/payments', {
      body: cardPaymentBody('APRO', {
        currency_id: 'CLP',
        transaction_amount: 1500,
        application_fee: 30,
      }),
    });
    expect(created.json).toMatchObject({
      currency_id: 'CLP',
      transaction_amount: 1500,
      fee_details: [{ type: 'application_fee', amount: 30, fee_payer: 'collector' }],
    });
  });

  it.each([
    [{ payment_method_id: 'visa' }, 'bad_request'],
    [{ transaction_amount: '100', payment_method_id: 'visa' }, 'bad_request'],
    [{ transaction_amount: 0, payment_method_id: 'visa' }, 'bad_request'],
    [{ transaction_amount: 100 }, 'bad_request'],
    [{ transaction_amount: 10.123, payment_method_id: 'visa' }, 'amount_too_precise'],
    [
      { transaction_amount: 1500.5, payment_method_id: 'visa', currency_id: 'CLP' },
      'amount_too_precise',
    ],
    [{ transaction_amount: 1e20, payment_method_id: 'visa' }, 'amount_out_of_range'],
    [
      { transaction_amount: 10, payment_method_id: 'visa', currency_id: 'USD' },
      'unsupported_currency',
    ],
    [{ transaction_amount: 10, payment_method_id: 'visa', application_fee: 11 }, 'bad_request'],
  ])('refuses %j with 400 %s and stores nothing', async (body, code) => {
    expectWireError(await call('POST', '/v1/payments', { body }), 400, code);
    expect((await call('GET', '/sandbox/state')).json.payments).toEqual([]);
  });
});

describe('GET /v1/payments/{id}', () => {
  it('answers the payment as seeded', async () => {
    await seed(
      wirePayment({
        fee_details: [{ type: 'mercadopago_fee', amount: 4.99, fee_payer: 'collector' }],
      }),
    );
    expect(await getPayment(1001)).toMatchObject({
      id: 1001,
      transaction_amount: 100,
      fee_details: [{ type: 'mercadopago_fee', amount: 4.99, fee_payer: 'collector' }],
    });
  });
  it('unknown payment → 404, cause 2000', async () => {
    expectWireError(await call('GET', '/v1/payments/424242'), 404, 2000);
  });
  it('a non-digit id → 400 invalid_id', async () => {
    expectWireError(await call('GET', '/v1/payments/abc'), 400, 'invalid_id');
  });
});

describe('authentication (SPEC §12)', () => {
  it('no Authorization header → 401', async () => {
    expectWireError(await call('GET', '/v1/payments/1001', { token: null }), 401, 'unauthorized');
  });
  it('a scheme other than Bearer → 401, without repeating what was sent', async () => {
    const answer = await call('GET', '/v1/payments/1001', {
      token: null,
      headers: { authorization: 'Basic c2VjcmV0LXRva2Vu' },
    });
    expectWireError(answer, 401, 'unauthorized');
    expect(answer.text).not.toContain('c2VjcmV0LXRva2Vu');
  });
  it("another token's payment is a 404, not a 403", async () => {
    await seed(wirePayment());
    expectWireError(
      await call('GET', '/v1/payments/1001', { token: 'TEST-collector-b' }),
      404,
      2000,
    );
    expect((await call('GET', '/v1/payments/1001')).status).toBe(200);
  });
  it('with tokens declared, any other token → 401 and never appears in the answer', async () => {
    const strict = await startSandbox({ tokens: ['TEST-known'] });
    try {
      const strictCall = clientFor(strict.url);
      const refused = await strictCall('GET', '/v1/payments/1', { token: 'TEST-unknown-secret' });
      expectWireError(refused, 401, 'unauthorized');
      expect(refused.text).not.toContain('TEST-unknown-secret');
      expectWireError(
        await strictCall('GET', '/v1/payments/1', { token: 'TEST-known' }),
        404,
        2000,
      );
      expect(strict.gatewayFor('TEST-unknown-secret').isErr()).toBe(true);
      expect(strict.gatewayFor('TEST-known').isOk()).toBe(true);
    } finally {
      await strict.close();
    }
  });
});

describe('POST /v1/payments/{id}/refunds (SPEC §4, §6)', () => {
  it('a partial refund answers 201 with the refund object of §6', async () => {
    await seed(wirePayment());
    const answer = await refund(1001, { amount: 10.5 });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({
      id: expect.any(Number),
      payment_id: 1001,
      amount: 10.5,
      metadata: {},
      source: { id: expect.any(String), name: expect.any(String), type: 'collector' },
      date_created: '2025-03-01T08:00:00.000-04:00',
      unique_sequence_number: null,
      refund_mode: 'standard',
      adjustment_amount: 0,
      status: 'approved',
      reason: null,
      label: [],
      partition_details: [],
    });
    expect(await getPayment(1001)).toMatchObject({
      status: 'approved',
      status_detail: 'partially_refunded',
      transaction_amount_refunded: 10.5,
      refunds: [answer.json],
    });
  });

  it('no body refunds everything: refunded/refunded', async () => {
    await seed(wirePayment());
    const answer = await refund(1001);
    expect(answer.status).toBe(201);
    expect(answer.json.amount).toBe(100);
    expect(await getPayment(1001)).toMatchObject({ status: 'refunded', status_detail: 'refunded' });
  });

  it('an empty object refunds everything too', async () => {
    await seed(wirePayment());
    expect((await refund(1001, {})).json.amount).toBe(100);
  });

  it('unknown payment → 404, cause 2000, checked before the idempotency key', async () => {
    expectWireError(await refund(999, { amount: 1 }, null), 404, 2000);
  });
  it('no X-Idempotency-Key → 400, cause 4292', async () => {
    await seed(wirePayment());
    expectWireError(await refund(1001, { amount: 1 }, null), 400, 4292);
  });
  it.each([['"10"'], ['true'], ['null'], ['[1]'], ['{"v":1}'], ['1e400']])(
    'amount %s (not a JSON number) → 400, cause 4041',
    async (amount) => {
      await seed(wirePayment());
      expectWireError(await refund(1001, `{"amount":${amount}}`), 400, 4041);
    },
  );
  it.each([[0], [-5]])('amount %s → 400, cause 4040', async (amount) => {
    await seed(wirePayment());
    expectWireError(await refund(1001, { amount }), 400, 4040);
  });
  it('amount more precise than the currency → 400 amount_too_precise (BRL 10.123, CLP 1500.5)', async () => {
    await seed(wirePayment());
    await seed(wirePayment({ id: 1002, currency_id: 'CLP', transaction_amount: 5000 }));
    expectWireError(await refund(1001, { amount: 10.123 }), 400, 'amount_too_precise');
    expectWireError(await refund(1002, { amount: 1500.5 }), 400, 'amount_too_precise');
    expect((await refund(1002, { amount: 1500 })).status).toBe(201);
  });
  it.each([
    [
      'pending',
      { status: 'pending', status_detail: 'pending_waiting_payment', date_approved: null },
    ],
    [
      'authorized',
      {
        status: 'authorized',
        status_detail: 'pending_capture',
        date_approved: null,
        captured: false,
      },
    ],
    ['cancelled', { status: 'cancelled', status_detail: 'by_collector', date_approved: null }],
    [
      'refunded',
      {
        status: 'refunded',
        status_detail: 'refunded',
        transaction_amount_refunded: 100,
        refunds: [wireRefund(5001, 1001, 100)],
      },
    ],
  ])('R3: a %s payment → 400, cause 2063', async (_, overrides) => {
    await seed(wirePayment(overrides));
    expectWireError(await refund(1001, { amount: 1 }), 400, 2063);
  });
  it('R4: 90 days after approval is still allowed, a day more → 400, cause 2024', async () => {
    await seed(wirePayment({ date_approved: daysAgo(90) }));
    await seed(wirePayment({ id: 1002, date_approved: daysAgo(91) }));
    expect((await refund(1001, { amount: 1 })).status).toBe(201);
    expectWireError(await refund(1002, { amount: 1 }), 400, 2024);
  });
  it.each([
    ['a Mercado Libre item', { marketplace: 'MELI' }],
    ['melicard', { payment_method_id: 'melicard' }],
    ['an Argentine recurring payment', { operation_type: 'recurring_payment', currency_id: 'ARS' }],
  ])('R5: a partial refund of %s → 400, cause 3024; in full it passes', async (_, overrides) => {
    await seed(wirePayment(overrides));
    expectWireError(await refund(1001, { amount: 1 }), 400, 3024);
    expect((await refund(1001, {})).status).toBe(201);
  });
  it('R6: the 21st refund → 400 too_many_refunds', async () => {
    const refunds = Array.from({ length: 20 }, (_, i) => wireRefund(6000 + i, 1001, 1));
    await seed(
      wirePayment({
        transaction_amount_refunded: 20,
        refunds,
        status_detail: 'partially_refunded',
      }),
    );
    expectWireError(await refund(1001, { amount: 1 }), 400, 'too_many_refunds');
  });
  it('R7: more than remains → 400 amount_exceeds_refundable with remaining', async () => {
    await seed(wirePayment());
    expect((await refund(1001, { amount: 60 })).status).toBe(201);
    const answer = await refund(1001, { amount: 40.01 });
    expectWireError(answer, 400, 'amount_exceeds_refundable');
    expect(answer.json.cause[0].data).toEqual({ remaining: 4000 });
  });
  it('R8: a debit beyond the available balance → 400 insufficient_balance', async () => {
    await seed(wirePayment());
    expect(
      (await call('PUT', '/sandbox/balance', { body: { currency_id: 'BRL', amount: 5 } })).status,
    ).toBe(200);
    expectWireError(await refund(1001, { amount: 5.01 }), 400, 'insufficient_balance');
    expect((await refund(1001, { amount: 5 })).status).toBe(201);
    expect((await call('GET', '/sandbox/state')).json.balances).toEqual({ BRL: 0 });
  });
});

describe('refunds are idempotent (SPEC §11)', () => {
  it('the same key and body replays the first answer, with no new refund', async () => {
    await seed(wirePayment());
    const first = await refund(1001, { amount: 10 }, 'same');
    const again = await refund(1001, { amount: 10 }, 'same');
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect((await getPayment(1001)).refunds).toHaveLength(1);
  });
  it('the same key with the same JSON written otherwise (10.50 for 10.5, keys reordered) replays', async () => {
    await seed(wirePayment());
    const first = await refund(1001, '{"amount": 10.50, "metadata": {"b": 1, "a": 2}}', 'same');
    const again = await refund(1001, '{"metadata":{"a":2,"b":1},"amount":10.5}', 'same');
    expect(first.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect((await getPayment(1001)).refunds).toHaveLength(1);
  });
  it('the same key with another body → 422', async () => {
    await seed(wirePayment());
    await refund(1001, { amount: 10 }, 'same');
    expectWireError(await refund(1001, { amount: 11 }, 'same'), 422, 'idempotency_conflict');
  });
  it('the same key with the same amount but another body → 422, not a replay', async () => {
    await seed(wirePayment());
    await refund(1001, { amount: 10 }, 'same');
    const other = await refund(1001, { amount: 10, reason: 'customer changed their mind' }, 'same');
    expectWireError(other, 422, 'idempotency_conflict');
    expect((await getPayment(1001)).refunds).toHaveLength(1);
  });
  it('a rule rejection is replayed too', async () => {
    await seed(wirePayment());
    await call('PUT', '/sandbox/balance', { body: { currency_id: 'BRL', amount: 0 } });
    expectWireError(await refund(1001, { amount: 10 }, 'k'), 400, 'insufficient_balance');
    await call('PUT', '/sandbox/balance', { body: { currency_id: 'BRL', amount: null } });
    expectWireError(await refund(1001, { amount: 10 }, 'k'), 400, 'insufficient_balance');
    expect((await refund(1001, { amount: 10 }, 'k2')).status).toBe(201);
  });
  it('a malformed request is not stored: its key is still free', async () => {
    await seed(wirePayment());
    expectWireError(await refund(1001, { amount: 'ten' }, 'k'), 400, 4041);
    expectWireError(await refund(1001, '{"amount":', 'k'), 400, 'bad_request');
    expectWireError(await refund(1001, { amount: 1.001 }, 'k'), 400, 'amount_too_precise');
    expect((await refund(1001, { amount: 10 }, 'k')).status).toBe(201);
  });
  it('keys are scoped per access token', async () => {
    await seed(wirePayment());
    await seed(wirePayment(), 'TEST-collector-b');
    expect((await refund(1001, { amount: 10 }, 'shared')).status).toBe(201);
    const other = await call('POST', '/v1/payments/1001/refunds', {
      token: 'TEST-collector-b',
      key: 'shared',
      body: { amount: 20 },
    });
    expect(other.status).toBe(201);
  });
});

describe('GET refunds', () => {
  it('lists the refunds, oldest first, as an array (with or without a trailing slash)', async () => {
    await seed(wirePayment());
    const a = (await refund(1001, { amount: 1 })).json;
    const b = (await refund(1001, { amount: 2 })).json;
    expect((await call('GET', '/v1/payments/1001/refunds')).json).toEqual([a, b]);
    expect((await call('GET', '/v1/payments/1001/refunds/')).json).toEqual([a, b]);
    expect((await call('GET', `/v1/payments/1001/refunds/${b.id}`)).json).toEqual(b);
  });
  it('an empty list is []', async () => {
    await seed(wirePayment());
    expect((await call('GET', '/v1/payments/1001/refunds')).json).toEqual([]);
  });
  it('unknown refund → 404, cause 2032; unknown payment → 2000', async () => {
    await seed(wirePayment());
    expectWireError(await call('GET', '/v1/payments/1001/refunds/77'), 404, 2032);
    expectWireError(await call('GET', '/v1/payments/999/refunds'), 404, 2000);
    expectWireError(await call('GET', '/v1/payments/999/refunds/77'), 404, 2000);
  });
});

describe('PUT /v1/payments/{id} cancels (SPEC §7)', () => {
  const cancel = (id: unknown, body: unknown, token?: string) =>
    call('PUT', `/v1/payments/${id}`, { body, ...(token ? { token } : {}) });
  it('a pending payment → 200 with the whole payment, cancelled/by_collector', async () => {
    await seed(
      wirePayment({
        status: 'pending',
        status_detail: 'pending_waiting_payment',
        date_approved: null,
      }),
    );
    const answer = await cancel(1001, { status: 'cancelled' });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      id: 1001,
      status: 'cancelled',
      status_detail: 'by_collector',
      date_approved: null,
      transaction_amount: 100,
    });
    expect(await getPayment(1001)).toEqual(answer.json);
  });
  it('in_process is cancellable too; a cancelled payment never changes again (2018)', async () => {
    await seed(
      wirePayment({
        status: 'in_process',
        status_detail: 'pending_review_manual',
        date_approved: null,
      }),
    );
    expect((await cancel(1001, { status: 'cancelled' })).status).toBe(200);
    expectWireError(await cancel(1001, { status: 'cancelled' }), 400, 2018);
  });
  it('an approved payment → 400, cause 2018', async () => {
    await seed(wirePayment());
    expectWireError(await cancel(1001, { status: 'cancelled' }), 400, 2018);
  });
  it('a status other than "cancelled" → 2016; no status → 4017', async () => {
    await seed(
      wirePayment({
        status: 'pending',
        status_detail: 'pending_waiting_payment',
        date_approved: null,
      }),
    );
    expectWireError(await cancel(1001, { status: 'approved' }), 400, 2016);
    expectWireError(await cancel(1001, { status: 1 }), 400, 2016);
    expectWireError(await cancel(1001, {}), 400, 4017);
    expectWireError(await call('PUT', '/v1/payments/1001'), 400, 4017);
    expect((await getPayment(1001)).status).toBe('pending');
  });
  it('unknown payment → 404, cause 2000', async () => {
    expectWireError(await cancel(999, { status: 'cancelled' }), 404, 2000);
  });
  it('an authorized reserve: 2018 under classic, cancelled and still not captured under current', async () => {
    const authorized = wirePayment({
      status: 'authorized',
      status_detail: 'pending_capture',
      date_approved: null,
      captured: false,
    });
    await seed(authorized);
    expectWireError(await cancel(1001, { status: 'cancelled' }), 400, 2018);
    const current = await startSandbox({ clock: NOW, policy: currentPolicy });
    try {
      const currentCall = clientFor(current.url);
      await currentCall('POST', '/sandbox/payments', { body: authorized });
      const answer = await currentCall('PUT', '/v1/payments/1001', {
        body: { status: 'cancelled' },
      });
      expect(answer.status).toBe(200);
      expect(answer.json).toMatchObject({ status: 'cancelled', captured: false });
    } finally {
      await current.close();
    }
  });
  it('an idempotency key replays the cancellation', async () => {
    await seed(
      wirePayment({
        status: 'pending',
        status_detail: 'pending_waiting_payment',
        date_approved: null,
      }),
    );
    const first = await call('PUT', '/v1/payments/1001', {
      body: { status: 'cancelled' },
      key: 'c1',
    });
    const again = await call('PUT', '/v1/payments/1001', {
      body: { status: 'cancelled' },
      key: 'c1',
    });
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
  });
});

describe('advanced payments (SPEC §8)', () => {
  const createAdvanced = (body: Record<string, unknown>) =>
    call('POST', '/v1/advanced_payments', { body });
  const advancedBody = {
    payments: [
      { payment_method_id: 'master', payment_type_id: 'credit_card', transaction_amount: 100 },
    ],
    payer: { email: 'buyer@example.com', first_name: 'APRO' },
    currency_id: 'BRL',
    disbursements: [
      { amount: 60, collector_id: 111, external_reference: 'a' },
      { amount: 40, collector_id: '222', application_fee: 2 },
    ],
  };
  const refundAdvanced = (id: unknown, body?: unknown, key: string | null = newKey()) =>
    call('POST', `/v1/advanced_payments/${id}/refunds`, {
      ...(body === undefined ? {} : { body }),
      ...(key === null ? {} : { key }),
    });

  it('POST /v1/advanced_payments creates one; each disbursement is an ordinary payment', async () => {
    const created = await createAdvanced(advancedBody);
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      id: expect.any(Number),
      status: 'approved',
      status_detail: 'accredited',
      currency_id: 'BRL',
      transaction_amount: 100,
      disbursements: [
        { amount: 60, collector_id: 111, external_reference: 'a', application_fee: 0 },
        { amount: 40, collector_id: 222, external_reference: null, application_fee: 2 },
      ],
    });
    const [first, second] = created.json.disbursements;
    expect(await getPayment(first.id)).toMatchObject({
      transaction_amount: 60,
      collector_id: 111,
      status: 'approved',
    });
    expect(await getPayment(second.id)).toMatchObject({
      transaction_amount: 40,
      fee_details: [{ type: 'application_fee', amount: 2, fee_payer: 'collector' }],
    });
  });

  it.each([
    [{ ...advancedBody, disbursements: [] }],
    [{ ...advancedBody, disbursements: [{ amount: '60' }] }],
    [{ ...advancedBody, payments: [{ payment_method_id: 'master', transaction_amount: 99 }] }],
    [{ disbursements: [{ amount: 10 }] }],
  ])('refuses %j with 400 and stores nothing', async (body) => {
    expectWireError(await createAdvanced(body), 400, 'bad_request');
    expect((await call('GET', '/sandbox/state')).json).toMatchObject({
      payments: [],
      advanced_payments: [],
    });
  });

  it('a partial refund spreads by what each still has to refund: 200 with an array', async () => {
    const created = (await createAdvanced(advancedBody)).json;
    const answer = await refundAdvanced(created.id, { amount: 25 });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual([
      expect.objectContaining({
        payment_id: created.disbursements[0].id,
        amount: 15,
        status: 'approved',
      }),
      expect.objectContaining({
        payment_id: created.disbursements[1].id,
        amount: 10,
        status: 'approved',
      }),
    ]);
  });
  it.each([[undefined], [{}], [{ amount: 0 }]])('body %j refunds everything', async (body) => {
    const created = (await createAdvanced(advancedBody)).json;
    const answer = await refundAdvanced(created.id, body);
    expect(answer.status).toBe(200);
    expect(answer.json.map((r: { amount: number }) => r.amount)).toEqual([60, 40]);
    expect((await getPayment(created.disbursements[0].id)).status).toBe('refunded');
  });
  it('a non-digit id → 400, cause 400048; unknown → 404, cause 404002', async () => {
    expectWireError(await refundAdvanced('abc', { amount: 1 }), 400, 400048);
    expectWireError(await refundAdvanced(12345, { amount: 1 }), 404, 404002);
  });
  it('no X-Idempotency-Key → 4292; amount not a number → 4041; too precise → amount_too_precise', async () => {
    const created = (await createAdvanced(advancedBody)).json;
    expectWireError(await refundAdvanced(created.id, { amount: 1 }, null), 400, 4292);
    expectWireError(await refundAdvanced(created.id, { amount: '1' }), 400, 4041);
    expectWireError(await refundAdvanced(created.id, { amount: 1.234 }), 400, 'amount_too_precise');
    expectWireError(await refundAdvanced(created.id, { amount: -1 }), 400, 4040);
  });
  it('all or nothing: one disbursement refusing refunds none', async () => {
    const seeded = await call('POST', '/sandbox/advanced_payments', {
      body: {
        id: 777,
        disbursements: [wirePayment({ id: 2001 }), wirePayment({ id: 2002, marketplace: 'MELI' })],
      },
    });
    expect(seeded.status).toBe(201);
    expect(seeded.json).toEqual({ id: 777, payment_ids: [2001, 2002] });
    expectWireError(await refundAdvanced(777, { amount: 50 }), 400, 3024);
    expect((await getPayment(2001)).refunds).toEqual([]);
    expect((await refundAdvanced(777, {})).status).toBe(200);
  });
  describe('GET /v1/advanced_payments/{id}', () => {
    const getAdvanced = (id: unknown, token?: string) =>
      call('GET', `/v1/advanced_payments/${id}`, token ? { token } : {});

    it('answers what POST created, listing its payments (external references are not kept)', async () => {
      const created = (await createAdvanced(advancedBody)).json;
      const answer = await getAdvanced(created.id);
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({
        ...created,
        disbursements: created.disbursements.map((d: object) => ({
          ...d,
          external_reference: null,
        })),
      });
      expect(answer.json).toMatchObject({
        currency_id: 'BRL',
        payments: created.disbursements.map((d: { id: number }) => ({
          id: d.id,
          status: 'approved',
          status_detail: 'accredited',
        })),
      });
    });

    it('answers the current statuses after refunds', async () => {
      const created = (await createAdvanced(advancedBody)).json;
      expect((await refundAdvanced(created.id, { amount: 25 })).status).toBe(200);
      expect((await getAdvanced(created.id)).json).toMatchObject({
        status: 'approved',
        status_detail: 'partially_refunded',
        transaction_amount: 100,
        payments: [
          { status_detail: 'partially_refunded', transaction_amount_refunded: 15 },
          { status_detail: 'partially_refunded', transaction_amount_refunded: 10 },
        ],
        disbursements: [
          { status: 'approved', status_detail: 'partially_refunded' },
          { status: 'approved', status_detail: 'partially_refunded' },
        ],
      });
      expect((await refundAdvanced(created.id, {})).status).toBe(200);
      expect((await getAdvanced(created.id)).json).toMatchObject({
        status: 'refunded',
        status_detail: 'refunded',
        disbursements: [{ status: 'refunded' }, { status: 'refunded' }],
      });
    });

    it('is partially refunded when one disbursement went back in full and another did not', async () => {
      const created = (await createAdvanced(advancedBody)).json;
      expect((await refund(created.disbursements[1].id)).status).toBe(201);
      expect((await getAdvanced(created.id)).json).toMatchObject({
        status: 'approved',
        status_detail: 'partially_refunded',
        disbursements: [
          { status: 'approved', status_detail: 'accredited' },
          { status: 'refunded', status_detail: 'refunded' },
        ],
      });
    });

    it('answers a seeded advanced payment in the currency of its payments', async () => {
      await call('POST', '/sandbox/advanced_payments', {
        body: {
          id: 777,
          disbursements: [
            wirePayment({ id: 2001, currency_id: 'CLP', transaction_amount: 3000 }),
            wirePayment({ id: 2002, currency_id: 'CLP', transaction_amount: 1000 }),
          ],
        },
      });
      expect((await getAdvanced(777)).json).toMatchObject({
        id: 777,
        currency_id: 'CLP',
        transaction_amount: 4000,
        payments: [{ id: 2001 }, { id: 2002 }],
        disbursements: [
          { id: 2001, amount: 3000 },
          { id: 2002, amount: 1000 },
        ],
      });
    });

    it("a non-digit id → 400, cause 400048; unknown or another token's → 404, cause 404002", async () => {
      const created = (await createAdvanced(advancedBody)).json;
      expectWireError(await getAdvanced('abc'), 400, 400048);
      expectWireError(await getAdvanced(12345), 404, 404002);
      expectWireError(await getAdvanced(created.id, 'TEST-collector-b'), 404, 404002);
      expect((await getAdvanced(created.id)).status).toBe(200);
    });
  });

  it('replays under the same key', async () => {
    const created = (await createAdvanced(advancedBody)).json;
    const first = await refundAdvanced(created.id, { amount: 10 }, 'adv');
    const again = await refundAdvanced(created.id, { amount: 10 }, 'adv');
    expect(again.json).toEqual(first.json);
    expect((await getPayment(created.disbursements[0].id)).refunds).toHaveLength(1);
  });
});

describe('the request itself (SPEC §12)', () => {
  it(`a body over ${BODY_LIMIT_BYTES} bytes → 413, nothing changes`, async () => {
    await seed(wirePayment());
    const big = JSON.stringify({ amount: 1, pad: 'x'.repeat(BODY_LIMIT_BYTES) });
    expectWireError(await refund(1001, big), 413, 'payload_too_large');
    expect((await getPayment(1001)).refunds).toEqual([]);
  });
  it('a body of exactly the limit is read', async () => {
    await seed(wirePayment());
    const head = '{"amount":1,"pad":"';
    const body = `${head}${'x'.repeat(BODY_LIMIT_BYTES - head.length - 2)}"}`;
    expect(body.length).toBe(BODY_LIMIT_BYTES);
    expect((await refund(1001, body)).status).toBe(201);
  });
  it('a body that is not declared JSON → 415', async () => {
    await seed(wirePayment());
    const answer = await call('POST', '/v1/payments/1001/refunds', {
      key: 'k',
      body: '{"amount":1}',
      headers: { 'content-type': 'text/plain' },
    });
    expectWireError(answer, 415, 'unsupported_media_type');
    expect((await getPayment(1001)).refunds).toEqual([]);
  });
  it('application/json with a charset, and +json types, are JSON', async () => {
    await seed(wirePayment());
    const answer = await call('POST', '/v1/payments/1001/refunds', {
      key: 'k',
      body: '{"amount":1}',
      headers: { 'content-type': 'application/vnd.api+json; charset=utf-8' },
    });
    expect(answer.status).toBe(201);
  });
  it('malformed JSON → 400 that does not echo the body', async () => {
    await seed(wirePayment());
    const answer = await refund(1001, '{"amount": SECRET');
    expectWireError(answer, 400, 'bad_request');
    expect(answer.text).not.toContain('SECRET');
  });
  it('a body that is JSON but not an object → 400', async () => {
    await seed(wirePayment());
    expectWireError(await refund(1001, '[1,2]'), 400, 'bad_request');
  });
  it('an unknown route → 404 route_not_found, even a known path with another method', async () => {
    expectWireError(await call('GET', '/v1/customers'), 404, 'route_not_found');
    expectWireError(await call('DELETE', '/v1/payments/1001'), 404, 'route_not_found');
  });
  it('a malformed percent-encoding in the path → 400', async () => {
    expectWireError(await call('GET', '/v1/payments/%E0%A4%A'), 400, 'bad_request');
  });
});

describe('test controls under /sandbox/', () => {
  it('seed refuses payment JSON that parsePayment refuses, naming the field', async () => {
    const answer = await call('POST', '/sandbox/payments', {
      body: wirePayment({ transaction_amount: 'x' }),
    });
    expectWireError(answer, 400, 'payment_parse_error');
    expect(answer.json.cause[0].data).toEqual({ path: 'transaction_amount' });
  });
  it('seed without id numbers the payment', async () => {
    const { id: _, ...noId } = wirePayment();
    const answer = await call('POST', '/sandbox/payments', { body: noId });
    expect(answer.status).toBe(201);
    expect(answer.json.id).toEqual(expect.any(Number));
  });
  it('approve turns a pending payment approved/accredited now; another status → 2063', async () => {
    const created = (await call('POST', '/v1/payments', { body: cardPaymentBody('CONT') })).json;
    const approved = await call('POST', `/sandbox/payments/${created.id}/approve`);
    expect(approved.json).toMatchObject({
      status: 'approved',
      status_detail: 'accredited',
      date_approved: '2025-03-01T08:00:00.000-04:00',
    });
    expect((await refund(created.id, { amount: 1 })).status).toBe(201);
    expectWireError(await call('POST', `/sandbox/payments/${created.id}/approve`), 400, 2063);
    expectWireError(await call('POST', '/sandbox/payments/999/approve'), 404, 2000);
  });
  it('the clock can be read, set and advanced, per token', async () => {
    expect((await call('GET', '/sandbox/clock')).json).toEqual({
      now: '2025-03-01T08:00:00.000-04:00',
    });
    await seed(wirePayment());
    const advanced = await call('POST', '/sandbox/clock/advance', { body: { days: 81 } });
    expect(advanced.json).toEqual({ now: '2025-05-21T08:00:00.000-04:00' });
    expectWireError(await refund(1001, { amount: 1 }), 400, 2024);
    expect((await call('GET', '/sandbox/clock', { token: 'TEST-collector-b' })).json.now).toBe(
      '2025-03-01T08:00:00.000-04:00',
    );
    const set = await call('PUT', '/sandbox/clock', { body: { now: '2025-03-05T00:00:00Z' } });
    expect(set.json).toEqual({ now: '2025-03-04T20:00:00.000-04:00' });
    expect((await refund(1001, { amount: 1 })).status).toBe(201);
    expect((await call('POST', '/sandbox/clock/advance', { body: { ms: -1000 } })).status).toBe(
      200,
    );
  });
  it.each([
    ['PUT', '/sandbox/clock', { now: 'yesterday' }],
    ['PUT', '/sandbox/clock', {}],
    ['POST', '/sandbox/clock/advance', {}],
    ['POST', '/sandbox/clock/advance', { ms: 1, days: 1 }],
    ['POST', '/sandbox/clock/advance', { ms: 1.5 }],
    ['POST', '/sandbox/clock/advance', { days: 1e12 }],
    ['PUT', '/sandbox/balance', { currency_id: 'USD', amount: 1 }],
    ['PUT', '/sandbox/balance', { currency_id: 'BRL', amount: '1' }],
    ['PUT', '/sandbox/balance', { currency_id: 'BRL', amount: 1.001 }],
  ])('%s %s %j → 400, nothing changes', async (method, path, body) => {
    const before = (await call('GET', '/sandbox/state')).json;
    const answer = await call(method, path, { body });
    expect(answer.status).toBe(400);
    expect((await call('GET', '/sandbox/state')).json).toEqual(before);
  });
  it('state shows everything an account holds; reset forgets it', async () => {
    await seed(wirePayment());
    await call('PUT', '/sandbox/balance', { body: { currency_id: 'BRL', amount: 250.75 } });
    const state = (await call('GET', '/sandbox/state')).json;
    expect(state).toMatchObject({
      now: '2025-03-01T08:00:00.000-04:00',
      payments: [expect.objectContaining({ id: 1001 })],
      advanced_payments: [],
      balances: { BRL: 250.75 },
    });
    const reset = await call('POST', '/sandbox/reset');
    expect(reset.json).toEqual({
      now: state.now,
      payments: [],
      advanced_payments: [],
      balances: {},
    });
    expectWireError(await call('GET', '/v1/payments/1001'), 404, 2000);
  });
  it('controls need credentials like every endpoint', async () => {
    expectWireError(await call('POST', '/sandbox/reset', { token: null }), 401, 'unauthorized');
  });
  it('gatewayFor reaches the gateway behind a token', async () => {
    await seed(wirePayment());
    const gateway = sandbox.gatewayFor(TOKEN)._unsafeUnwrap();
    expect(gateway.snapshot().payments.map((p) => p.id)).toEqual(['1001']);
  });
});
