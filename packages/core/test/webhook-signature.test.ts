import { createHmac } from 'node:crypto';
import {
  DEFAULT_WEBHOOK_TOLERANCE_MS,
  signWebhook,
  verifyWebhookSignature,
  webhookManifest,
} from '@reembolso/core';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';

interface Vector {
  readonly name: string;
  readonly secret: string;
  readonly ts: number;
  readonly xRequestId: string | undefined;
  readonly dataId: string | undefined;
  readonly manifest: string;
  readonly v1: string;
}

// Fixed vectors: the expected v1 is written down, and a second computation (node:crypto's HMAC
// over the manifest written by hand) must agree with it, so neither side can drift alone.
const VECTORS: readonly Vector[] = [
  {
    name: 'a numeric payment id, every part present',
    secret: 'your-webhook-secret',
    ts: 1742505638,
    xRequestId: 'bb56a2f1-6aae-46ac-982e-9dcd3581d08e',
    dataId: '123456789',
    manifest: 'id:123456789;request-id:bb56a2f1-6aae-46ac-982e-9dcd3581d08e;ts:1742505638;',
    v1: '19fdf93b24baf2ae814e887ed66445edd546642c4db129c2ba34cbc7483a1624',
  },
  {
    name: 'an alphanumeric data.id in mixed case is lowercased',
    secret: 's3cr3t-ÄÖ',
    ts: 1700000000,
    xRequestId: '6f1c5a2e-0000-4000-8000-000000000001',
    dataId: 'ORD01JQ4S4KY8HWQ6NA5PXB65B3D3',
    manifest:
      'id:ord01jq4s4ky8hwq6na5pxb65b3d3;request-id:6f1c5a2e-0000-4000-8000-000000000001;ts:1700000000;',
    v1: '1c69126ed658abce6e88fbb12b807bbb46b81bccd081563d21f4759befd9ac50',
  },
  {
    name: 'an absent x-request-id is left out',
    secret: 'k',
    ts: 1700000000,
    xRequestId: undefined,
    dataId: '123',
    manifest: 'id:123;ts:1700000000;',
    v1: 'cedac53eb521ec8dfc8af7d217f49d9b5bcad815fe4766e40ee31570065dd0b6',
  },
  {
    name: 'an absent data.id is left out',
    secret: 'k',
    ts: 1700000000,
    xRequestId: 'req-1',
    dataId: undefined,
    manifest: 'request-id:req-1;ts:1700000000;',
    v1: 'da5959f012b9b98bd889bd0b8523bfacf8330e9145e6e5dac59d3ecf23d79d6a',
  },
  {
    name: 'a data.id that is not alphanumeric keeps its case',
    secret: 'k',
    ts: 1700000000,
    xRequestId: 'req-1',
    dataId: 'ab-CD',
    manifest: 'id:ab-CD;request-id:req-1;ts:1700000000;',
    v1: 'fcb6a1bd6fdfdb8b233342a20ce6d5256eefdca162844b871259b91aa2f98803',
  },
];

const nodeHmac = (secret: string, text: string): string =>
  createHmac('sha256', secret).update(text).digest('hex');

const at = (ts: number, offsetMs = 0) => ({ now: new Date(ts * 1000 + offsetMs) });

describe('signature vectors', () => {
  it.each(VECTORS.map((vector) => [vector.name, vector]))('%s', async (_, vector) => {
    expect(nodeHmac(vector.secret, vector.manifest)).toBe(vector.v1);
    expect(webhookManifest({ ...vector, ts: String(vector.ts) })).toBe(vector.manifest);
    const signed = await signWebhook(vector, vector.secret);
    expect(signed._unsafeUnwrap()).toBe(`ts=${vector.ts},v1=${vector.v1}`);
    const verified = await verifyWebhookSignature(
      { xSignature: `ts=${vector.ts},v1=${vector.v1}`, ...vector },
      vector.secret,
      at(vector.ts),
    );
    expect(verified.isOk()).toBe(true);
  });

  it('signs as node:crypto does, for any secret, ids and instant', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }),
        fc.option(fc.uuid(), { nil: undefined }),
        fc.option(fc.stringMatching(/^[0-9A-Za-z]{1,20}$/), { nil: undefined }),
        fc.integer({ min: 1, max: 4_000_000_000 }),
        async (secret, xRequestId, dataId, ts) => {
          const manifest =
            (dataId === undefined ? '' : `id:${dataId.toLowerCase()};`) +
            (xRequestId === undefined ? '' : `request-id:${xRequestId};`) +
            `ts:${ts};`;
          const signed = await signWebhook({ dataId, xRequestId, ts }, secret);
          expect(signed._unsafeUnwrap()).toBe(`ts=${ts},v1=${nodeHmac(secret, manifest)}`);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('verifyWebhookSignature refuses', () => {
  const [vector] = VECTORS;
  if (!vector) throw new Error('no vector');
  const header = `ts=${vector.ts},v1=${vector.v1}`;
  const verify = (
    xSignature: string | undefined,
    overrides: { dataId?: string; xRequestId?: string; secret?: string; offsetMs?: number } = {},
  ) =>
    verifyWebhookSignature(
      {
        xSignature,
        xRequestId: overrides.xRequestId ?? vector.xRequestId,
        dataId: overrides.dataId ?? vector.dataId,
      },
      overrides.secret ?? vector.secret,
      at(vector.ts, overrides.offsetMs),
    ).then((result) => (result.isErr() ? result.error.type : 'ok'));

  it('a missing or empty x-signature as missing', async () => {
    expect(await verify(undefined)).toBe('WebhookSignatureMissing');
    expect(await verify('  ')).toBe('WebhookSignatureMissing');
  });

  it.each([
    ['no ts', `v1=${vector.v1}`],
    ['no v1', `ts=${vector.ts}`],
    ['a ts that is not digits', `ts=17e8,v1=${vector.v1}`],
    ['a short v1', `ts=${vector.ts},v1=${vector.v1.slice(2)}`],
    ['a v1 that is not hex', `ts=${vector.ts},v1=${'z'.repeat(64)}`],
    ['garbage', 'hello'],
  ])('%s as malformed', async (_, value) => {
    expect(await verify(value)).toBe('WebhookSignatureMalformed');
  });

  it('another payment id, request id, secret or digest as a mismatch', async () => {
    expect(await verify(header, { dataId: '123456780' })).toBe('WebhookSignatureMismatch');
    expect(await verify(header, { xRequestId: 'bb56a2f1-6aae-46ac-982e-9dcd3581d08f' })).toBe(
      'WebhookSignatureMismatch',
    );
    expect(await verify(header, { secret: 'another-secret' })).toBe('WebhookSignatureMismatch');
    const flipped = `ts=${vector.ts},v1=${vector.v1.slice(0, 63)}${vector.v1.endsWith('4') ? '5' : '4'}`;
    expect(await verify(flipped)).toBe('WebhookSignatureMismatch');
    // The timestamp is signed too: moving it breaks the signature.
    expect(await verify(`ts=${vector.ts + 1},v1=${vector.v1}`, { offsetMs: 1000 })).toBe(
      'WebhookSignatureMismatch',
    );
  });

  it('a timestamp beyond the tolerance either side of now as stale, and at the limit accepts', async () => {
    const limit = DEFAULT_WEBHOOK_TOLERANCE_MS;
    expect(await verify(header, { offsetMs: limit })).toBe('ok');
    expect(await verify(header, { offsetMs: -limit })).toBe('ok');
    expect(await verify(header, { offsetMs: limit + 1 })).toBe('WebhookTimestampStale');
    expect(await verify(header, { offsetMs: -limit - 1 })).toBe('WebhookTimestampStale');
    const custom = await verifyWebhookSignature(
      { xSignature: header, xRequestId: vector.xRequestId, dataId: vector.dataId },
      vector.secret,
      { ...at(vector.ts, 2000), toleranceMs: 1000 },
    );
    expect(custom._unsafeUnwrapErr()).toMatchObject({
      type: 'WebhookTimestampStale',
      signedAtMs: vector.ts * 1000,
      nowMs: vector.ts * 1000 + 2000,
      toleranceMs: 1000,
    });
  });

  it('an empty secret as invalid, when verifying and when signing', async () => {
    expect(await verify(header, { secret: '' })).toBe('WebhookSecretInvalid');
    const signed = await signWebhook({ ts: 1 }, '');
    expect(signed._unsafeUnwrapErr().type).toBe('WebhookSecretInvalid');
  });

  it('reads a millisecond ts as milliseconds', async () => {
    const ts = vector.ts * 1000;
    const signed = (await signWebhook({ ...vector, ts }, vector.secret))._unsafeUnwrap();
    const verified = await verifyWebhookSignature(
      { xSignature: signed, xRequestId: vector.xRequestId, dataId: vector.dataId },
      vector.secret,
      { now: new Date(ts) },
    );
    expect(verified.isOk()).toBe(true);
  });

  it('accepts the parts in any order, with spaces around them', async () => {
    expect(await verify(` v1=${vector.v1} , ts=${vector.ts} `)).toBe('ok');
  });
});
