import { createHash } from 'node:crypto';
import { IDEMPOTENCY_KEY_NAMESPACE, idempotencyKeyFor } from '@reembolso/core';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1 } from '../src/idempotency/sha1.js';
import { uuidBytes, uuidV5 } from '../src/idempotency/uuid-v5.js';

describe('sha1', () => {
  const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
  const node = (bytes: Uint8Array) => createHash('sha1').update(bytes).digest('hex');

  it('gives the FIPS 180-4 digest of "abc"', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe(
      'a9993e364706816aba3e25717850c26c9cd0d89d',
    );
  });

  it('agrees with node:crypto on every length across block boundaries, and on random inputs', () => {
    for (let length = 0; length <= 200; length += 1) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 17 + length) & 0xff);
      expect(hex(sha1(bytes))).toBe(node(bytes));
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(hex(sha1(bytes))).toBe(node(bytes));
      }),
      { numRuns: 200 },
    );
  });
});

const DNS = uuidBytes('6ba7b810-9dad-11d1-80b4-00c04fd430c8') ?? new Uint8Array(16);
const URL_NAMESPACE = uuidBytes('6ba7b811-9dad-11d1-80b4-00c04fd430c8') ?? new Uint8Array(16);
const OID = uuidBytes('6ba7b812-9dad-11d1-80b4-00c04fd430c8') ?? new Uint8Array(16);

describe('uuidV5', () => {
  it.each([
    // RFC 9562, appendix A.4.
    ['www.example.com', DNS, '2ed6657d-e927-568b-95e1-2665a8aea6a2'],
    // Python's uuid module documentation.
    ['python.org', DNS, '886313e1-3b8a-5372-9b90-0c9aee199e5d'],
    // Cross-checked with Python's uuid.uuid5.
    ['http://python.org/', URL_NAMESPACE, '4c565f0d-3f5a-5890-b41b-20cf47701c5e'],
    ['1.3.6.1', OID, '1447fa61-5277-5fef-a9b3-fbc6e44f4af3'],
    ['', DNS, '4ebd0208-8328-5d69-8c44-ec50939c0967'],
    // Names are hashed as UTF-8.
    ['ñandú.example', DNS, '37e77b5b-c07b-5f5c-ab95-946aac6dcf56'],
  ] as const)('names %j in its namespace %#', (name, namespace, expected) => {
    expect(uuidV5(name, namespace)).toBe(expected);
  });

  it('sets version 5 and the RFC variant', () => {
    expect(uuidV5('anything', DNS)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('uuidBytes', () => {
  it('refuses what is not a UUID', () => {
    expect(uuidBytes('not-a-uuid')).toBeNull();
    expect(uuidBytes('6ba7b810-9dad-11d1-80b4-00c04fd430c')).toBeNull();
  });
});

describe('idempotencyKeyFor', () => {
  it('derives its namespace from urn:reembolso:idempotency-key in the URL namespace', () => {
    expect(uuidV5('urn:reembolso:idempotency-key', URL_NAMESPACE)).toBe(IDEMPOTENCY_KEY_NAMESPACE);
  });

  it('gives the same key for the same reference, in any process', () => {
    // Cross-checked with Python: uuid5(namespace, '["order-8812","refund","2"]').
    expect(idempotencyKeyFor(['order-8812', 'refund', 2])).toBe(
      'f5e574f6-22cc-5d56-bc8f-b927e92bca8b',
    );
    expect(idempotencyKeyFor(['order-8812', 'refund', '2'])).toBe(
      idempotencyKeyFor(['order-8812', 'refund', 2]),
    );
  });

  it('gives different keys for different references', () => {
    expect(idempotencyKeyFor(['order-8812', 'refund', 1])).not.toBe(
      idempotencyKeyFor(['order-8812', 'refund', 2]),
    );
  });

  it('joins parts unambiguously', () => {
    expect(idempotencyKeyFor(['a/b', 'c'])).not.toBe(idempotencyKeyFor(['a', 'b/c']));
    expect(idempotencyKeyFor(['a,b'])).not.toBe(idempotencyKeyFor(['a', 'b']));
  });
});
