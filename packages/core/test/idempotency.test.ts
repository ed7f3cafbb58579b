import { createHash } from 'node:crypto';
import {
  amountExceedsRefundable,
  badRequest,
  canonicalRequest,
  checkIdempotencyKey,
  decideIdempotency,
  type GatewayError,
  IDEMPOTENCY_RECORD_TTL_MS,
  type IdempotencyRecord,
  idempotencyKeyOfHeader,
  invalidId,
  isRecordExpired,
  isStoredOutcome,
  networkError,
  paymentNotFound,
  recordExpiresAt,
  requestFingerprint,
  serverError,
  sha256,
  timeout,
  withIdempotencyKey,
  writeKeyOf,
} from '@reembolso/core';
import * as fc from 'fast-check';
import { err, ok } from 'neverthrow';
import { describe, expect, it } from 'vitest';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const nodeSha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('gives the FIPS 180-4 digest of %j', (text, digest) => {
    expect(hex(sha256(new TextEncoder().encode(text)))).toBe(digest);
  });

  it('agrees with node:crypto on every length across block boundaries', () => {
    for (let length = 0; length <= 200; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(hex(sha256(bytes))).toBe(nodeSha256(bytes));
    }
  });

  it('agrees with node:crypto on random inputs', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(hex(sha256(bytes))).toBe(nodeSha256(bytes));
      }),
      { numRuns: 300 },
    );
  });
});

describe('canonicalRequest', () => {
  const post = (body: unknown) => ({ method: 'POST', path: '/v1/payments/1/refunds', body });

  it('reads 10.50 and 10.5 as one amount, whatever the key order and whitespace', () => {
    const a = JSON.parse('{ "amount": 10.50, "metadata": { "b": 1, "a": [1, 2.0] } }');
    const b = JSON.parse('{"metadata":{"a":[1,2],"b":1},"amount":10.5}');
    expect(canonicalRequest(post(a))).toBe(canonicalRequest(post(b)));
    expect(canonicalRequest(post(a))).toBe(
      '["POST","/v1/payments/1/refunds",{"amount":10.5,"metadata":{"a":[1,2],"b":1}}]',
    );
  });

  it('tells apart no body, an empty body, null, NaN and Infinity', () => {
    const forms = [
      undefined,
      {},
      null,
      { amount: undefined },
      { amount: null },
      { amount: Number.NaN },
      { amount: Number.POSITIVE_INFINITY },
      { amount: '10.5' },
      { amount: 10.5 },
    ].map((body) => canonicalRequest(post(body)));
    // `{}` and `{ amount: undefined }` are the same JSON; every other form is its own request.
    expect(new Set(forms).size).toBe(forms.length - 1);
    expect(forms[1]).toBe(forms[3]);
  });

  it('tells apart the method and the path', () => {
    const body = { status: 'cancelled' };
    const forms = new Set([
      canonicalRequest({ method: 'PUT', path: '/v1/payments/1', body }),
      canonicalRequest({ method: 'POST', path: '/v1/payments/1', body }),
      canonicalRequest({ method: 'PUT', path: '/v1/payments/12', body }),
    ]);
    expect(forms.size).toBe(3);
  });

  // The same JSON with every object's keys in reverse order, re-parsed from indented text.
  const reversed = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reversed);
    if (typeof value !== 'object' || value === null) return value;
    const entries = Object.entries(value).reverse();
    return Object.fromEntries(entries.map(([key, item]) => [key, reversed(item)]));
  };

  it('is the same for any JSON value and its re-parsed copy with keys in another order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const shuffled = JSON.parse(JSON.stringify(reversed(value), null, 1));
        expect(canonicalRequest(post(shuffled))).toBe(canonicalRequest(post(value)));
      }),
    );
  });
});

describe('requestFingerprint', () => {
  it('is 32 bytes (64 hex digits) however large the body', () => {
    const body = { amount: 1, metadata: { note: 'x'.repeat(60_000) } };
    const fingerprint = requestFingerprint({
      method: 'POST',
      path: '/v1/payments/1/refunds',
      body,
    });
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the SHA-256 of the canonical form', () => {
    const request = { method: 'POST', path: '/v1/payments/1/refunds', body: { amount: 10.5 } };
    expect(requestFingerprint(request)).toBe(
      nodeSha256(new TextEncoder().encode(canonicalRequest(request))),
    );
  });

  it('is the SHA-256 of the canonical form for any body, however long, one call after another', () => {
    // Its buffers are kept between calls: a long or non-ASCII body, then a short one, must each
    // hash only their own bytes.
    const note = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 3000 }), fc.string());
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 4 }), (notes) => {
        for (const text of notes) {
          const request = { method: 'POST', path: '/v1/payments/1/refunds', body: { text } };
          expect(requestFingerprint(request)).toBe(
            nodeSha256(new TextEncoder().encode(canonicalRequest(request))),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('hashes only the request at hand, short after long, however large it grows', () => {
    // Each body outgrows the buffer the fingerprint keeps between calls.
    const lengths = [10, 5_000, 1, 60_000, 3, 400_000, 0];
    for (const length of lengths) {
      const text = 'aé€😀'.repeat(length);
      const request = { method: 'POST', path: '/v1/payments/1/refunds', body: { text } };
      expect(requestFingerprint(request)).toBe(
        nodeSha256(new TextEncoder().encode(canonicalRequest(request))),
      );
    }
  });

  it('is equal for equal requests and differs for different ones', () => {
    const of = (amount: number) =>
      requestFingerprint({ method: 'POST', path: '/v1/payments/1/refunds', body: { amount } });
    expect(of(10.5)).toBe(of(10.5));
    expect(of(10.5)).not.toBe(of(10.51));
  });
});

describe('decideIdempotency', () => {
  const outcome = ok('refund-1');
  const done: IdempotencyRecord<typeof outcome> = { state: 'done', fingerprint: 'f', outcome };
  const running: IdempotencyRecord<typeof outcome> = { state: 'running', fingerprint: 'f' };

  it('runs a write whose key holds nothing', () => {
    expect(decideIdempotency(undefined, 'f')).toEqual({ type: 'Run' });
  });

  it('replays the stored outcome for the same request', () => {
    expect(decideIdempotency(done, 'f')).toEqual({ type: 'Replay', outcome });
  });

  it('refuses a different request under a used key with IdempotencyConflict (422)', () => {
    expect(decideIdempotency(done, 'g')).toMatchObject({
      type: 'Refuse',
      error: { type: 'IdempotencyConflict', httpStatus: 422 },
    });
  });

  it('refuses the same request while the first runs with IdempotencyInProgress (409)', () => {
    expect(decideIdempotency(running, 'f')).toMatchObject({
      type: 'Refuse',
      error: { type: 'IdempotencyInProgress', httpStatus: 409 },
    });
  });

  it('refuses a different request while the first runs as a conflict', () => {
    expect(decideIdempotency(running, 'g')).toMatchObject({
      error: { type: 'IdempotencyConflict' },
    });
  });
});

describe('record lifetime', () => {
  it('frees a key exactly 24 hours after its write finished, not a millisecond before', () => {
    const expiresAt = recordExpiresAt(1_000);
    expect(expiresAt).toBe(1_000 + IDEMPOTENCY_RECORD_TTL_MS);
    expect(IDEMPOTENCY_RECORD_TTL_MS).toBe(86_400_000);
    expect(isRecordExpired(expiresAt, expiresAt - 1)).toBe(false);
    expect(isRecordExpired(expiresAt, expiresAt)).toBe(true);
  });
});

describe('isStoredOutcome', () => {
  it.each<[string, GatewayError | null, boolean]>([
    ['a success', null, true],
    ['a rule rejection', amountExceedsRefundable({ remaining: 5 }), true],
    ['a payment not found before the rules', paymentNotFound({ paymentId: '1' }), false],
    ['a malformed id', invalidId({ id: 'x' }), false],
    ['a malformed request', badRequest('no'), false],
    ['a transport failure', networkError({}), false],
  ])('stores %s: %s', (_, error, stored) => {
    expect(isStoredOutcome(error === null ? ok(1) : err(error))).toBe(stored);
  });
});

describe('idempotency keys', () => {
  it('makes a fresh UUID v4 when the caller gives none, a new one each time', () => {
    const a = writeKeyOf(undefined)._unsafeUnwrap();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(writeKeyOf(undefined)._unsafeUnwrap()).not.toBe(a);
  });

  it("keeps the caller's key when it is 1 to 255 visible ASCII characters", () => {
    expect(writeKeyOf('order-8812/refund-2')._unsafeUnwrap()).toBe('order-8812/refund-2');
    expect(checkIdempotencyKey('k'.repeat(255)).isOk()).toBe(true);
  });

  it.each(['', 'has space', 'k'.repeat(256), 'line\nbreak', 'ñ'])(
    'refuses the key %j with BadRequest',
    (key) => {
      expect(writeKeyOf(key)._unsafeUnwrapErr().type).toBe('BadRequest');
    },
  );

  it('reads a header key trimmed, and a missing or blank one as MissingIdempotencyKey (4292)', () => {
    expect(idempotencyKeyOfHeader('  k-1 ')._unsafeUnwrap()).toBe('k-1');
    for (const value of [null, undefined, '', '   ']) {
      expect(idempotencyKeyOfHeader(value)._unsafeUnwrapErr()).toMatchObject({ code: 4292 });
    }
  });
});

describe('withIdempotencyKey', () => {
  it('gives every failure after which the write may have happened the key it was sent with', () => {
    for (const error of [
      networkError({}),
      timeout({ timeoutMs: 1 }),
      serverError({ httpStatus: 503 }),
    ]) {
      expect(withIdempotencyKey('k-9')(error)).toEqual({ ...error, idempotencyKey: 'k-9' });
    }
  });

  it('leaves a certain refusal as it is', () => {
    const rejection = amountExceedsRefundable({ remaining: 5 });
    expect(withIdempotencyKey('k-9')(rejection)).toBe(rejection);
  });
});
